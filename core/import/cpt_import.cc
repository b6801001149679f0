#include "billcode/import/cpt_import.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "billcode/base/text.h"

namespace billcode {
namespace {

bool IsCptCode(std::string_view code) {
  if (code.size() != 5) return false;
  if (!IsAsciiDigits(code.substr(0, 4))) return false;
  return std::isdigit(static_cast<unsigned char>(code[4])) || code[4] == 'F' ||
         code[4] == 'T' || code[4] == 'U' || code[4] == 'M';
}

// The delimiter of the file: the one of tab, '|' and ',' most lines use.
char Delimiter(std::string_view text) {
  size_t tabs = 0, pipes = 0, commas = 0, lines = 0;
  for (std::string_view line : SplitLines(text.substr(0, 64 * 1024))) {
    if (IsBlank(line) || ++lines > 50) continue;
    tabs += std::count(line.begin(), line.end(), '\t') > 0;
    pipes += std::count(line.begin(), line.end(), '|') > 0;
    commas += std::count(line.begin(), line.end(), ',') > 0;
  }
  if (tabs >= pipes && tabs >= commas && tabs > 0) return '\t';
  if (pipes >= commas && pipes > 0) return '|';
  return ',';
}

// Cells of a line; for commas, quotes are honoured.
std::vector<std::string> Cells(std::string_view line, char delimiter) {
  std::vector<std::string> cells(1);
  bool quoted = false;
  for (char c : line) {
    if (delimiter == ',' && c == '"') {
      quoted = !quoted;
    } else if (c == delimiter && !quoted) {
      cells.emplace_back();
    } else if (c != '\r') {
      cells.back() += c;
    }
  }
  for (std::string& cell : cells) cell = std::string(TrimAsciiSpace(cell));
  return cells;
}

// The column `wanted` names in `header` (a name or a 1-based number), or
// nullopt.
std::optional<size_t> Column(const std::string& wanted,
                             const std::vector<std::string>& header) {
  if (wanted.empty()) return std::nullopt;
  if (IsAsciiDigits(wanted) && wanted.size() <= 3) {
    const size_t number = std::stoul(wanted);
    if (number >= 1) return number - 1;
    return std::nullopt;
  }
  for (size_t i = 0; i < header.size(); ++i) {
    if (AsciiUpper(TrimAsciiSpace(header[i])) ==
        AsciiUpper(TrimAsciiSpace(wanted)))
      return i;
  }
  return std::nullopt;
}

std::optional<size_t> FindHeading(const std::vector<std::string>& header,
                                  std::initializer_list<const char*> names) {
  for (const char* name : names) {
    for (size_t i = 0; i < header.size(); ++i) {
      if (AsciiUpper(TrimAsciiSpace(header[i])) == name) return i;
    }
  }
  return std::nullopt;
}

}  // namespace

CptImport ImportCptDescriptors(std::string_view bytes, ReleaseInfo info,
                               const CptColumns& columns) {
  CptImport result;
  info.source_checksum = Fnv1a64(bytes);
  const std::string text = TextAsUtf8(bytes);
  const char delimiter = Delimiter(text);
  std::optional<size_t> code_column, descriptor_column;
  std::vector<std::string> header;
  bool header_read = false;
  std::vector<CptDescriptor> rows;
  std::set<std::string> seen;
  ReadTextLines(text, &result.report, [&](int number, std::string_view line) {
    std::vector<std::string> cells = Cells(line, delimiter);
    if (!header_read) {
      header_read = true;
      const bool has_code =
          std::any_of(cells.begin(), cells.end(), [](const std::string& cell) {
            return IsCptCode(AsciiUpper(TrimAsciiSpace(cell)));
          });
      if (!has_code) {
        header = cells;
        code_column = Column(columns.code, header);
        descriptor_column = Column(columns.descriptor, header);
        if (!code_column) {
          code_column = FindHeading(header, {"CPT CODE", "CPT", "CODE", "HCPCS",
                                             "CPT_CODE", "PROCEDURE CODE"});
        }
        if (!descriptor_column) {
          descriptor_column = FindHeading(
              header, {"LONG DESCRIPTOR", "DESCRIPTOR", "LONG DESCRIPTION",
                       "DESCRIPTION", "CONSUMER FRIENDLY DESCRIPTOR",
                       "CLINICIAN DESCRIPTOR", "MEDIUM DESCRIPTOR",
                       "SHORT DESCRIPTOR"});
        }
        result.report.Skip(number, "header");
        return;
      }
    }
    if (!code_column) code_column = Column(columns.code, header).value_or(0);
    if (!descriptor_column) {
      descriptor_column =
          Column(columns.descriptor, header).value_or(*code_column + 1);
    }
    if (*code_column >= cells.size() || *descriptor_column >= cells.size()) {
      result.report.Skip(number, "fewer columns than the code and descriptor");
      return;
    }
    const std::string code = AsciiUpper(TrimAsciiSpace(cells[*code_column]));
    if (!IsCptCode(code)) {
      result.report.Skip(number, "not a CPT code");
      return;
    }
    if (!seen.insert(code).second) {
      result.report.Skip(number, "another descriptor of a code already read");
      return;
    }
    ++result.report.record_lines;
    rows.push_back({code, cells[*descriptor_column]});
  });
  if (rows.empty()) {
    std::string found;
    for (const std::string& name : header)
      found += (found.empty() ? "" : ", ") + name;
    result.error =
        "no CPT code and descriptor found" +
        (found.empty() ? std::string(".")
                       : " under the columns " + found +
                             ": name the code and descriptor columns.");
    return result;
  }
  result.table = CptDescriptorTable(std::move(info), std::move(rows));
  return result;
}

}  // namespace billcode
