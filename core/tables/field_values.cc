#include "billcode/tables/field_values.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "billcode/base/embedded_data.h"
#include "billcode/base/tsv.h"

namespace billcode {

namespace {

// The field, value, meaning rows of a table; sorted by field and value,
// looked up by binary search.
using MeaningRows = std::vector<std::array<std::string_view, 3>>;

MeaningRows SortedMeanings(std::string_view tsv) {
  MeaningRows rows;
  for (const TsvRow& row : ParseTsv(tsv)) {
    if (row.size() == 3) rows.push_back({row[0], row[1], row[2]});
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

std::string_view Meaning(const MeaningRows& rows, std::string_view field,
                         std::string_view value) {
  const auto found =
      std::lower_bound(rows.begin(), rows.end(), std::pair{field, value},
                       [](const auto& row, const auto& key) {
                         return std::pair{row[0], row[1]} < key;
                       });
  if (found == rows.end() || (*found)[0] != field || (*found)[1] != value) {
    return "";
  }
  return (*found)[2];
}

}  // namespace

std::string_view FieldValueMeaning(std::string_view field,
                                   std::string_view value) {
  static const MeaningRows* rows =
      new MeaningRows(SortedMeanings(embedded::HcpcsFieldValuesTsv()));
  return Meaning(*rows, field, value);
}

std::string_view PfsFieldMeaning(std::string_view field,
                                 std::string_view value) {
  static const MeaningRows* rows =
      new MeaningRows(SortedMeanings(embedded::PfsFieldValuesTsv()));
  return Meaning(*rows, field, value);
}

}  // namespace billcode
