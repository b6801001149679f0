// One HCPCS Level II procedure or modifier record of a CMS release, with
// every field of the fixed-width layout (text trimmed, UTF-8).
#ifndef BILLCODE_TABLES_HCPCS_RECORD_H_
#define BILLCODE_TABLES_HCPCS_RECORD_H_

#include <string>
#include <vector>

#include "billcode/base/date.h"

namespace billcode {

struct HcpcsRecord {
  std::string code;  // "E0114", or a modifier such as "RR"
  bool is_modifier = false;
  std::string long_description;  // continuation chunks joined by a space
  std::string short_description;
  std::vector<std::string> pricing_indicators;  // up to 4, blanks dropped
  std::string multiple_pricing_indicator;
  std::vector<std::string> coverage_issues_refs;  // up to 3
  std::vector<std::string> carriers_manual_refs;  // up to 3
  std::string statute;
  std::vector<std::string> lab_certifications;  // up to 8
  std::vector<std::string> cross_references;    // up to 5
  std::string coverage_code;                    // C, D, I, M, S or ""
  std::string asc_group;
  Date asc_effective;
  std::string opps_status;
  std::string opps_payment_indicator;
  Date opps_effective;
  std::string processing_note;
  std::string betos;
  std::vector<std::string> types_of_service;  // up to 5
  std::string anesthesia_base_units;
  Date added;             // first date the code may be used
  Date action_effective;  // date of the latest change, not of validity
  Date termination;       // last date the code may be used; empty = open
  std::string action_code;
};

bool operator==(const HcpcsRecord& a, const HcpcsRecord& b);
inline bool operator!=(const HcpcsRecord& a, const HcpcsRecord& b) {
  return !(a == b);
}

}  // namespace billcode

#endif  // BILLCODE_TABLES_HCPCS_RECORD_H_
