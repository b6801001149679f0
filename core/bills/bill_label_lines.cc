#include "bill_label_lines.h"

#include <iterator>
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
  std::vector<NumberedLine> out;
  out.reserve(lines.size());
  for (size_t i = 0; i < lines.size();) {
    // The run of pairs from line i: a label, then its value.
    std::vector<NumberedLine> pairs;
    int payments = 0;
    size_t end = i;
    while (end + 1 < lines.size() && MayBeLabel(lines[end].text) &&
           !IsBlank(lines[end + 1].text)) {
      std::string joined = LabelledValue(lines[end].text, lines[end + 1].text);
      payments += IsPaymentPair(joined) ? 1 : 0;
      pairs.push_back({lines[end].number, std::move(joined)});
      end += 2;
    }
    if (payments >= kFewestPaymentPairs) {
      std::move(pairs.begin(), pairs.end(), std::back_inserter(out));
      i = end;
    } else {
      out.push_back(std::move(lines[i]));
      ++i;
    }
  }
  return out;
}

}  // namespace billcode::bills
