#include "case_table.h"

#include <gtest/gtest.h>

namespace billcode::testing {
namespace {

bool IsCaseKey(const std::string& key, const std::string& path) {
  return !path.empty() || (key != "name" && key != "input" && key != "date");
}

}  // namespace

nlohmann::json LoadCaseFile(const std::string& name) {
  const auto table = nlohmann::json::parse(
      ReadWholeFile(std::string(BILLCODE_CASES_DIR) + "/" + name), nullptr,
      /*allow_exceptions=*/false);
  return table.is_discarded() ? nlohmann::json() : table;
}

bool IsJsonSubset(const nlohmann::json& expected,
                  const nlohmann::json& actual) {
  if (expected.is_object()) {
    if (!actual.is_object()) return false;
    for (const auto& [key, value] : expected.items()) {
      if (!actual.contains(key) || !IsJsonSubset(value, actual[key])) {
        return false;
      }
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array() || actual.size() != expected.size()) return false;
    for (size_t i = 0; i < expected.size(); ++i) {
      if (!IsJsonSubset(expected[i], actual[i])) return false;
    }
    return true;
  }
  return expected == actual;
}

std::vector<TableCase> LoadCases(const std::string& name) {
  const nlohmann::json table = LoadCaseFile(name);
  if (!table.is_object() || !table.contains("cases")) return {};
  std::vector<TableCase> cases;
  for (const nlohmann::json& item : table["cases"]) cases.push_back({item});
  return cases;
}

void ExpectJsonSubset(const nlohmann::json& expected,
                      const nlohmann::json& actual, const std::string& path) {
  if (expected.is_object() && actual.is_object()) {
    for (const auto& [key, value] : expected.items()) {
      if (!IsCaseKey(key, path)) continue;
      const std::string where = path + "/" + key;
      if (!actual.contains(key)) {
        ADD_FAILURE() << where << " is missing in " << actual.dump();
        continue;
      }
      ExpectJsonSubset(value, actual[key], where);
    }
  } else if (expected.is_array() && actual.is_array() &&
             expected.size() == actual.size()) {
    for (size_t i = 0; i < expected.size(); ++i) {
      ExpectJsonSubset(expected[i], actual[i], path + "/" + std::to_string(i));
    }
  } else {
    EXPECT_EQ(expected, actual) << "at " << path;
  }
}

}  // namespace billcode::testing
