#include "bill_label_lines.h"

#include <string>
#include <string_view>
#include <utility>

#include "bill_columns.h"
#include "bill_tokens.h"
#include "billcode/base/text.h"

namespace billcode::bills {
namespace {

constexpr size_t kMostLabelWords = 5;
constexpr int kFewestPaymentPairs = 2;

// A label alone on its line.
bool MayBeLabel(std::string_view line) {
  return IsFewWordsAlone(line, kMostLabelWords);
}

// "Label: value", the label's own colon not doubled.
std::string LabelledValue(std::string_view label, std::string_view value) {
  std::string text(TrimAsciiSpace(label));
  if (text.back() != ':') text += ':';
  return text + " " + std::string(TrimAsciiSpace(value));
}

// Whether "Label: value" is an amount of an Explanation of Benefits under
// its label ("Plan paid: $121.28").
bool IsPaymentPair(const std::string& joined) {
  const std::vector<BillToken> tokens = TokenizeBillLine(joined);
  return !tokens.empty() && tokens.back().shape == TokenShape::kMoney &&
         PaymentLabelBefore(tokens, tokens.size() - 1) != ColumnKind::kNone;
}

}  // namespace

std::vector<NumberedLine> JoinLabelledValues(std::vector<NumberedLine> lines) {
  // For each line k that may start a pair (a label, then a value): where
  // the run of pairs from it ends and how many of them are payments,
  // counted from the last line back, so that each pair is read once.
  const size_t count = lines.size();
  std::vector<size_t> run_end(count + 1, 0);
  std::vector<int> payments(count + 1, 0);
  for (size_t k = count; k-- > 0;) {
    if (k + 1 >= count || !MayBeLabel(lines[k].text) ||
        IsBlank(lines[k + 1].text)) {
      continue;
    }
    const bool more = k + 2 < count && run_end[k + 2] > 0;
    run_end[k] = more ? run_end[k + 2] : k + 2;
    payments[k] =
        (IsPaymentPair(LabelledValue(lines[k].text, lines[k + 1].text)) ? 1
                                                                        : 0) +
        (more ? payments[k + 2] : 0);
  }
  std::vector<NumberedLine> out;
  out.reserve(count);
  for (size_t i = 0; i < count;) {
    if (payments[i] < kFewestPaymentPairs) {
      out.push_back(std::move(lines[i]));
      ++i;
      continue;
    }
    for (const size_t end = run_end[i]; i < end; i += 2) {
      out.push_back(
          {lines[i].number, LabelledValue(lines[i].text, lines[i + 1].text)});
    }
  }
  return out;
}

}  // namespace billcode::bills
