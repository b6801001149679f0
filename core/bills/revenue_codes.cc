#include "billcode/bills/revenue_codes.h"

#include <map>

#include "billcode/base/embedded_data.h"
#include "billcode/base/tsv.h"

namespace billcode {
namespace {

// Code or category ("045X") -> plain words.
const std::map<std::string, std::string, std::less<>>& Departments() {
  static const auto* departments = [] {
    auto* table = new std::map<std::string, std::string, std::less<>>();
    for (const TsvRow& row : ParseTsv(embedded::RevenueCodesTsv())) {
      if (row.size() >= 2) (*table)[std::string(row[0])] = std::string(row[1]);
    }
    return table;
  }();
  return *departments;
}

}  // namespace

std::string RevenueDepartment(std::string_view code) {
  if (code.size() != 4) return "";
  const auto& departments = Departments();
  auto exact = departments.find(code);
  if (exact != departments.end()) return exact->second;
  auto category = departments.find(std::string(code.substr(0, 3)) + "X");
  return category == departments.end() ? "" : category->second;
}

}  // namespace billcode
