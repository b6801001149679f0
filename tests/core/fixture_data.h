// Every fixture table of tests/fixtures loaded into one DataSet.
#ifndef BILLCODE_TESTS_FIXTURE_DATA_H_
#define BILLCODE_TESTS_FIXTURE_DATA_H_

#include "billcode/tables/data_set.h"

namespace billcode::testing {

// The HCPCS, MUE (practitioner), add-on code, ICD-10-CM and place of
// service fixtures; with `ptp`, the PTP fixture too.
DataSet FixtureData(bool ptp);

}  // namespace billcode::testing

#endif  // BILLCODE_TESTS_FIXTURE_DATA_H_
