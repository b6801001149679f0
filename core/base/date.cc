#include "billcode/base/date.h"

#include "billcode/base/text.h"

namespace billcode {
namespace {

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

std::optional<Date> Date::FromYmd(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > DaysInMonth(year, month)) {
    return std::nullopt;
  }
  return Date(year * 10000 + month * 100 + day);
}

std::optional<Date> Date::ParseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const auto year = text.substr(0, 4), month = text.substr(5, 2),
             day = text.substr(8, 2);
  if (!IsAsciiDigits(year) || !IsAsciiDigits(month) || !IsAsciiDigits(day)) {
    return std::nullopt;
  }
  return FromYmd(ToInt(year), ToInt(month), ToInt(day));
}

std::optional<Date> Date::ParseCompact(std::string_view text) {
  if (text.size() != 8 || !IsAsciiDigits(text)) return std::nullopt;
  return FromYmd(ToInt(text.substr(0, 4)), ToInt(text.substr(4, 2)),
                 ToInt(text.substr(6, 2)));
}

std::optional<Date> Date::ParseJulian(std::string_view text) {
  if (text.size() != 7 || !IsAsciiDigits(text)) return std::nullopt;
  return FromDayOfYear(ToInt(text.substr(0, 4)), ToInt(text.substr(4, 3)));
}

std::optional<Date> Date::FromDayOfYear(int year, int day_of_year) {
  if (year < 1000 || day_of_year < 1 ||
      day_of_year > (IsLeapYear(year) ? 366 : 365)) {
    return std::nullopt;
  }
  int month = 1;
  while (day_of_year > DaysInMonth(year, month)) {
    day_of_year -= DaysInMonth(year, month);
    ++month;
  }
  return FromYmd(year, month, day_of_year);
}

std::optional<Date> Date::FromSpreadsheetSerial(int serial) {
  // Day 61 is 1900-03-01: the count takes in a 1900-02-29 there was not.
  constexpr int kLast = 2958465;  // 9999-12-31
  if (serial < 61 || serial > kLast) return std::nullopt;
  int year = 1900;
  int day = serial;  // of the year, from 1, in that count
  while (day > (year == 1900 || IsLeapYear(year) ? 366 : 365)) {
    day -= year == 1900 || IsLeapYear(year) ? 366 : 365;
    ++year;
  }
  return FromDayOfYear(year, year == 1900 ? day - 1 : day);
}

Date Date::FromPacked(int yyyymmdd) {
  if (yyyymmdd == 0) return Date();
  auto date = FromYmd(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
  return date ? *date : Date();
}

std::string Date::ToIso() const {
  if (empty()) return "";
  // The digits of YYYYMMDD (year 1000-9999), from the last, into place.
  std::string iso = "0000-00-00";
  int digits = packed_;
  for (const int at : {9, 8, 6, 5, 3, 2, 1, 0}) {
    iso[at] = static_cast<char>('0' + digits % 10);
    digits /= 10;
  }
  return iso;
}

Date Date::PreviousDay() const {
  if (empty()) return *this;
  if (day() > 1) return *FromYmd(year(), month(), day() - 1);
  const int month_before = month() > 1 ? month() - 1 : 12;
  const int year_before = month() > 1 ? year() : year() - 1;
  for (int last = 31; last >= 28; --last) {
    if (auto date = FromYmd(year_before, month_before, last)) return *date;
  }
  return Date();
}

Date Date::NextDay() const {
  if (empty()) return *this;
  if (auto date = FromYmd(year(), month(), day() + 1)) return *date;
  if (auto date = FromYmd(year(), month() + 1, 1)) return *date;
  return FromYmd(year() + 1, 1, 1).value_or(Date());
}

}  // namespace billcode
