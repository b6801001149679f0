// The Medicare fee schedule tables: the Physician Fee Schedule relative
// values (PPRRVU), the geographic practice cost indices of each payment
// locality (GPCI), the ZIP code to locality file (ZIP5), the Clinical
// Laboratory Fee Schedule (CLFS), the OPPS caps on imaging (OPPSCAP) and the
// anesthesia conversion factors (ANES). Amounts are kept as whole numbers of
// their smallest published unit, so that prices are exact.
#ifndef BILLCODE_TABLES_FEE_SCHEDULES_H_
#define BILLCODE_TABLES_FEE_SCHEDULES_H_

#include <string>
#include <vector>

#include "billcode/tables/sorted_table.h"

namespace billcode {

// One (HCPCS, modifier) row of the PFS relative value file.
struct RvuEntry {
  std::string key;     // code and modifier: "71046", "7104626", "71046TC"
  std::string status;  // status code: A, B, C, E, I, J, M, N, P, R, T, X
  int work = 0;        // RVUs in hundredths
  int pe_nonfacility = 0;
  int pe_facility = 0;
  int malpractice = 0;
  bool nonfacility_na = false;  // no non-facility amount ("NA")
  bool facility_na = false;     // no facility amount
  int pctc = 9;                 // PC/TC indicator 0-9
  std::string global_days;      // 000, 010, 090, MMM, XXX, YYY, ZZZ
  int multiple_procedure = 9;   // modifier 51 indicator
  int bilateral = 9;            // modifier 50 indicator
  int assistant = 9;            // 80/81/82/AS indicator
  int co_surgeon = 9;           // modifier 62 indicator
  int team = 9;                 // modifier 66 indicator
  int conversion_factor = 0;    // dollars in ten-thousandths (33.4009)
};

// Sorted by key (code, then modifier).
class RvuTable : public SortedTable<RvuEntry, &RvuEntry::key> {
 public:
  using SortedTable::SortedTable;
};

// The GPCIs of one Medicare payment locality.
struct GpciEntry {
  std::string key;  // MAC and two-digit locality: "1011200"
  std::string state;
  std::string name;  // "ALABAMA", "REST OF WASHINGTON"
  int work = 0;      // in thousandths (1.000 = 1000)
  int practice_expense = 0;
  int malpractice = 0;
};

// Sorted by MAC and locality.
class GpciTable : public SortedTable<GpciEntry, &GpciEntry::key> {
 public:
  using SortedTable::SortedTable;
};

// The payment locality of a ZIP code.
struct ZipLocality {
  std::string zip;       // five digits
  std::string state;     // two letters
  std::string mac;       // carrier (MAC) number, five digits
  std::string locality;  // two digits
  bool split = false;    // the ZIP spans localities (the ZIP+4 file decides)
};

// Sorted by ZIP.
class ZipLocalityTable : public SortedTable<ZipLocality, &ZipLocality::zip> {
 public:
  using SortedTable::SortedTable;
};

// One (HCPCS, modifier) row of the lab fee schedule.
struct LabFee {
  std::string key;        // code and modifier: "80053", "87880QW"
  int rate = 0;           // national limitation amount in cents
  bool local = false;     // locally priced (indicator L): no national rate
  std::string effective;  // YYYY-MM-DD
};

// Sorted by key.
class LabFeeTable : public SortedTable<LabFee, &LabFee::key> {
 public:
  using SortedTable::SortedTable;
};

// The OPPS payment cap of an imaging service in one locality: the physician
// fee schedule pays the lower of its amount and this.
struct OppsCap {
  std::string key;      // code, modifier, MAC, locality: "71046TC0111205"
  int facility = 0;     // cents
  int nonfacility = 0;  // cents
};

// Sorted by key.
class OppsCapTable : public SortedTable<OppsCap, &OppsCap::key> {
 public:
  using SortedTable::SortedTable;
};

// The anesthesia conversion factor of a locality.
struct AnesthesiaFactor {
  std::string key;  // MAC and locality ("1011200"); "" = the national one
  int factor = 0;   // dollars in ten-thousandths (20.3178)
};

// Sorted by key; Find("") is the national factor.
class AnesthesiaTable
    : public SortedTable<AnesthesiaFactor, &AnesthesiaFactor::key> {
 public:
  using SortedTable::SortedTable;
};

}  // namespace billcode

#endif  // BILLCODE_TABLES_FEE_SCHEDULES_H_
