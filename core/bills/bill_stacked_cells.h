// Tables whose text gives one cell per line, as a PDF viewer copies a
// table and pdftotext writes one without -layout: the headings one per
// line ("Date of service", "Service", "Amount billed" ...), then each row's
// cells in the headings' order (private to the bills module).
#ifndef BILLCODE_BILLS_BILL_STACKED_CELLS_H_
#define BILLCODE_BILLS_BILL_STACKED_CELLS_H_

#include <string>
#include <string_view>
#include <vector>

namespace billcode::bills {

// A line of a bill as its reader takes it, and its number (1-based) in the
// text: the first line of the cells it joins.
struct NumberedLine {
  int number = 0;
  std::string text;
};

// `lines` with each such table's header and rows written as one line
// each, their cells parted by tabs. A table is its headings (3 to 12 lines
// of heading words alone, one of them an amount's) followed by rows of as
// many lines, each cell fitting its heading: an amount under an amount's,
// a date under a date's. Its first line that does not fit ends it ("Total"
// and its amounts stay lines of their own).
std::vector<NumberedLine> JoinStackedCells(
    const std::vector<std::string_view>& lines);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_STACKED_CELLS_H_
