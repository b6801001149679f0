// ExplainOtherCode(): the codes of a bill that are no procedure codes.
#include "billcode/bills/other_code.h"

#include <gtest/gtest.h>

#include <string>

#include "fixture_data.h"

namespace billcode {
namespace {

const DataSet& Fixtures() {
  static const DataSet* data = new DataSet(testing::FixtureData(false));
  return *data;
}

struct OtherCodeCase {
  const char* text;
  const char* kind;  // "" when the text is none of these codes
  const char* code;
  const char* words;  // found in the first sentence
};

TEST(ExplainOtherCode, TellsTheKindOfCodeFromItsShape) {
  const OtherCodeCase cases[] = {
      {"E11.9", "diagnosis", "E11.9", "Type 2 diabetes mellitus without"},
      {" e11.9 ", "diagnosis", "E11.9", "ICD-10-CM FY2026"},
      // Without the dot only where no procedure code has the shape.
      {"I10", "diagnosis", "I10", "Essential (primary) hypertension"},
      {"S52501A", "diagnosis", "S52.501A", "Fixture fracture"},
      {"E11.6", "diagnosis", "E11.6", "a category of ICD-10-CM"},
      // The start of a HCPCS code (E1100-E1999) as much as a diagnosis.
      {"E11", "", "", ""},
      {"E119", "", "", ""},
      {"0450", "revenue", "0450", "Revenue code 0450: emergency room"},
      {"Rev 0120", "revenue", "0120", "Revenue code 0120"},
      {"00409-4888-02", "ndc", "00409-4888-02", "National Drug Code"},
      {"0409-4888-02", "ndc", "00409-4888-02", "National Drug Code"},
      {"CO-45", "adjustment-reason", "CO-45", "Group CO: a contractual"},
      {"pr1", "adjustment-reason", "PR-1", "Reason 1: the deductible"},
      {"N130", "remark", "N130", "Remittance Advice Remark Code"},
      {"MA01", "remark", "MA01", "Remittance Advice Remark Code"},
      {"POS 11", "place-of-service", "11", "Place of service 11: Office"},
      {"99213", "", "", ""},
      {"J1100", "", "", ""},
      {"hello", "", "", ""},
      {"", "", "", ""},
  };
  const Date date = *Date::FromYmd(2026, 3, 2);
  for (const OtherCodeCase& c : cases) {
    const std::optional<OtherCode> other =
        ExplainOtherCode(c.text, date, Fixtures());
    if (*c.kind == '\0') {
      EXPECT_FALSE(other.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(other.has_value()) << c.text;
    EXPECT_EQ(ToString(other->kind), c.kind) << c.text;
    EXPECT_EQ(other->code, c.code) << c.text;
    ASSERT_FALSE(other->sentences.empty()) << c.text;
    EXPECT_NE(other->sentences[0].find(c.words), std::string::npos)
        << c.text << ": " << other->sentences[0];
  }
}

// After the newest ICD-10-CM edition ends, it still says what a code was.
TEST(ExplainOtherCode, DiagnosisPastTheNewestEditionIsDescribedByIt) {
  const std::optional<OtherCode> other =
      ExplainOtherCode("E11.9", *Date::FromYmd(2027, 3, 2), Fixtures());
  ASSERT_TRUE(other.has_value());
  const std::string& sentence = other->sentences.at(0);
  EXPECT_NE(sentence.find("FY2026 (the newest edition loaded, which ends "
                          "before 2027-03-02): Type 2 diabetes"),
            std::string::npos)
      << sentence;
}

}  // namespace
}  // namespace billcode
