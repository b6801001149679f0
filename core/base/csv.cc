#include "billcode/base/csv.h"

namespace billcode {
namespace {

bool IsEmptyRecord(const CsvRecord& record) {
  return record.cells.size() == 1 && record.cells[0].empty();
}

}  // namespace

CsvParse ParseCsv(std::string_view text, char delimiter) {
  CsvParse parse;
  CsvRecord record{1, {std::string()}};
  int line = 1;
  bool quoted = false;
  bool cell_was_quoted = false;
  auto end_record = [&] {
    if (!IsEmptyRecord(record)) parse.records.push_back(std::move(record));
    record = CsvRecord{line, {std::string()}};
    cell_was_quoted = false;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        record.cells.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        if (c != '\r') record.cells.back().push_back(c);
      }
    } else if (c == '"' && record.cells.back().empty() && !cell_was_quoted) {
      quoted = true;
      cell_was_quoted = true;
    } else if (c == delimiter) {
      record.cells.emplace_back();
      cell_was_quoted = false;
    } else if (c == '\n') {
      ++line;
      end_record();
    } else if (c != '\r') {
      record.cells.back().push_back(c);
    }
  }
  if (quoted) {
    parse.error = "a quoted cell is not closed";
    parse.error_line = record.line;
    return parse;
  }
  end_record();
  return parse;
}

}  // namespace billcode
