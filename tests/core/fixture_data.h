// Every fixture table of tests/fixtures loaded into one DataSet.
#ifndef BILLCODE_TESTS_FIXTURE_DATA_H_
#define BILLCODE_TESTS_FIXTURE_DATA_H_

#include "billcode/tables/data_set.h"

namespace billcode::testing {

// The HCPCS, MUE (practitioner and DME supplier), add-on code, ICD-10-CM, place
// of service and fee schedule fixtures; with `ptp`, the PTP fixture too.
DataSet FixtureData(bool ptp);

// The fee schedule fixtures: relative values RVU26C (from 2026-01-01) and
// RVU25D (2025), GPCIs of 2025 (from 2025-01-01), ZIP5 2025-Q4, the lab fee
// schedule 2026-Q2, the OPPS caps of 2025-OCT and the anesthesia factors of
// 2025.
void AddFeeScheduleFixtures(DataSet* data);

}  // namespace billcode::testing

#endif  // BILLCODE_TESTS_FIXTURE_DATA_H_
