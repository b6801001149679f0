#include "billcode/tables/field_values.h"

#include "billcode/base/embedded_data.h"
#include "billcode/base/tsv.h"

namespace billcode {

namespace {

std::string_view Meaning(const std::vector<TsvRow>& rows,
                         std::string_view field, std::string_view value) {
  for (const TsvRow& row : rows) {
    if (row.size() == 3 && row[0] == field && row[1] == value) return row[2];
  }
  return "";
}

}  // namespace

std::string_view FieldValueMeaning(std::string_view field,
                                   std::string_view value) {
  static const std::vector<TsvRow>* rows =
      new std::vector<TsvRow>(ParseTsv(embedded::HcpcsFieldValuesTsv()));
  return Meaning(*rows, field, value);
}

std::string_view PfsFieldMeaning(std::string_view field,
                                 std::string_view value) {
  static const std::vector<TsvRow>* rows =
      new std::vector<TsvRow>(ParseTsv(embedded::PfsFieldValuesTsv()));
  return Meaning(*rows, field, value);
}

}  // namespace billcode
