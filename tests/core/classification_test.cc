// Classification by structure alone: the table in tests/cases/classify.json.
#include "billcode/codes/classification.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "billcode/codes/lookup.h"
#include "billcode/json/json_output.h"
#include "case_table.h"

namespace billcode {
namespace {

using testing::CaseName;
using testing::ExpectJsonSubset;
using testing::LoadCases;

class ClassifyCase : public ::testing::TestWithParam<testing::TableCase> {};

TEST_P(ClassifyCase, MatchesTable) {
  const nlohmann::json& expected = GetParam().json;
  const ReleaseSet no_releases;
  const LookupResult result = Lookup(expected.at("input").get<std::string>(),
                                     *Date::FromYmd(2026, 3, 2), no_releases);
  ExpectJsonSubset(expected, nlohmann::json::parse(LookupJson(result)));
}

INSTANTIATE_TEST_SUITE_P(Table, ClassifyCase,
                         ::testing::ValuesIn(LoadCases("classify.json")),
                         CaseName());

TEST(Classify, IncompleteCodesCarryTooShort) {
  for (const char* text : {"E", "E01", "9921", "00", "D01"}) {
    const Classification c = Classify(text);
    EXPECT_EQ(c.shape, Shape::kIncomplete) << text;
    EXPECT_EQ(c.problem, Problem::kTooShort) << text;
    EXPECT_FALSE(c.missing.empty()) << text;
  }
}

TEST(Classify, InvalidResultsExplainThemselves) {
  for (const char* text : {"", "W1234", "99200", "E01#4", "992134",
                           "\xD0\x95"
                           "0114",
                           "99213-255"}) {
    const Classification c = Classify(text);
    EXPECT_EQ(c.shape, Shape::kInvalid) << text;
    EXPECT_NE(c.problem, Problem::kNone) << text;
    EXPECT_FALSE(c.detail.empty()) << text;
  }
}

TEST(Classify, KnownModifierCheckTurnsPrefixIntoModifier) {
  const ModifierCheck knows_e1 = [](std::string_view code) {
    return code == "E1";
  };
  EXPECT_EQ(Classify("E1").kind, CodeKind::kHcpcsLevel2);
  EXPECT_EQ(Classify("E1", knows_e1).kind, CodeKind::kModifier);
  EXPECT_EQ(Classify("E2", knows_e1).kind, CodeKind::kHcpcsLevel2);
}

TEST(Classify, MalformedUtf8IsInvalidCharacter) {
  const Classification c =
      Classify(std::string("E01\xFF\x00"
                           "4",
                           6));
  EXPECT_EQ(c.problem, Problem::kInvalidCharacter);
  const std::string json = LookupJson(Lookup(c.input, Date(), ReleaseSet()));
  EXPECT_EQ(json.find('\xFF'), std::string::npos);
  EXPECT_TRUE(nlohmann::json::accept(json));
}

TEST(Classify, MegabyteOfGarbageIsInvalidAndSaysWhy) {
  std::string garbage(1 << 20, 'A');
  for (size_t i = 0; i < garbage.size(); i += 7) garbage[i] = ' ';
  const Classification c = Classify(garbage);
  EXPECT_EQ(c.shape, Shape::kInvalid);
  EXPECT_EQ(c.problem, Problem::kTooLong);
  EXPECT_FALSE(c.detail.empty());
  EXPECT_LT(c.detail.size(), 1000u);  // the text is not quoted whole
}

TEST(CodeKindNames, RoundTrip) {
  for (std::string_view name : kCodeKindNames) {
    CodeKind kind;
    ASSERT_TRUE(FromString(name, &kind)) << name;
    EXPECT_EQ(ToString(kind), name);
  }
  CodeKind kind;
  EXPECT_FALSE(FromString("cpt", &kind));
}

}  // namespace
}  // namespace billcode
