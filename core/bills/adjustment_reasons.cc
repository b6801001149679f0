#include "billcode/bills/adjustment_reasons.h"

#include <map>
#include <utility>

#include "billcode/base/embedded_data.h"
#include "billcode/base/tsv.h"

namespace billcode {
namespace {

using Meanings = std::map<std::pair<std::string, std::string>, std::string>;

// (kind, code) -> plain words.
const Meanings& AllMeanings() {
  static const auto* meanings = [] {
    auto* table = new Meanings();
    for (const TsvRow& row : ParseTsv(embedded::AdjustmentReasonsTsv())) {
      if (row.size() < 3) continue;
      (*table)[{std::string(row[0]), std::string(row[1])}] =
          std::string(row[2]);
    }
    return table;
  }();
  return *meanings;
}

std::string MeaningOf(const char* kind, std::string_view code) {
  const Meanings& meanings = AllMeanings();
  auto found = meanings.find({kind, std::string(code)});
  return found == meanings.end() ? "" : found->second;
}

}  // namespace

std::string AdjustmentGroupMeaning(std::string_view group) {
  return MeaningOf("group", group);
}

std::string AdjustmentReasonMeaning(std::string_view reason) {
  return MeaningOf("reason", reason);
}

std::string RemarkCodeMeaning(std::string_view remark) {
  return MeaningOf("remark", remark);
}

}  // namespace billcode
