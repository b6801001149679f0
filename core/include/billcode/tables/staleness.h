// Stale data, said plainly: the tables whose newest loaded edition is older
// than a date of service, and where to get the newer one.
#ifndef BILLCODE_TABLES_STALENESS_H_
#define BILLCODE_TABLES_STALENESS_H_

#include <string>
#include <vector>

#include "billcode/base/date.h"
#include "billcode/tables/data_set.h"

namespace billcode {

struct StaleTable {
  std::string kind;     // as VersionsJson names it: "icd10cm", "mue" ...
  std::string edition;  // the newest loaded
  Date ends;            // the last date of service it is meant for
  std::string message;  // plain words, with where to download the newer one
};

// Tables loaded whose newest edition ends before `date`: its end date, or
// for an open-ended edition the end of its publication period (a quarter
// for HCPCS and the NCCI MUE and add-on edits; the calendar year for the
// fee schedules). That edition still answers for `date` (see
// Editions::Governing), maybe outdated. In the order HCPCS, ICD-10-CM, MUE,
// add-on, PFS, CLFS.
std::vector<StaleTable> StaleTables(const DataSet& data, Date date);

// The last date of service a HCPCS release is meant for: its end date,
// else the end of its quarter; empty when unknown.
Date HcpcsReleaseEnds(const ReleaseInfo& info);

}  // namespace billcode

#endif  // BILLCODE_TABLES_STALENESS_H_
