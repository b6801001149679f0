#include "bill_stacked_cells.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include "bill_columns.h"
#include "bill_tokens.h"
#include "billcode/base/text.h"

namespace billcode::bills {
namespace {

constexpr size_t kFewestHeadings = 3;
constexpr size_t kMostHeadings = 12;
constexpr size_t kMostHeadingWords = 6;

// Whether a line may be one heading.
bool MayBeHeading(std::string_view line) {
  return IsFewWordsAlone(line, kMostHeadingWords);
}

// Lines [from, from + count) trimmed, parted by tabs.
std::string Joined(const std::vector<std::string_view>& lines, size_t from,
                   size_t count) {
  std::string text;
  for (size_t i = from; i < from + count; ++i) {
    if (i > from) text += '\t';
    text += TrimAsciiSpace(lines[i]);
  }
  return text;
}

bool IsMoneyColumn(ColumnKind kind) {
  return kind == ColumnKind::kCharge || IsAmountColumn(kind);
}

// The kinds of the headings that lines [from, from + count) are, one each,
// when each names a column and one of them an amount.
std::optional<std::vector<ColumnKind>> HeadingKinds(
    const std::vector<std::string_view>& lines, size_t from, size_t count) {
  const std::optional<ColumnHeader> header =
      ReadColumnHeader(TokenizeBillLine(Joined(lines, from, count)));
  if (!header || header->columns.size() != count) return std::nullopt;
  std::vector<ColumnKind> kinds;
  for (const Column& column : header->columns) kinds.push_back(column.kind);
  const bool named = std::none_of(kinds.begin(), kinds.end(), [](ColumnKind k) {
    return k == ColumnKind::kNone;
  });
  if (!named || std::none_of(kinds.begin(), kinds.end(), IsMoneyColumn)) {
    return std::nullopt;
  }
  return kinds;
}

// Whether a cell fits its heading: one amount under an amount's, a date
// under a date's, a number under the units'; any words elsewhere.
bool CellFits(std::string_view cell, ColumnKind kind) {
  if (TrimAsciiSpace(cell).empty() ||
      cell.find('\t') != std::string_view::npos) {
    return false;
  }
  const std::vector<BillToken> tokens = TokenizeBillLine(cell);
  const auto only = [&](TokenShape shape) {
    return tokens.size() == 1 && tokens[0].shape == shape;
  };
  if (IsMoneyColumn(kind)) return only(TokenShape::kMoney);
  if (kind == ColumnKind::kUnits) return only(TokenShape::kNumber);
  if (kind == ColumnKind::kDate) {
    return std::any_of(tokens.begin(), tokens.end(), [](const BillToken& t) {
      return t.shape == TokenShape::kDate;
    });
  }
  return true;
}

bool RowFits(const std::vector<std::string_view>& lines, size_t from,
             const std::vector<ColumnKind>& kinds) {
  if (from + kinds.size() > lines.size()) return false;
  for (size_t j = 0; j < kinds.size(); ++j) {
    if (!CellFits(lines[from + j], kinds[j])) return false;
  }
  return true;
}

// The table whose headings are lines [from, end), the run of heading lines
// before its first row, joined into `out`; the line after its last row,
// or 0 when the next lines are no row of it.
size_t JoinTable(const std::vector<std::string_view>& lines, size_t from,
                 size_t end, std::vector<NumberedLine>* out) {
  const size_t count = end - from;
  const std::optional<std::vector<ColumnKind>> kinds =
      HeadingKinds(lines, from, count);
  if (!kinds || !RowFits(lines, end, *kinds)) return 0;
  out->push_back({static_cast<int>(from) + 1, Joined(lines, from, count)});
  size_t row = end;
  for (; RowFits(lines, row, *kinds); row += count) {
    out->push_back({static_cast<int>(row) + 1, Joined(lines, row, count)});
  }
  return row;
}

}  // namespace

std::vector<NumberedLine> JoinStackedCells(
    const std::vector<std::string_view>& lines) {
  std::vector<NumberedLine> out;
  out.reserve(lines.size());
  for (size_t i = 0; i < lines.size();) {
    size_t end = i;
    while (end < lines.size() && MayBeHeading(lines[end])) ++end;
    // The headings end where the run of heading lines does: the most lines
    // of it (from the first that may start them) that name columns whose
    // cells the next lines fit. Lines before them stay as they are.
    std::vector<NumberedLine> table;
    size_t from = end - std::min(end - i, kMostHeadings);
    size_t after = 0;
    while (from + kFewestHeadings <= end &&
           (after = JoinTable(lines, from, end, &table)) == 0) {
      ++from;
    }
    const size_t kept_to = after == 0 ? std::max(end, i + 1) : from;
    for (; i < kept_to; ++i) {
      out.push_back({static_cast<int>(i) + 1, std::string(lines[i])});
    }
    if (after > 0) {
      std::move(table.begin(), table.end(), std::back_inserter(out));
      i = after;
    }
  }
  return out;
}

}  // namespace billcode::bills
