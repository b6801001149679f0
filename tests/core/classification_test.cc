// Classification by structure alone: the table in tests/cases/classify.json.
#include "billcode/codes/classification.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "billcode/codes/lookup.h"
#include "billcode/json/json_output.h"
#include "case_table.h"
#include "fixture_data.h"

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

TEST(Classify, UnusableCharactersAreNamedInPlainWords) {
  const struct {
    const char* input;
    const char* detail;
  } cases[] = {
      {"E01#4",
       "Character 4 (\"#\") is a character that is not part of a "
       "code."},
      {"E0\xC3\xA9"
       "14",
       "Character 3 (\"\xC3\xA9\") is a non-ASCII character."},
      {"E01\xE2\x80\x8B"
       "14",
       "Character 4 is an invisible character (such as a zero-width space)."},
      {"E01\xFF"
       "4",
       "Character 4 is a byte that is not valid UTF-8 text."},
      {"\xD0\x95"
       "0114",
       "Character 1 (\"\xD0\x95\") is a Cyrillic letter that looks like "
       "\"E\"."},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Classify(c.input).detail, c.detail) << c.input;
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

// A lookup's JSON without its input (which is the text as given).
nlohmann::json LookupWithoutInput(std::string_view text,
                                  const ReleaseSet& releases) {
  nlohmann::json json = nlohmann::json::parse(
      LookupJson(Lookup(text, *Date::FromYmd(2026, 3, 2), releases)));
  json.erase("input");
  return json;
}

// Every text of 1 to 3 characters from `alphabet`, and texts of 4 to 7 from
// a fixed pseudo-random sequence.
std::vector<std::string> ShortTexts(std::string_view alphabet) {
  std::vector<std::string> texts;
  for (const char a : alphabet) {
    texts.emplace_back(1, a);
    for (const char b : alphabet) {
      texts.push_back({a, b});
      for (const char c : alphabet) texts.push_back({a, b, c});
    }
  }
  uint32_t state = 12345;
  for (size_t length = 4; length <= 7; ++length) {
    for (int i = 0; i < 3000; ++i) {
      std::string text;
      for (size_t k = 0; k < length; ++k) {
        state = state * 1664525u + 1013904223u;
        text += alphabet[(state >> 16) % alphabet.size()];
      }
      texts.push_back(text);
    }
  }
  return texts;
}

// Plain ASCII input skips the full scan: the answer must be the one the
// scan gives, which a trailing no-break space (white space to the scan, and
// not plain) forces.
TEST(Classify, PlainInputAnswersAsTheFullScan) {
  const DataSet data = testing::FixtureData(false);
  for (const std::string& text : ShortTexts("029ADEFGJKMOTUWXZaeo -:")) {
    EXPECT_EQ(LookupWithoutInput(text, data.hcpcs()),
              LookupWithoutInput(text + "\xC2\xA0", data.hcpcs()))
        << "\"" << text << "\"";
  }
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
