// Case tables shared with the Node suite (tests/cases/*.json).
#ifndef BILLCODE_TESTS_CASE_TABLE_H_
#define BILLCODE_TESTS_CASE_TABLE_H_

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_files.h"

namespace billcode::testing {

// One case of a table; prints as its name in test listings.
struct TableCase {
  nlohmann::json json;
};
inline void PrintTo(const TableCase& table_case, std::ostream* out) {
  *out << table_case.json.at("name").get<std::string>();
}

// The "cases" array of tests/cases/NAME; empty if the file is unreadable.
std::vector<TableCase> LoadCases(const std::string& name);

// The whole JSON document of tests/cases/NAME (null if unreadable).
nlohmann::json LoadCaseFile(const std::string& name);

// True when every key of `expected` is in `actual` with a matching value
// (objects as subsets, arrays element by element, at every depth).
bool IsJsonSubset(const nlohmann::json& expected, const nlohmann::json& actual);

// Expects every key of `expected` (except name, input and date) in
// `actual` with an equal value; objects compare as subsets, arrays
// element by element.
void ExpectJsonSubset(const nlohmann::json& expected,
                      const nlohmann::json& actual,
                      const std::string& path = "");

// Test names from the case's "name".
struct CaseName {
  std::string operator()(
      const ::testing::TestParamInfo<TableCase>& info) const {
    return info.param.json.at("name").get<std::string>();
  }
};

}  // namespace billcode::testing

#endif  // BILLCODE_TESTS_CASE_TABLE_H_
