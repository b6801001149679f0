// The strict number grammar of units, charges and table values.
#include "billcode/base/decimal.h"

#include <gtest/gtest.h>

namespace billcode {
namespace {

TEST(ParseDecimal, AcceptsDigitsWithAtMostTheGivenDecimals) {
  const struct {
    const char* text;
    double value;
  } kValid[] = {{"12", 12},  {"12.5", 12.5}, {"0.125", 0.125},
                {".5", 0.5}, {"0", 0},       {"125.00", 125}};
  for (const auto& [text, value] : kValid) {
    ASSERT_TRUE(ParseDecimal(text, 3).has_value()) << text;
    EXPECT_DOUBLE_EQ(*ParseDecimal(text, 3), value) << text;
  }
}

TEST(ParseDecimal, RejectsWhatStrtodWouldAccept) {
  for (const char* text :
       {"", ".", "5.", "-0", "+1", "0x10", "0x1p3", "1e3", "\t1e1", " 1", "1 ",
        "inf", "nan", "1,5", "1.2.3", "1234567890123456"}) {
    EXPECT_FALSE(ParseDecimal(text, 3).has_value()) << text;
  }
}

TEST(ParseDecimal, CountsDecimals) {
  EXPECT_TRUE(ParseDecimal("12.34", 2).has_value());
  EXPECT_FALSE(ParseDecimal("12.345", 2).has_value());
  EXPECT_FALSE(ParseDecimal("1.2345", 3).has_value());
}

TEST(ParseCount, ReadsWholeNumbersThatFitAnInt) {
  EXPECT_EQ(ParseCount("0"), 0);
  EXPECT_EQ(ParseCount("2147483647"), 2147483647);
  for (const char* text :
       {"2147483648", "4294967297", "", "-1", "1.0", "12a", "99999999999"}) {
    EXPECT_FALSE(ParseCount(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace billcode
