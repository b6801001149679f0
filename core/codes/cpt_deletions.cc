#include "billcode/codes/cpt_deletions.h"

#include <vector>

#include "billcode/base/embedded_data.h"
#include "billcode/base/tsv.h"

namespace billcode {

const CptDeletion* FindCptDeletion(std::string_view code) {
  static const std::vector<CptDeletion>* deletions = [] {
    auto* list = new std::vector<CptDeletion>();
    for (const TsvRow& row : ParseTsv(embedded::CptDeletionsTsv())) {
      const auto date =
          row.size() >= 3 ? Date::ParseIso(std::string(row[1])) : std::nullopt;
      if (date) {
        list->push_back(
            CptDeletion{std::string(row[0]), *date, std::string(row[2])});
      }
    }
    return list;
  }();
  for (const CptDeletion& deletion : *deletions) {
    if (deletion.code == code) return &deletion;
  }
  return nullptr;
}

}  // namespace billcode
