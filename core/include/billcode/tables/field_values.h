// Meanings of the coded fields of a HCPCS Level II record, from
// data/hcpcs_field_values.tsv, and of the Physician Fee Schedule relative
// value file, from data/pfs_field_values.tsv.
#ifndef BILLCODE_TABLES_FIELD_VALUES_H_
#define BILLCODE_TABLES_FIELD_VALUES_H_

#include <string_view>

namespace billcode {

// `field` is one of "coverage", "action", "pricing", "multiple-pricing",
// "type-of-service". Returns "" for a value the table does not list.
std::string_view FieldValueMeaning(std::string_view field,
                                   std::string_view value);

// `field` is one of "status", "pctc", "global", "multiple-procedure",
// "bilateral", "assistant", "co-surgeon", "team", "facility-place" (the
// places of service paid at the facility rate). "" when not listed.
std::string_view PfsFieldMeaning(std::string_view field,
                                 std::string_view value);

}  // namespace billcode

#endif  // BILLCODE_TABLES_FIELD_VALUES_H_
