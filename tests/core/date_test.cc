#include "billcode/base/date.h"

#include <gtest/gtest.h>

namespace billcode {
namespace {

struct DateCase {
  const char* text;
  int packed;  // 0 = rejected
};

TEST(Date, ParseIso) {
  const DateCase cases[] = {
      {"2026-03-02", 20260302}, {"2024-02-29", 20240229},
      {"2000-02-29", 20000229}, {"1900-02-29", 0},
      {"2026-02-29", 0},        {"2026-13-01", 0},
      {"2026-00-10", 0},        {"2026-04-31", 0},
      {"2026-3-2", 0},          {"20260302", 0},
      {"2026/03/02", 0},        {"", 0},
      {"abcd-ef-gh", 0},        {"0999-01-01", 0},
  };
  for (const DateCase& c : cases) {
    const auto date = Date::ParseIso(c.text);
    EXPECT_EQ(date ? date->packed() : 0, c.packed) << c.text;
  }
}

TEST(Date, ParseCompact) {
  const DateCase cases[] = {
      {"20181231", 20181231}, {"20231341", 0}, {"2018123", 0},
      {"        ", 0},        {"2018-1-1", 0},
  };
  for (const DateCase& c : cases) {
    const auto date = Date::ParseCompact(c.text);
    EXPECT_EQ(date ? date->packed() : 0, c.packed) << c.text;
  }
}

TEST(Date, ParseJulian) {
  const DateCase cases[] = {
      {"2013091", 20130401}, {"2024060", 20240229}, {"2023060", 20230301},
      {"2024366", 20241231}, {"2023366", 0},        {"2023000", 0},
      {"202301", 0},
  };
  for (const DateCase& c : cases) {
    const auto date = Date::ParseJulian(c.text);
    EXPECT_EQ(date ? date->packed() : 0, c.packed) << c.text;
  }
}

TEST(Date, FromSpreadsheetSerialCountsAsSpreadsheetsDo) {
  const struct {
    int serial;
    const char* date;  // "" = none
  } cases[] = {
      {60, ""},  // the 1900-02-29 spreadsheets count, which was not
      {61, "1900-03-01"},
      {367, "1901-01-01"},
      {45658, "2025-01-01"},
      {46083, "2026-03-02"},
      {2958465, "9999-12-31"},
      {2958466, ""},
  };
  for (const auto& c : cases) {
    const std::optional<Date> date = Date::FromSpreadsheetSerial(c.serial);
    EXPECT_EQ(date ? date->ToIso() : "", c.date) << c.serial;
  }
}

TEST(Date, EmptyDateIsBlankAndSortsFirst) {
  const Date blank;
  EXPECT_TRUE(blank.empty());
  EXPECT_EQ(blank.ToIso(), "");
  EXPECT_LT(blank, *Date::FromYmd(1000, 1, 1));
  EXPECT_EQ(Date::FromPacked(20231341), blank);
  EXPECT_EQ(Date::FromPacked(20260302).ToIso(), "2026-03-02");
}

TEST(Date, IsoTextHasFourDigitYearsAndTwoDigitMonthsAndDays) {
  EXPECT_EQ(Date::FromYmd(1000, 1, 1)->ToIso(), "1000-01-01");
  EXPECT_EQ(Date::FromYmd(9999, 12, 31)->ToIso(), "9999-12-31");
  EXPECT_EQ(Date::FromYmd(2024, 2, 29)->ToIso(), "2024-02-29");
}

}  // namespace
}  // namespace billcode
