// Calendar dates as used in the code sets (no time zone, no time of day).
#ifndef BILLCODE_BASE_DATE_H_
#define BILLCODE_BASE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace billcode {

// A valid Gregorian date stored as YYYYMMDD, so that dates compare as
// integers. A default-constructed Date is "no date" (blank in the files).
class Date {
 public:
  Date() = default;
  // Returns a date only for a real calendar day in years 1000-9999.
  static std::optional<Date> FromYmd(int year, int month, int day);
  // "YYYY-MM-DD" exactly.
  static std::optional<Date> ParseIso(std::string_view text);
  // "YYYYMMDD" exactly, as in the CMS fixed-width files.
  static std::optional<Date> ParseCompact(std::string_view text);
  // Julian "YYYYDDD" (day of year), as in the NCCI files.
  static std::optional<Date> ParseJulian(std::string_view text);
  static Date FromPacked(int yyyymmdd);
  // Day `day_of_year` (from 1) of `year`.
  static std::optional<Date> FromDayOfYear(int year, int day_of_year);
  // A spreadsheet's day number (Excel's and Google Sheets' 1900 system, as
  // a CSV saved from one writes a date cell: 46083 is 2026-03-02), from 61
  // (1900-03-01) on.
  static std::optional<Date> FromSpreadsheetSerial(int serial);

  bool empty() const { return packed_ == 0; }
  int packed() const { return packed_; }
  int year() const { return packed_ / 10000; }
  int month() const { return packed_ / 100 % 100; }
  int day() const { return packed_ % 100; }
  // "YYYY-MM-DD", or "" for no date.
  std::string ToIso() const;
  // The day before (no date stays no date).
  Date PreviousDay() const;
  // The day after (no date stays no date; after 9999-12-31, no date).
  Date NextDay() const;

  friend bool operator==(Date a, Date b) { return a.packed_ == b.packed_; }
  friend bool operator!=(Date a, Date b) { return a.packed_ != b.packed_; }
  friend bool operator<(Date a, Date b) { return a.packed_ < b.packed_; }
  friend bool operator<=(Date a, Date b) { return a.packed_ <= b.packed_; }
  friend bool operator>(Date a, Date b) { return a.packed_ > b.packed_; }

 private:
  explicit Date(int packed) : packed_(packed) {}
  int packed_ = 0;
};

}  // namespace billcode

#endif  // BILLCODE_BASE_DATE_H_
