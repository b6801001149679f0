#include "billcode/import/reference_import.h"

#include <cctype>

#include "billcode/base/text.h"

namespace billcode {

std::string_view BaseName(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

ReleaseInfo SourceInfo(std::string_view path, std::string edition,
                       Date release_date) {
  ReleaseInfo info;
  info.source_name = std::string(BaseName(path));
  info.edition = std::move(edition);
  info.release_date = release_date;
  return info;
}

std::string CleanCell(std::string_view cell) {
  return std::string(TrimAsciiSpace(cell));
}

std::string CsvErrorText(const CsvParse& csv) {
  if (csv.error.empty()) return "";
  return csv.error + " (line " + std::to_string(csv.error_line) + ")";
}

bool IsFiveCharacterCode(std::string_view code) {
  if (code.size() != 5) return false;
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace billcode
