#include "billcode/import/hcpcs_import.h"

#include <cctype>
#include <set>

#include "billcode/base/text.h"

namespace billcode {
namespace {

constexpr size_t kRecordWidth = 320;
constexpr size_t kLastFieldColumn = 293;  // action code

// Text of 1-based inclusive columns, trimmed; "" past the end of the line.
std::string Columns(std::string_view line, size_t first, size_t last) {
  if (line.size() < first) return "";
  return Cp1252ToUtf8(TrimAsciiSpace(line.substr(first - 1, last - first + 1)));
}

// `count` fields of `width` columns from `first`, blanks dropped.
std::vector<std::string> Repeated(std::string_view line, size_t first,
                                  size_t width, size_t count) {
  std::vector<std::string> values;
  for (size_t i = 0; i < count; ++i) {
    const size_t start = first + i * width;
    std::string value = Columns(line, start, start + width - 1);
    if (!value.empty()) values.push_back(std::move(value));
  }
  return values;
}

bool IsLevel2CodeField(std::string_view field) {
  return field.size() == 5 && field[0] >= 'A' && field[0] <= 'Z' &&
         IsAsciiDigits(field.substr(1));
}

bool IsModifierField(std::string_view field) {
  if (field.size() != 5 || field.substr(0, 3) != "   ") return false;
  for (char c : field.substr(3)) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

class FixedWidthReader {
 public:
  explicit FixedWidthReader(ImportReport* report) : report_(report) {}

  // Reads a line that is not blank.
  void ReadLine(int number, std::string_view line) {
    const char record_id = line.size() >= 11 ? line[10] : ' ';
    const bool first_line = record_id == '3' || record_id == '7';
    const bool continuation = record_id == '4' || record_id == '8';
    const bool modifier = record_id == '7' || record_id == '8';
    if (!first_line && !continuation) {
      return report_->Skip(number,
                           "not a HCPCS record (heading or disclaimer text)");
    }
    const std::string_view code_field = line.substr(0, 5);
    if (modifier ? !IsModifierField(code_field)
                 : !IsLevel2CodeField(code_field)) {
      return report_->Skip(number, "malformed code in columns 1-5");
    }
    const std::string code(TrimAsciiSpace(code_field));
    if (continuation) return ReadContinuation(number, line, code, modifier);
    ReadFirstLine(number, line, code, modifier);
  }

  std::vector<HcpcsRecord> TakeRecords() { return std::move(records_); }

 private:
  void ReadContinuation(int number, std::string_view line,
                        const std::string& code, bool modifier) {
    if (records_.empty() || !open_record_ || records_.back().code != code ||
        records_.back().is_modifier != modifier) {
      return report_->Skip(number, "continuation line without its first line");
    }
    ++report_->continuation_lines;
    AppendDescription(Columns(line, 12, 91));
  }

  void ReadFirstLine(int number, std::string_view line, const std::string& code,
                     bool modifier) {
    open_record_ = false;
    if (!seen_.emplace(code, modifier).second) {
      return report_->Skip(number, "duplicate record of a code already read");
    }
    ++report_->record_lines;
    open_record_ = true;
    if (line.size() < kLastFieldColumn) {
      report_->Warn(number,
                    "first line shorter than 293 columns: missing "
                    "fields read as blank");
    } else if (line.size() > kRecordWidth) {
      report_->Warn(number,
                    IsBlank(line.substr(kRecordWidth))
                        ? "longer than 320 columns: blank padding ignored"
                        : "longer than 320 columns: text after column 320 "
                          "ignored");
    }
    HcpcsRecord record;
    record.code = code;
    record.is_modifier = modifier;
    record.long_description = Columns(line, 12, 91);
    record.short_description = Columns(line, 92, 119);
    record.pricing_indicators = Repeated(line, 120, 2, 4);
    record.multiple_pricing_indicator = Columns(line, 128, 128);
    record.coverage_issues_refs = Repeated(line, 129, 6, 3);
    record.carriers_manual_refs = Repeated(line, 147, 8, 3);
    record.statute = Columns(line, 171, 180);
    record.lab_certifications = Repeated(line, 181, 3, 8);
    record.cross_references = Repeated(line, 205, 5, 5);
    record.coverage_code = Columns(line, 230, 230);
    record.asc_group = Columns(line, 231, 232);
    record.asc_effective = ReadDate(number, line, 233, "ASC effective");
    record.opps_status = Columns(line, 241, 243);
    record.opps_payment_indicator = Columns(line, 244, 244);
    record.opps_effective = ReadDate(number, line, 245, "OPPS effective");
    record.processing_note = Columns(line, 253, 256);
    record.betos = Columns(line, 257, 259);
    record.types_of_service = Repeated(line, 261, 1, 5);
    record.anesthesia_base_units = Columns(line, 266, 268);
    record.added = ReadDate(number, line, 269, "code added");
    record.action_effective = ReadDate(number, line, 277, "action effective");
    record.termination = ReadDate(number, line, 285, "termination");
    record.action_code = Columns(line, 293, 293);
    records_.push_back(std::move(record));
  }

  Date ReadDate(int number, std::string_view line, size_t first,
                std::string_view name) {
    const std::string text = Columns(line, first, first + 7);
    if (text.empty()) return Date();
    if (auto date = Date::ParseCompact(text)) return *date;
    report_->Warn(number,
                  "invalid " + std::string(name) + " date read as blank");
    return Date();
  }

  void AppendDescription(const std::string& chunk) {
    if (chunk.empty()) return;
    std::string& description = records_.back().long_description;
    if (!description.empty()) description += ' ';
    description += chunk;
  }

  ImportReport* report_;
  std::vector<HcpcsRecord> records_;
  std::set<std::pair<std::string, bool>> seen_;  // code, is modifier
  bool open_record_ = false;
};

constexpr std::string_view kMonths[] = {"JAN", "FEB", "MAR", "APR",
                                        "MAY", "JUN", "JUL", "AUG",
                                        "SEP", "OCT", "NOV", "DEC"};

}  // namespace

HcpcsImport ImportHcpcsFixedWidth(std::string_view bytes, ReleaseInfo info) {
  HcpcsImport result;
  FixedWidthReader reader(&result.report);
  ReadTextLines(bytes, &result.report, [&](int number, std::string_view line) {
    reader.ReadLine(number, line);
  });
  std::vector<HcpcsRecord> records = reader.TakeRecords();
  if (records.empty()) {
    result.error =
        "no HCPCS Level II records found (expected the CMS fixed-width "
        "release, 320 columns per line)";
    return result;
  }
  info.source_checksum = Fnv1a64(bytes);
  result.release = HcpcsRelease(std::move(info), std::move(records));
  return result;
}

ReleaseInfo ReleaseInfoFromFileName(std::string_view file_name) {
  const size_t slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  ReleaseInfo info;
  info.source_name = std::string(file_name);
  const size_t dot = file_name.rfind('.');
  info.edition = std::string(file_name.substr(0, dot));
  std::string upper;
  for (char c : file_name)
    upper.push_back(
        static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  if (upper.rfind("HCPC", 0) != 0) return info;
  size_t digits = 4;
  while (digits < upper.size() &&
         std::isdigit(static_cast<unsigned char>(upper[digits]))) {
    ++digits;
  }
  const std::string year_text = upper.substr(4, digits - 4);
  if (year_text.size() != 2 && year_text.size() != 4) return info;
  const int year = std::stoi(year_text) + (year_text.size() == 2 ? 2000 : 0);
  int month = 1;
  info.edition = std::to_string(year);
  for (size_t i = 0; i < std::size(kMonths); ++i) {
    if (upper.compare(digits, 4, "_" + std::string(kMonths[i])) == 0) {
      month = static_cast<int>(i) + 1;
      info.edition += "-" + std::string(kMonths[i]);
    }
  }
  if (auto date = Date::FromYmd(year, month, 1)) info.release_date = *date;
  return info;
}

}  // namespace billcode
