// Meanings of the coded fields of a HCPCS Level II record, from
// data/hcpcs_field_values.tsv.
#ifndef BILLCODE_TABLES_FIELD_VALUES_H_
#define BILLCODE_TABLES_FIELD_VALUES_H_

#include <string_view>

namespace billcode {

// `field` is one of "coverage", "action", "pricing", "multiple-pricing",
// "type-of-service". Returns "" for a value the table does not list.
std::string_view FieldValueMeaning(std::string_view field,
                                   std::string_view value);

}  // namespace billcode

#endif  // BILLCODE_TABLES_FIELD_VALUES_H_
