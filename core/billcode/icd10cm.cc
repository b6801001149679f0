#include "billcode/icd10cm.h"

#include <algorithm>
#include <cctype>

#include "billcode/reference_import.h"
#include "billcode/text.h"

namespace billcode {
namespace {

bool CodeLess(const Icd10Code& entry, std::string_view code) {
  return entry.code < code;
}

}  // namespace

Icd10Table::Icd10Table(ReleaseInfo info, Date valid_from, Date valid_to,
                       std::vector<Icd10Code> codes)
    : info_(std::move(info)),
      valid_from_(valid_from),
      valid_to_(valid_to),
      codes_(std::move(codes)) {
  std::sort(
      codes_.begin(), codes_.end(),
      [](const Icd10Code& a, const Icd10Code& b) { return a.code < b.code; });
}

const Icd10Code* Icd10Table::Find(std::string_view code) const {
  auto it = std::lower_bound(codes_.begin(), codes_.end(), code, CodeLess);
  return it != codes_.end() && it->code == code ? &*it : nullptr;
}

bool Icd10Table::HasMoreSpecific(std::string_view code) const {
  auto it =
      std::upper_bound(codes_.begin(), codes_.end(), code,
                       [](std::string_view value, const Icd10Code& entry) {
                         return value < entry.code;
                       });
  return it != codes_.end() && it->code.size() > code.size() &&
         std::string_view(it->code).substr(0, code.size()) == code;
}

Icd10Import ImportIcd10Codes(std::string_view bytes, ReleaseInfo info,
                             int fiscal_year) {
  Icd10Import result;
  std::vector<Icd10Code> codes;
  ReadTextLines(bytes, &result.report, [&](int number, std::string_view line) {
    const std::string code(TrimAsciiSpace(line.substr(0, 7)));
    if (line.size() < 9 || !IsIcd10Shaped(code)) {
      result.report.Skip(number, "not a code line (code in columns 1-7)");
      return;
    }
    ++result.report.record_lines;
    codes.push_back(Icd10Code{code, CleanCell(line.substr(8))});
  });
  if (codes.empty()) {
    result.error = "no ICD-10-CM codes found (expected icd10cm-codes-YYYY.txt)";
    return result;
  }
  Date from, to;
  if (fiscal_year > 1000) {
    from = *Date::FromYmd(fiscal_year - 1, 10, 1);
    to = *Date::FromYmd(fiscal_year, 9, 30);
    info.release_date = from;
  }
  info.source_checksum = Fnv1a64(bytes);
  result.table = Icd10Table(std::move(info), from, to, std::move(codes));
  return result;
}

int FiscalYearFromFileName(std::string_view file_name) {
  const std::string_view name = BaseName(file_name);
  for (size_t i = 0; i + 4 <= name.size(); ++i) {
    if (IsAsciiDigits(name.substr(i, 4)) &&
        (i + 4 == name.size() ||
         !std::isdigit(static_cast<unsigned char>(name[i + 4])))) {
      const int year = std::stoi(std::string(name.substr(i, 4)));
      if (year > 2000 && year < 2100) return year;
    }
  }
  return 0;
}

std::string NormalizeDiagnosis(std::string_view text) {
  std::string code;
  for (char c : TrimAsciiSpace(text)) {
    if (c == '.' || c == ' ') continue;
    code.push_back(
        static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return code;
}

std::string DisplayDiagnosis(std::string_view code) {
  std::string display(code);
  if (display.size() > 3) display.insert(3, ".");
  return display;
}

bool IsIcd10Shaped(std::string_view text) {
  std::string code;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.' && i == 3) continue;
    code.push_back(
        static_cast<char>(std::toupper(static_cast<unsigned char>(text[i]))));
  }
  if (code.size() < 3 || code.size() > 7) return false;
  if (!std::isupper(static_cast<unsigned char>(code[0]))) return false;
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace billcode
