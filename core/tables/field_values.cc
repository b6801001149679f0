#include "billcode/tables/field_values.h"

#include "billcode/base/embedded_data.h"
#include "billcode/base/tsv.h"

namespace billcode {

std::string_view FieldValueMeaning(std::string_view field,
                                   std::string_view value) {
  static const std::vector<TsvRow>* rows =
      new std::vector<TsvRow>(ParseTsv(embedded::HcpcsFieldValuesTsv()));
  for (const TsvRow& row : *rows) {
    if (row.size() == 3 && row[0] == field && row[1] == value) return row[2];
  }
  return "";
}

}  // namespace billcode
