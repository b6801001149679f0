// RFC 4180 CSV: quoted cells may hold commas, doubled quotes and newlines.
#ifndef BILLCODE_BASE_CSV_H_
#define BILLCODE_BASE_CSV_H_

#include <string>
#include <string_view>
#include <vector>

namespace billcode {

struct CsvRecord {
  int line = 0;  // 1-based physical line where the record starts
  std::vector<std::string> cells;
};

struct CsvParse {
  std::vector<CsvRecord> records;
  std::string error;  // e.g. an unterminated quote; records up to it kept
  int error_line = 0;
};

// Splits `text` into records. "\r\n" and "\n" end records outside quotes;
// blank lines are dropped. Cells are not trimmed. `delimiter` separates
// cells (',' for CSV, '\t' or ';' for other exports).
CsvParse ParseCsv(std::string_view text, char delimiter = ',');

}  // namespace billcode

#endif  // BILLCODE_BASE_CSV_H_
