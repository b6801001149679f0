#include "billcode/bills/bill_extraction.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "bill_claim_forms.h"
#include "bill_codes.h"
#include "bill_columns.h"
#include "bill_html.h"
#include "bill_label_lines.h"
#include "bill_payment.h"
#include "bill_reversals.h"
#include "bill_stacked_cells.h"
#include "bill_stated_amounts.h"
#include "bill_structured.h"
#include "bill_tokens.h"
#include "bill_words.h"
#include "billcode/base/file_kind.h"
#include "billcode/base/text.h"
#include "billcode/bills/adjustment_reasons.h"
#include "billcode/bills/revenue_codes.h"
#include "billcode/claims/input/claim_input.h"
#include "billcode/claims/input/cms1500_text.h"
#include "billcode/claims/input/ub04_text.h"

namespace billcode {
namespace {

using bills::AmountText;
using bills::BillToken;
using bills::CentsOf;
using bills::ColumnHeader;
using bills::ColumnKind;
using bills::LabelKind;
using bills::TokenShape;

// A code found at a token of a line.
struct Mention {
  size_t token = 0;  // first token it was read from
  size_t last = 0;   // last token it was read from
  BillItemKind kind = BillItemKind::kProcedure;
  std::string code;
  std::vector<std::string> modifiers;
  std::string repaired;
  std::string units;  // a count written onto the code: "A4253x2"
};

struct Line {
  int number = 0;
  std::string text;      // trimmed
  std::string_view raw;  // as read: token offsets point into it
  std::vector<BillToken> tokens;
  std::vector<ColumnKind> columns;  // per token
  bool has_money = false;
  bool in_table = false;  // under a column header
  // Tokens from this index on follow a diagnosis label or heading
  // (tokens.size() when none does).
  size_t diagnoses_from = 0;
  bool amount_on_next_line = false;  // the next line ends a wrapped line
};

// What a billed row without a code gives the code written on the line
// under it, as an EOB wraps its cells ("01/15/26  Office visit  $200.00
// ..." over "(99213)").
struct CodelessRow {
  int line = 0;
  std::string description, units, charge;
  std::map<ColumnKind, std::string> payment;  // allowed, paid, shares…
  std::vector<std::string> reasons;           // in the reason column
};

// A word, or a label written with digits or signs ("N4", "ICD-10", "#").
bool IsWord(const BillToken& token) {
  return token.shape == TokenShape::kWord ||
         bills::LabelKindOf(token.text) != LabelKind::kNone;
}

// Words such as "patient" and "visit" label a number only when a
// connector ("#", "No.", "ID") or a colon follows them.
bool NeedsConnector(std::string_view word) {
  return word == "PATIENT" || word == "VISIT" || word == "ITEM" ||
         word == "CASE" || word == "ORDER" || word == "RECORD" ||
         word == "CARD" || word == "TIME" || word == "CHECK" ||
         word == "CONTROL" || word == "ENCOUNTER" || word == "ADDRESS" ||
         word == "PIN" || word == "GROUP";
}

int LabelPriority(LabelKind kind) {
  switch (kind) {
    case LabelKind::kIdentifier:
      return 0;
    case LabelKind::kOtherDate:
      return 1;
    case LabelKind::kDiagnosis:
      return 2;
    case LabelKind::kNdc:
      return 3;
    case LabelKind::kRevenue:
      return 4;
    case LabelKind::kModifier:
      return 5;
    case LabelKind::kUnits:
      return 6;
    case LabelKind::kCharge:
      return 7;
    case LabelKind::kCode:
      return 8;
    case LabelKind::kServiceDate:
      return 9;
    case LabelKind::kConnector:
    case LabelKind::kNone:
      return 10;
  }
  return 10;
}

// The label written right before token `i` (up to four words back, through
// connectors): "Acct # 12345" -> kIdentifier, "CPT: 99213" -> kCode.
LabelKind LabelBefore(const std::vector<BillToken>& tokens, size_t i) {
  LabelKind kind = LabelKind::kNone;
  bool connector_after = tokens[i].before == '#';
  bool charge = false, code = false;
  for (size_t back = 1; back <= 4 && back <= i; ++back) {
    const BillToken& word = tokens[i - back];
    if (!IsWord(word)) break;
    LabelKind next = bills::LabelKindOf(word.text);
    if (next == LabelKind::kNone) break;
    if (next == LabelKind::kConnector) {
      connector_after = true;
      continue;
    }
    bool labels = !NeedsConnector(word.text) || connector_after ||
                  word.after == ':' || word.after == '#';
    if (!labels) break;
    charge = charge || next == LabelKind::kCharge;
    code = code || next == LabelKind::kCode;
    if (LabelPriority(next) < LabelPriority(kind)) kind = next;
    connector_after = false;
  }
  return charge && code ? LabelKind::kIdentifier : kind;
}

bool IsDigits(std::string_view text, size_t size) {
  return text.size() == size && IsAsciiDigits(text);
}

// A five-digit number that is a ZIP code by the words before it:
// "IL 62704", "Anytown, ST 12345" (a city, then two capitals, as sample
// forms write a state).
bool IsZipCode(const std::vector<BillToken>& tokens, size_t i) {
  if (i == 0) return false;
  const BillToken& state = tokens[i - 1];
  const bool upper_written =
      state.raw.size() == 2 &&
      std::all_of(state.raw.begin(), state.raw.end(),
                  [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!upper_written) return false;
  if (bills::IsStateAbbreviation(state.text)) return true;
  if (i < 2 || tokens[i - 2].shape != TokenShape::kWord) return false;
  const BillToken& city = tokens[i - 2];
  return city.after == ',' || city.field != state.field;  // a CSV comma
}

// A five-digit number that is a street number: "12345 Main St" (on a line
// without amounts).
bool IsStreetNumber(const std::vector<BillToken>& tokens, size_t i,
                    bool has_money) {
  for (size_t next = i + 1; !has_money && next < tokens.size() && next <= i + 4;
       ++next) {
    if (tokens[next].shape != TokenShape::kWord) break;
    if (bills::IsStreetWord(tokens[next].text)) return true;
  }
  return false;
}

// A diagnosis as written: a letter, a digit, a letter or digit, then up to
// four more after an optional dot.
std::optional<std::string> ReadDiagnosis(std::string_view text, bool* has_dot) {
  std::string code;
  *has_dot = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.' && i == 3 && i + 1 < text.size()) {
      *has_dot = true;
      continue;
    }
    code.push_back(text[i]);
  }
  if (code.size() < 3 || code.size() > 7) return std::nullopt;
  if (!std::isupper(static_cast<unsigned char>(code[0])) ||
      !std::isdigit(static_cast<unsigned char>(code[1]))) {
    return std::nullopt;
  }
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return std::nullopt;
  }
  return code;
}

std::string DottedDiagnosis(const std::string& code) {
  return code.size() > 3 ? code.substr(0, 3) + "." + code.substr(3) : code;
}

// Whether the box written last before byte `at` of the line is an empty
// one ("[ ] 99212", "☐ 99212"): on an encounter form the codes whose box is
// not ticked were not billed.
constexpr std::string_view kEmptyBoxes[] = {"[ ]", "[]", "\u2610"};
constexpr std::string_view kTickedBoxes[] = {"[X]",    "[x]",      "\u2611",
                                             "\u2612", "[\u2713]", "[\u2714]"};

bool UncheckedBefore(std::string_view line, size_t at) {
  std::string_view before = line.substr(0, at);
  size_t empty = std::string_view::npos, ticked = std::string_view::npos;
  for (std::string_view box : kEmptyBoxes) {
    size_t found = before.rfind(box);
    if (found != std::string_view::npos &&
        (empty == std::string_view::npos || found > empty)) {
      empty = found;
    }
  }
  for (std::string_view box : kTickedBoxes) {
    size_t found = before.rfind(box);
    if (found != std::string_view::npos &&
        (ticked == std::string_view::npos || found > ticked)) {
      ticked = found;
    }
  }
  if (empty == std::string_view::npos) return false;
  return ticked == std::string_view::npos || empty > ticked;
}

// Whether a ticked box stands right before byte `at` ("[X] 99213").
bool TickedRightBefore(std::string_view line, size_t at) {
  std::string_view before = TrimAsciiSpace(line.substr(0, at));
  for (std::string_view box : kTickedBoxes) {
    if (before.size() >= box.size() &&
        before.substr(before.size() - box.size()) == box) {
      return true;
    }
  }
  return false;
}

class BillReader {
 public:
  // `sums_codeless_rows`: add up what rows without codes give as paid and
  // owed (a Medicare Summary Notice for Part A lists its stays so).
  BillReader(const DataSet& data, bool sums_codeless_rows)
      : data_(data), sums_codeless_rows_(sums_codeless_rows) {}

  // `next` is the line after it ("" at the end).
  void Read(int number, std::string_view text, std::string_view next);
  std::vector<BillItem> Finish();
  const std::vector<int>& uncoded_lines() const { return uncoded_lines_; }
  const std::optional<StatedAmount>& amount_due() const { return amount_due_; }
  // What rows without codes, other than totals, give in all as the plan's
  // payment and as the patient's share, in cents (0 unless
  // `sums_codeless_rows`).
  long long codeless_paid() const { return codeless_paid_; }
  long long codeless_share() const { return codeless_share_; }
  std::optional<StatedSum> InsurancePaid() const;
  // How many charges Finish() left out with the credit that reverses each.
  size_t reversed_pairs() const { return reversed_pairs_; }
  // A note when the bill's own total of charges is not what its lines,
  // `items` (Finish()) and the codeless rows, add up to.
  std::optional<std::string> StatedTotalNote(
      const std::vector<BillItem>& items) const;

 private:
  bool Diagnoses(const Line& line, size_t i) const;
  std::optional<Mention> ReadMention(const Line& line, size_t i) const;
  std::optional<Mention> ReadNdc(const Line& line, size_t i,
                                 LabelKind label) const;
  std::optional<Mention> ReadProcedure(const Line& line, size_t i,
                                       LabelKind label) const;
  std::optional<Mention> ReadRepaired(const Line& line, size_t i,
                                      LabelKind label) const;
  std::optional<Mention> ReadDiagnosisAt(const Line& line, size_t i,
                                         LabelKind label) const;
  std::optional<Mention> ReadRevenue(const Line& line, size_t i,
                                     LabelKind label) const;
  void ReadModifiersAfter(const Line& line, Mention* mention) const;
  // `above`: the description of items that have none (WordsAlone()).
  void AddItems(const Line& line, const std::vector<Mention>& mentions,
                const std::string& above);
  void FillFromLine(const Line& line, const std::vector<Mention>& mentions,
                    size_t m, BillItem* item) const;
  // Whether an amount of the line went to an item above.
  bool ReadLabelledValues(const Line& line);
  // Whether the line is a note of the notice's notes section, for a letter
  // a line referred to ("A  This approved amount has been reduced ..."),
  // or a line that continues one (starting where its text starts).
  bool ReadNoteText(const Line& line);
  void ReferToNotes(const BillItem& item);
  // Amounts labelled as paid, allowed or owed ("Plan paid: $113.33") on a
  // line of their own, for the one code line just above (an EOB written
  // in blocks); taken by Finish(). Whether it took one.
  bool ReadLabelledPayments(const Line& line);
  // The amount due and what insurers paid, as a line without codes states
  // them of the whole bill; `for_line_above`: ReadLabelledPayments() took
  // the line's amounts for the line above ("You owe" is then that line's).
  void ReadStatedAmounts(const Line& line, bool for_line_above);
  // Adds the paid and share columns of a row without codes to
  // codeless_paid_ and codeless_share_.
  void AddCodelessPayments(const Line& line);
  // `items` without the charges a later credit reverses (the same
  // service, and the charge negated; a hospital statement keeps both) and
  // their credits; counts them in reversed_pairs_.
  std::vector<BillItem> WithoutReversals(std::vector<BillItem> items);
  // Whether the line's words go on the description of the code line just
  // above: words alone under a Description heading of a table.
  bool ContinuesDescription(const Line& line);

  const DataSet& data_;
  const bool sums_codeless_rows_;
  std::optional<ColumnHeader> header_;
  bool header_above_ = false;   // the line before was a header
  bool header_fading_ = false;  // a blank line since the last row
  bool diagnosis_block_ = false;
  std::string carried_date_;
  std::vector<size_t> pending_;           // items of the last code line
  std::string words_above_;               // WordsAlone() of the line just above
  std::optional<CodelessRow> row_above_;  // CodelessRowOf() of that line
  std::vector<int> uncoded_lines_;        // rows no code line took
  std::map<int, long long> row_charges_;  // cents of each codeless row
  long long codeless_paid_ = 0, codeless_share_ = 0;
  size_t reversed_pairs_ = 0;
  // The bill's own totals of charges (StatedTotalOf), subtotals and grand
  // total alike, in order: line and cents.
  std::vector<std::pair<int, long long>> stated_totals_;
  std::optional<StatedAmount> amount_due_;    // the last line stating it
  std::vector<StatedAmount> insurance_paid_;  // lines stating a payment
  std::optional<StatedAmount> insurance_paid_total_;  // the last total of them
  std::vector<BillItem> items_;
  // Letters and codes lines refer to, whose text a legend may give.
  std::set<std::string> referred_notes_;
  std::map<std::string, std::string> note_texts_;  // by letter
  std::string open_note_;  // the letter of the note on the line just above
  int open_note_line_ = 0;
  size_t open_note_column_ = 0;  // where its text starts
  // ReadLabelledPayments() by item: the first amount of each kind.
  std::map<size_t, std::map<ColumnKind, std::string>> labelled_payments_;
};

bool BillReader::Diagnoses(const Line& line, size_t i) const {
  if (line.columns[i] == ColumnKind::kDiagnosis || i >= line.diagnoses_from) {
    return true;
  }
  return LabelBefore(line.tokens, i) == LabelKind::kDiagnosis;
}

std::optional<Mention> BillReader::ReadNdc(const Line& line, size_t i,
                                           LabelKind label) const {
  const BillToken& token = line.tokens[i];
  bool context = label == LabelKind::kNdc ||
                 line.columns[i] == ColumnKind::kNdc ||
                 token.text.rfind("N4", 0) == 0;
  Mention mention;
  mention.token = mention.last = i;
  mention.kind = BillItemKind::kNdc;
  if (token.shape == TokenShape::kNdc) {
    bool dashed_11 = token.text.size() == 13 && token.text[5] == '-';
    if (!context && !dashed_11) return std::nullopt;
    mention.code = token.value;
    return mention;
  }
  if (context && IsDigits(token.text, 11)) {
    mention.code = *bills::ParseNdc(token.text);
    return mention;
  }
  // "NDC 00409 4888 02": an NDC written in three numbers.
  if (label != LabelKind::kNdc || i + 2 >= line.tokens.size()) {
    return std::nullopt;
  }
  std::string joined = token.text + "-" + line.tokens[i + 1].text + "-" +
                       line.tokens[i + 2].text;
  std::optional<std::string> ndc = bills::ParseNdc(joined);
  if (!ndc) return std::nullopt;
  mention.code = *ndc;
  mention.last = i + 2;
  return mention;
}

// The count of "x2" or "×3" as written (a quantity after the code; a
// capital X2 is the modifier), or "".
std::string TimesUnits(std::string_view text) {
  const std::string_view times = "\xC3\x97";  // ×
  size_t sign = 0;
  if (text.substr(0, 1) == "x") sign = 1;
  if (text.substr(0, times.size()) == times) sign = times.size();
  const std::string_view digits = text.substr(sign);
  if (sign == 0 || digits.empty() || digits.size() > 4 ||
      !IsAsciiDigits(digits)) {
    return "";
  }
  const size_t lead = digits.find_first_not_of('0');
  return lead == std::string_view::npos ? "" : std::string(digits.substr(lead));
}

// A count written as a word of its own: TimesUnits(), or with a capital X
// ("J1885 X1" on a bill in capitals). Joined to a code with a hyphen,
// "X1" is the modifier.
std::string SeparateTimesUnits(std::string_view raw) {
  if (raw.size() > 1 && raw[0] == 'X') {
    return TimesUnits("x" + std::string(raw.substr(1)));
  }
  return TimesUnits(raw);
}

// Where a count written onto a code starts ("A4253x2", "J1100×3": a
// small x or a times sign, then digits), or npos.
size_t TimesUnitsAt(std::string_view raw) {
  for (size_t at = 5; at < raw.size(); ++at) {
    if (!TimesUnits(raw.substr(at)).empty()) return at;
  }
  return std::string_view::npos;
}

std::optional<Mention> BillReader::ReadProcedure(const Line& line, size_t i,
                                                 LabelKind label) const {
  const BillToken& token = line.tokens[i];
  const size_t times = TimesUnitsAt(token.raw);
  std::optional<bills::CodeWithModifiers> read =
      bills::ReadProcedureCode(std::string_view(token.text).substr(0, times));
  if (!read) return std::nullopt;
  const bool written_as_code = label == LabelKind::kCode || token.in_parens ||
                               !read->modifiers.empty() ||
                               TickedRightBefore(line.raw, token.start);
  // A ZIP code under a code column is an address line's.
  if (!written_as_code && IsZipCode(line.tokens, i)) return std::nullopt;
  bool strong = written_as_code || line.columns[i] == ColumnKind::kCode;
  if (!strong && IsStreetNumber(line.tokens, i, line.has_money)) {
    return std::nullopt;
  }
  bool known = bills::IsKnownProcedure(read->code, data_);
  bool level2 = std::isalpha(static_cast<unsigned char>(read->code[0])) &&
                read->code[0] != 'D';
  if (level2 && !data_.hcpcs().empty() && !known) {
    // A Level II-shaped number no release holds; in a code column, OCR's
    // reading of a code the data knows ("B7880"), which ReadRepaired reads.
    if (!strong ||
        (read->modifiers.empty() && bills::RepairOcrCode(read->code, data_))) {
      return std::nullopt;
    }
  }
  bool on_billed_line =
      line.has_money || line.in_table || line.amount_on_next_line;
  if (!strong && !on_billed_line && !known) return std::nullopt;
  for (const std::string& modifier : read->modifiers) {
    if (!bills::IsModifier(modifier, data_)) return std::nullopt;
  }
  Mention mention;
  mention.token = mention.last = i;
  mention.code = read->code;
  mention.modifiers = read->modifiers;
  if (times != std::string::npos) {
    mention.units = TimesUnits(token.raw.substr(times));
  }
  return mention;
}

// "J11OO" -> J1100 and "9921 3" -> 99213, in a code column or after a code
// label only, and only to a code the data knows.
std::optional<Mention> BillReader::ReadRepaired(const Line& line, size_t i,
                                                LabelKind label) const {
  if (line.columns[i] != ColumnKind::kCode && label != LabelKind::kCode) {
    return std::nullopt;
  }
  const std::vector<BillToken>& tokens = line.tokens;
  Mention mention;
  mention.token = mention.last = i;
  std::string written = tokens[i].raw;
  std::string text = tokens[i].text;
  // A code split in two: "9921 3", "J 1885".
  if (i + 1 < tokens.size() && line.columns[i + 1] == line.columns[i] &&
      ((text.size() == 4 && tokens[i + 1].text.size() == 1) ||
       (text.size() == 1 && std::isalpha(static_cast<unsigned char>(text[0])) &&
        tokens[i + 1].text.size() == 4))) {
    written += " " + tokens[i + 1].raw;
    text += tokens[i + 1].text;
    mention.last = i + 1;
  }
  if (text.size() != 5) return std::nullopt;
  std::string code = text;
  if (!bills::ReadProcedureCode(text) ||
      !bills::IsKnownProcedure(text, data_)) {
    std::optional<std::string> repaired = bills::RepairOcrCode(text, data_);
    if (!repaired) return std::nullopt;
    code = *repaired;
  } else if (mention.last == i) {
    return std::nullopt;  // nothing to repair
  }
  mention.code = code;
  mention.repaired = "from '" + written + "'";
  return mention;
}

std::optional<Mention> BillReader::ReadDiagnosisAt(const Line& line, size_t i,
                                                   LabelKind label) const {
  const std::string& text = line.tokens[i].text;
  const bool context = Diagnoses(line, i) || label == LabelKind::kDiagnosis;
  bool has_dot = false;
  std::optional<std::string> code = ReadDiagnosis(text, &has_dot);
  Mention mention;
  mention.token = mention.last = i;
  mention.kind = BillItemKind::kDiagnosis;
  // OCR damage where a diagnosis is expected ("E1l.9", "J02.O", "Il0"),
  // read only as a code the data knows.
  if (context && (!code || !bills::IsKnownDiagnosis(*code, data_))) {
    std::string bare = text;
    if (bare.size() > 4 && bare[3] == '.') bare.erase(3, 1);
    if (std::optional<std::string> repaired =
            bills::RepairOcrDiagnosis(bare, data_)) {
      mention.code = DottedDiagnosis(*repaired);
      mention.repaired = "from '" + line.tokens[i].raw + "'";
      return mention;
    }
  }
  if (!code || (!has_dot && !context)) return std::nullopt;
  // A code no loaded edition knows is read only where a diagnosis is
  // expected and written with its dot.
  const bool unknown =
      bills::HasDiagnosisData(data_) && !bills::IsKnownDiagnosis(*code, data_);
  if (unknown && !(context && has_dot)) return std::nullopt;
  mention.code = DottedDiagnosis(*code);
  return mention;
}

std::optional<Mention> BillReader::ReadRevenue(const Line& line, size_t i,
                                               LabelKind label) const {
  const std::string& text = line.tokens[i].text;
  bool context =
      label == LabelKind::kRevenue || line.columns[i] == ColumnKind::kRevenue;
  std::string code;
  if (IsDigits(text, 4) && text[0] == '0' && text[1] != '0') {
    code = text;
  } else if (context && IsDigits(text, 3) && text[0] != '0') {
    code = "0" + text;
  } else if (context && IsDigits(text, 4)) {
    code = text;
  } else {
    return std::nullopt;
  }
  // Unlabelled, a revenue code leads a billed line.
  if (!context && !(line.has_money && i < 3)) return std::nullopt;
  Mention mention;
  mention.token = mention.last = i;
  mention.kind = BillItemKind::kRevenue;
  mention.code = code;
  return mention;
}

std::optional<Mention> BillReader::ReadMention(const Line& line,
                                               size_t i) const {
  const BillToken& token = line.tokens[i];
  LabelKind label = LabelBefore(line.tokens, i);
  // "Acct 12345", "#40021", "Balance 12500", "Statement date 20260105";
  // but "Code #87880".
  if (label == LabelKind::kIdentifier || label == LabelKind::kCharge ||
      label == LabelKind::kOtherDate ||
      (token.before == '#' && label != LabelKind::kCode)) {
    return std::nullopt;
  }
  if (std::optional<Mention> ndc = ReadNdc(line, i, label)) return ndc;
  // A label on the line ("Diagnosis: J02.0") outweighs the column.
  bool labelled = label == LabelKind::kDiagnosis || label == LabelKind::kCode ||
                  label == LabelKind::kRevenue;
  switch (labelled ? ColumnKind::kNone : line.columns[i]) {
    case ColumnKind::kIdentifier:
    case ColumnKind::kCharge:
    case ColumnKind::kDate:
    case ColumnKind::kUnits:
    case ColumnKind::kReason:
      return std::nullopt;
    default:
      if (IsAmountColumn(line.columns[i]) && !labelled) return std::nullopt;
      break;
  }
  if (token.shape == TokenShape::kMoney || token.shape == TokenShape::kDate ||
      token.shape == TokenShape::kPhone ||
      token.shape == TokenShape::kZipPlus4) {
    return std::nullopt;
  }
  if (std::optional<Mention> revenue = ReadRevenue(line, i, label)) {
    return revenue;
  }
  // In a diagnosis context only a code starting with a digit can still be a
  // procedure ("DX X-RAY/CHEST 71046").
  bool diagnoses = (Diagnoses(line, i) || label == LabelKind::kDiagnosis) &&
                   !std::isdigit(static_cast<unsigned char>(token.text[0]));
  if (!diagnoses) {
    if (std::optional<Mention> procedure = ReadProcedure(line, i, label)) {
      return procedure;
    }
  }
  if (std::optional<Mention> diagnosis = ReadDiagnosisAt(line, i, label)) {
    return diagnosis;
  }
  return ReadRepaired(line, i, label);
}

// Modifiers in their own column or words after the code: "99213 25",
// "29881 RT", "Mod: 59".
// Whether token `i`, apart from the code, is a modifier's letters that
// bills write as a word, with words after it: "99284 ER VISIT", "ED
// VISIT", "97110 PT THER EXERCISE" (the modifiers ER, ED and PT exist).
bool AbbreviationBeforeWords(const std::vector<BillToken>& tokens, size_t i) {
  const std::string& text = tokens[i].text;
  if (tokens[i].before == '-' ||
      (text != "ER" && text != "ED" && text != "PT")) {
    return false;
  }
  if (i + 1 >= tokens.size() || tokens[i + 1].shape != TokenShape::kWord) {
    return false;
  }
  const std::string& next = tokens[i + 1].text;
  return next.size() >= 3 &&
         std::all_of(next.begin(), next.begin() + 3, [](char c) {
           return std::isalpha(static_cast<unsigned char>(c)) != 0;
         });
}

void BillReader::ReadModifiersAfter(const Line& line, Mention* mention) const {
  const std::vector<BillToken>& tokens = line.tokens;
  size_t i = mention->last + 1;
  while (i < tokens.size() && mention->modifiers.size() < 4) {
    const BillToken& token = tokens[i];
    bool column = line.columns[i] == ColumnKind::kModifier;
    bool labelled = LabelBefore(tokens, i) == LabelKind::kModifier;
    if (!column && !labelled && token.gap_before && line.in_table) break;
    if (!TimesUnits(token.raw).empty()) break;
    if (!column && !labelled && !SeparateTimesUnits(token.raw).empty()) break;
    bool shaped = token.text.size() == 2 &&
                  std::isalnum(static_cast<unsigned char>(token.text[0])) &&
                  std::isalnum(static_cast<unsigned char>(token.text[1]));
    if (!(column && shaped) && !bills::IsModifier(token.text, data_)) {
      if (bills::LabelKindOf(token.text) == LabelKind::kModifier) {
        ++i;
        continue;
      }
      break;
    }
    if (!column && !labelled && AbbreviationBeforeWords(tokens, i)) break;
    // "99213 25 150.00": two digits before an amount may be the units; not
    // when they follow the code closely and a gap parts them from the
    // amount ("73562 26   $185.00").
    bool before_amount =
        i + 1 < tokens.size() && tokens[i + 1].shape == TokenShape::kMoney;
    bool with_the_code =
        !token.gap_before && before_amount && tokens[i + 1].gap_before;
    bool numeric = std::isdigit(static_cast<unsigned char>(token.text[0]));
    if (!column && !labelled && numeric && before_amount && !with_the_code) {
      break;
    }
    mention->modifiers.push_back(token.text);
    mention->last = i++;
  }
}

// "15 units", "2 QTY".
bool UnitsWordAfter(const std::vector<BillToken>& tokens, size_t i) {
  return tokens[i].shape == TokenShape::kNumber && i + 1 < tokens.size() &&
         bills::LabelKindOf(tokens[i + 1].text) == LabelKind::kUnits;
}

// A letter first, or a zero an OCR read for the O of a word ("0ffice").
bool StartsWithLetter(const BillToken& token) {
  const std::string& text = token.text;
  if (text[0] == '0' && text.size() >= 4) {
    return std::all_of(text.begin() + 1, text.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c));
    });
  }
  return std::isalpha(static_cast<unsigned char>(text[0]));
}

// Whether token `i` (of tokens before `end`) is part of a description:
// words, and numbers or signs between words ("XR CHEST 2 VIEWS", "INJ 10
// MG", "PHARMACY - GENERAL").
bool IsDescriptionWord(const Line& line, size_t i, size_t end) {
  const BillToken& token = line.tokens[i];
  ColumnKind column = line.columns[i];
  if (column != ColumnKind::kDescription && column != ColumnKind::kNone) {
    return false;
  }
  // Under a Description heading, "procedure" or "units" are its words.
  const LabelKind label = column == ColumnKind::kDescription
                              ? LabelKind::kNone
                              : bills::LabelKindOf(token.text);
  switch (label) {
    case LabelKind::kCode:
    case LabelKind::kNdc:
    case LabelKind::kModifier:
    case LabelKind::kRevenue:
    case LabelKind::kUnits:
      return false;
    default:
      break;
  }
  if (token.shape == TokenShape::kWord ||
      (token.shape == TokenShape::kOther && StartsWithLetter(token))) {
    return true;
  }
  bool between =
      token.shape == TokenShape::kNumber || token.shape == TokenShape::kOther;
  if (!between) return false;
  // In a line of cells set apart by gaps, a number in a cell of words is
  // one of them ("LEVEL 4", "0.9% 1000 ML").
  const bool in_cell =
      !token.gap_before && i > 0 &&
      std::any_of(line.tokens.begin() + 1, line.tokens.end(),
                  [](const BillToken& t) { return t.gap_before; });
  if (in_cell && token.text.size() <= 6) return true;
  if (token.text.size() > 4 || i + 1 >= end) return false;
  const BillToken& next = line.tokens[i + 1];
  return !next.gap_before && StartsWithLetter(next);
}

// The first run of description words among tokens [from, to) of `line`,
// as written; it starts with a letter, and ends with a letter or digit
// ("Office visit -" before "CPT 99213" is "Office visit").
std::string DescriptionWords(const Line& line, size_t from, size_t to) {
  std::string words;
  size_t end_of_word = 0;  // of `words`, after its last letter or digit
  for (size_t i = from; i < to; ++i) {
    const BillToken& token = line.tokens[i];
    const bool starts = StartsWithLetter(token);
    if (IsDescriptionWord(line, i, to) && (starts || !words.empty())) {
      if (!words.empty()) words += ' ';
      words += token.raw;
      const bool alnum =
          std::any_of(token.raw.begin(), token.raw.end(), [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return std::isalnum(byte) || byte >= 0x80;  // or UTF-8's letters
          });
      if (alnum) end_of_word = words.size();
    } else if (!words.empty()) {
      break;
    }
  }
  words.resize(end_of_word);
  return words;
}

// The words of a line that is words alone, as written ("ER VISIT LEVEL 4",
// "Service: Office Visit" without its label), or "": the description of
// the code on the line below when that has none. Not a line of other
// labels ("Patient: ..."), nor a document's title ("Itemized Statement").
std::string WordsAlone(const Line& line) {
  static constexpr std::string_view kDescriptionLabels[] = {
      "SERVICE", "DESCRIPTION", "DESC", "PROCEDURE", "TREATMENT", "TEST"};
  static constexpr std::string_view kTitleWords[] = {
      "STATEMENT", "INVOICE", "BILL", "SUMMARY", "EXPLANATION",
      "BENEFITS",  "NOTICE",  "PAGE", "TOTAL",   "BALANCE"};
  const std::vector<BillToken>& tokens = line.tokens;
  if (tokens.empty() || tokens.size() > 8) return "";
  size_t first = 0;
  if (tokens[0].after == ':') {
    if (std::find(std::begin(kDescriptionLabels), std::end(kDescriptionLabels),
                  tokens[0].text) == std::end(kDescriptionLabels)) {
      return "";
    }
    first = 1;
  }
  if (first == tokens.size()) return "";
  for (size_t i = first; i < tokens.size(); ++i) {
    const BillToken& token = tokens[i];
    const bool word =
        token.shape == TokenShape::kWord ||
        (token.shape == TokenShape::kOther && StartsWithLetter(token)) ||
        (token.shape == TokenShape::kNumber && token.text.size() <= 3 &&
         i > first);
    const bool title = std::find(std::begin(kTitleWords), std::end(kTitleWords),
                                 token.text) != std::end(kTitleWords);
    if (!word || title || token.after == ':') return "";
  }
  return std::string(line.raw.substr(tokens[first].start,
                                     tokens.back().end - tokens[first].start));
}

// A date written without separators in a date column: YYYYMMDD, MMDDYY or
// MMDDYYYY -> YYYY-MM-DD (no month is 19 or 20); "" for anything else.
std::string CompactDate(const std::string& text) {
  if (!IsDigits(text, 6) && !IsDigits(text, 8)) return "";
  if (text.size() == 8 &&
      (text.rfind("19", 0) == 0 || text.rfind("20", 0) == 0)) {
    return bills::ParseBillDate(text.substr(0, 4) + "-" + text.substr(4, 2) +
                                "-" + text.substr(6))
        .value_or("");
  }
  std::string dashed =
      text.substr(0, 2) + "/" + text.substr(2, 2) + "/" + text.substr(4);
  return bills::ParseBillDate(dashed).value_or("");
}

// "3", "003", "1.00", "12.0" -> "3", "3", "1", "12"; "15.5" stays; "" for
// anything that is no count.
std::string UnitsOf(const std::string& text) {
  size_t point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string fraction =
      point == std::string::npos ? "" : text.substr(point + 1);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  if (!IsAsciiDigits(whole) || whole.size() > 5 ||
      (!fraction.empty() && !IsAsciiDigits(fraction))) {
    return "";
  }
  size_t lead = whole.find_first_not_of('0');
  whole = lead == std::string::npos ? "0" : whole.substr(lead);
  if (whole == "0" && fraction.empty()) return "";
  return fraction.empty() ? whole : whole + "." + fraction;
}

// The amount of a number or money token in cents; nullopt for others.
std::optional<long long> TokenCents(const BillToken& token) {
  if (token.shape != TokenShape::kNumber && token.shape != TokenShape::kMoney) {
    return std::nullopt;
  }
  const std::optional<std::string> money = bills::ParseMoney(
      token.shape == TokenShape::kMoney ? token.value : token.text);
  if (!money || (*money)[0] == '-') return std::nullopt;
  const size_t point = money->find('.');
  return std::stoll(money->substr(0, point)) * 100 +
         std::stoll(money->substr(point + 1));
}

// A quantity, its price and their product among tokens [from, to) ("2.00
// 12.00 24.00", "2 @ $12.00 $24.00", as invoices write them without
// columns): the quantity is the units and the product the charge.
void TakeQuantityTimesPrice(const std::vector<BillToken>& tokens, size_t from,
                            size_t to, BillItem* item) {
  std::vector<std::pair<size_t, long long>> numbers;  // token, cents
  for (size_t i = from; i < to; ++i) {
    if (const std::optional<long long> cents = TokenCents(tokens[i])) {
      numbers.emplace_back(i, *cents);
    }
  }
  for (size_t n = 0; n + 2 < numbers.size(); ++n) {
    const long long quantity = numbers[n].second;
    const long long price = numbers[n + 1].second;
    const long long total = numbers[n + 2].second;
    if (quantity <= 0 || price <= 0 || quantity > 100000 ||
        std::llabs(quantity * price - total * 100) > 100) {
      continue;
    }
    item->units = UnitsOf(tokens[numbers[n].first].text);
    item->charge = AmountText(total);
    return;
  }
}

// Keeps token `i` of `line` in `amounts` when it is an amount in one of an
// EOB's amount columns (allowed, paid, a share...), the first of each.
void TakeColumnAmount(const Line& line, size_t i,
                      std::map<ColumnKind, std::string>* amounts) {
  const BillToken& token = line.tokens[i];
  if (token.shape == TokenShape::kMoney &&
      line.columns[i] != ColumnKind::kMoney &&
      IsAmountColumn(line.columns[i])) {
    amounts->emplace(line.columns[i], token.value);
  }
}

// What the plan paid, to the provider and to the patient, in cents (a
// statement writes it as a credit: "-600.00").
long long PaidCents(std::map<ColumnKind, std::string>& amounts) {
  return std::llabs(CentsOf(amounts[ColumnKind::kPaid])) +
         std::llabs(CentsOf(amounts[ColumnKind::kPaidToPatient]));
}

// What the provider must write off by contract for the line: the charge
// less the allowed amount, or, without one, less what the plan paid and
// the patient's share ("Charge: $165.00  Insurance Paid: $98.12
// Adjustment: -$41.88  Patient Responsibility: $25.00"). -1 when the line
// does not tell.
long long UnpaidRest(std::map<ColumnKind, std::string>& amounts,
                     const BillItem& item) {
  const long long charge = CentsOf(item.charge);
  if (!item.allowed.empty()) return charge - CentsOf(item.allowed);
  if (item.paid.empty()) return -1;
  long long share = CentsOf(amounts[ColumnKind::kPatientShare]);
  if (amounts[ColumnKind::kPatientShare].empty()) {
    for (ColumnKind part : {ColumnKind::kDeductible, ColumnKind::kCoinsurance,
                            ColumnKind::kCopay}) {
      share += CentsOf(amounts[part]);
    }
  }
  return charge - CentsOf(item.paid) - share;
}

// A practice ledger's patient share, which it does not state: with the
// patient's payments beside the plan's ("Allowed Amt  Ins Paid  Pt Paid"),
// what the plan allowed less what it paid. "" for other tables, and when
// the plan paid more than it allowed.
std::string LedgerShare(std::map<ColumnKind, std::string>& amounts,
                        const BillItem& item) {
  if (amounts[ColumnKind::kPatientPaid].empty() || item.allowed.empty() ||
      item.paid.empty()) {
    return "";
  }
  const long long share = CentsOf(item.allowed) - CentsOf(item.paid);
  return share >= 0 ? AmountText(share) : "";
}

// What an Explanation of Benefits' columns say of the line: allowed and
// paid, a network discount as a contractual write-off ("CO-45", beside
// another of these amounts; a ledger's adjustment too, when it is the
// charge less the allowed amount), and the patient's share as "PR" adjustments
// (deductible 1, coinsurance 2, copay 3, and what the whole share adds to
// those). On a statement's line still pending with the insurer, a share of
// nothing is no decision, and is not kept.
void TakePayment(std::map<ColumnKind, std::string>& amounts, BillItem* item) {
  item->allowed = amounts[ColumnKind::kAllowed];
  const std::string& pending = amounts[ColumnKind::kPending];
  if (CentsOf(pending) > 0) item->pending = pending;
  // A statement writes the plan's payment as a credit: "-600.00".
  const std::string& to_patient = amounts[ColumnKind::kPaidToPatient];
  if (!amounts[ColumnKind::kPaid].empty() || !to_patient.empty()) {
    item->paid = AmountText(PaidCents(amounts));
  }
  if (CentsOf(to_patient) != 0) {
    item->paid_to_patient = AmountText(std::llabs(CentsOf(to_patient)));
  }
  const std::string& discount = amounts[ColumnKind::kDiscount];
  const bool decided =
      std::any_of(amounts.begin(), amounts.end(), [](const auto& amount) {
        return amount.first != ColumnKind::kDiscount &&
               amount.first != ColumnKind::kPending &&
               amount.first != ColumnKind::kPatientPaid &&
               !amount.second.empty();
      });
  if (decided && CentsOf(discount) > 0) {
    item->adjustments.push_back({"CO", "45", discount});
  }
  const long long written_off =
      std::llabs(CentsOf(amounts[ColumnKind::kAdjustment]));
  if (discount.empty() && written_off > 0 &&
      written_off == UnpaidRest(amounts, *item)) {
    item->adjustments.push_back({"CO", "45", AmountText(written_off)});
  }
  const std::pair<ColumnKind, const char*> parts[] = {
      {ColumnKind::kDeductible, "1"},
      {ColumnKind::kCoinsurance, "2"},
      {ColumnKind::kCopay, "3"}};
  long long counted = 0;
  for (const auto& [kind, reason] : parts) {
    const std::string& amount = amounts[kind];
    if (amount.empty() || CentsOf(amount) == 0) continue;
    item->adjustments.push_back({"PR", reason, amount});
    counted += CentsOf(amount);
  }
  std::string share = amounts[ColumnKind::kPatientShare];
  if (share.empty() && counted == 0) share = LedgerShare(amounts, *item);
  if (share.empty() || (!item->pending.empty() && CentsOf(share) == 0)) return;
  const long long rest = CentsOf(share) - counted;
  if (rest < 0 || (rest == 0 && !item->adjustments.empty())) return;
  item->adjustments.push_back({"PR", "", AmountText(rest)});
}

// Whether an EOB's amounts for a line can be that line's: none above its
// charge, and what the plan paid and the patient's share together not
// either. A bill's totals ("Your insurance paid $2,604.12 · You owe
// $463.50") below its last line are not.
bool FitsCharge(std::map<ColumnKind, std::string>& amounts,
                const std::string& charge) {
  const long long most = CentsOf(charge);
  long long share = CentsOf(amounts[ColumnKind::kPatientShare]);
  if (share == 0) {
    for (ColumnKind part : {ColumnKind::kDeductible, ColumnKind::kCoinsurance,
                            ColumnKind::kCopay}) {
      share += CentsOf(amounts[part]);
    }
  }
  if (most <= 0 || PaidCents(amounts) + share > most) {
    return false;
  }
  return std::all_of(amounts.begin(), amounts.end(), [&](const auto& amount) {
    return CentsOf(amount.second) <= most;
  });
}

bool AllDigits(std::string_view text, size_t most) {
  return !text.empty() && text.size() <= most &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c));
         });
}

// A Claim Adjustment Reason Code's shape: "45", "B7", "W1".
bool IsReasonCode(std::string_view text) {
  if (AllDigits(text, 3)) return true;
  return text.size() >= 2 &&
         std::isupper(static_cast<unsigned char>(text[0])) &&
         AllDigits(text.substr(1), 2);
}

// A letter ("A") or the payer's own code ("PDC", "X2", "A12B"): up to
// three capital letters, or four capitals and digits; not a word such as
// "PAID". Its words are in a legend on the notice.
bool IsPayerNoteRef(std::string_view text) {
  const auto upper = [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) != 0;
  };
  const auto digit = [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  };
  const size_t letters = std::count_if(text.begin(), text.end(), upper);
  const size_t digits = std::count_if(text.begin(), text.end(), digit);
  return letters > 0 && letters + digits == text.size() &&
         text.size() <= (digits > 0 ? 4u : 3u);
}

// A code of an EOB's reason or remark column: "CO-45" or "CO45" (group and
// Claim Adjustment Reason Code), "45" or "B7" (a reason billcode knows
// the words of), "N130", "M127" or "MA130" (remark codes); a letter or the
// payer's own code ("A", "PDC") is a note, kept when the notice's legend
// gives its words (ReadNoteText). A reason the line's amounts already give
// is not repeated.
void TakeReason(const std::string& text, BillItem* item) {
  std::string group, reason;
  for (const char* name : {"CO", "PR", "OA", "PI", "CR"}) {
    std::string_view rest(text);
    if (rest.substr(0, 2) != name) continue;
    rest.remove_prefix(rest.size() > 2 && rest[2] == '-' ? 3 : 2);
    if (IsReasonCode(rest)) {
      group = name;
      reason = std::string(rest);
    }
  }
  const std::string_view view(text);
  if (group.empty()) {
    if ((view.substr(0, 2) == "MA" && AllDigits(view.substr(2), 3)) ||
        ((view[0] == 'N' || view[0] == 'M') && AllDigits(view.substr(1), 3))) {
      item->remarks.push_back(text);
      return;
    }
    if (!IsReasonCode(view) || AdjustmentReasonMeaning(text).empty()) {
      // Its text comes later, if at all.
      if (IsPayerNoteRef(view)) item->payer_notes.push_back({text, ""});
      return;
    }
    reason = text;
  }
  for (const BillAdjustment& adjustment : item->adjustments) {
    if (adjustment.reason == reason) return;
  }
  item->adjustments.push_back({group, reason, ""});
}

// Whether the last mention of `mentions[m]`'s kind before token `i` is
// another one.
bool FollowsAnotherCode(const std::vector<Mention>& mentions, size_t m,
                        size_t i) {
  for (size_t n = mentions.size(); n-- > 0;) {
    if (mentions[n].kind == mentions[m].kind && mentions[n].last < i) {
      return n != m;
    }
  }
  return false;
}

// Units, charge, description and date of mention `m` from its line.
void BillReader::FillFromLine(const Line& line,
                              const std::vector<Mention>& mentions, size_t m,
                              BillItem* item) const {
  const std::vector<BillToken>& tokens = line.tokens;
  const Mention& mention = mentions[m];
  item->units = mention.units;
  // Its values run to the next code; an NDC written with it, and the
  // line's revenue code (AddItems), are part of it.
  size_t end = tokens.size();
  for (size_t next = m + 1; next < mentions.size(); ++next) {
    const BillItemKind kind = mentions[next].kind;
    const bool part =
        kind == BillItemKind::kNdc || (kind == BillItemKind::kRevenue &&
                                       mention.kind != BillItemKind::kRevenue);
    if (!part) {
      end = mentions[next].token;
      break;
    }
  }
  size_t first_money = tokens.size();
  std::map<ColumnKind, std::string> payment;  // amounts of an EOB's columns
  std::vector<std::string> reasons;           // and its reason codes
  bool charge_in_column = false;
  for (size_t i = mention.last + 1; i < end; ++i) {
    charge_in_column =
        charge_in_column || (tokens[i].shape == TokenShape::kMoney &&
                             line.columns[i] == ColumnKind::kCharge);
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const BillToken& token = tokens[i];
    bool in_range = i > mention.last && i < end;
    if (token.shape == TokenShape::kDate && item->date_of_service.empty() &&
        LabelBefore(tokens, i) != LabelKind::kOtherDate) {
      item->date_of_service = token.value;
    }
    if (line.columns[i] == ColumnKind::kDate && item->date_of_service.empty()) {
      item->date_of_service = CompactDate(token.text);
    }
    // What follows another code of the line is that code's: "84443, 84439
    // $120.00" is one charge, 84439's.
    if (i > mention.last && FollowsAnotherCode(mentions, m, i)) continue;
    if (line.columns[i] == ColumnKind::kCharge && item->charge.empty() &&
        token.shape == TokenShape::kNumber && i + 1 < tokens.size() &&
        IsDigits(tokens[i + 1].text, 2) &&
        line.columns[i + 1] == ColumnKind::kCharge) {
      // A printed UB-04 writes dollars and cents in two boxes: "845 00".
      item->charge = token.text + "." + tokens[i + 1].text;
      first_money = std::min(first_money, i);
    }
    // An amount labelled as paid, allowed or owed ("Plan paid $73.63").
    const ColumnKind labelled = in_range && line.columns[i] == ColumnKind::kNone
                                    ? bills::PaymentLabelBefore(tokens, i)
                                    : ColumnKind::kNone;
    if (labelled != ColumnKind::kNone) payment.emplace(labelled, token.value);
    // An amount in the charge column, or in no column when the line has
    // none there: not "1.00" units, a rate, nor what was allowed or paid.
    const bool charge_column =
        line.columns[i] == ColumnKind::kCharge ||
        (line.columns[i] == ColumnKind::kNone && !charge_in_column &&
         labelled == ColumnKind::kNone);
    if (token.shape == TokenShape::kMoney && item->charge.empty() &&
        charge_column &&
        (in_range || line.columns[i] == ColumnKind::kCharge ||
         LabelBefore(tokens, i) == LabelKind::kCharge)) {
      item->charge = token.value;
      first_money = std::min(first_money, i);
    }
    TakeColumnAmount(line, i, &payment);
    if (line.columns[i] == ColumnKind::kReason) reasons.push_back(token.text);
    bool units_here = line.columns[i] == ColumnKind::kUnits ||
                      LabelBefore(tokens, i) == LabelKind::kUnits ||
                      UnitsWordAfter(tokens, i);
    bool units_column = line.columns[i] == ColumnKind::kUnits;
    if (units_here && item->units.empty() && (in_range || units_column)) {
      item->units = UnitsOf(token.text);
    }
    // OCR's "l" or "I" for 1, alone in the units column.
    if (units_column && item->units.empty() &&
        (token.text == "L" || token.text == "I")) {
      item->units = "1";
    }
    // "X4" under a Remarks heading is the payer's code, not 4 units.
    if (in_range && item->units.empty() &&
        line.columns[i] != ColumnKind::kReason) {
      item->units = SeparateTimesUnits(token.raw);
    }
    // "× 2", "x 2": the sign apart from its count.
    const bool times_sign = token.raw == "x" || token.raw == "\xC3\x97";
    if (in_range && item->units.empty() && times_sign && i + 1 < end &&
        tokens[i + 1].shape == TokenShape::kNumber) {
      item->units = UnitsOf(tokens[i + 1].text);
    }
  }
  TakePayment(payment, item);
  for (const std::string& reason : reasons) TakeReason(reason, item);
  // Unlabelled units: a small number right before the amount, on a line
  // outside a table or in one whose headings give no columns but amounts
  // (a single-spaced header's).
  const bool has_word_columns = std::any_of(
      line.columns.begin(), line.columns.end(), [](ColumnKind kind) {
        return kind != ColumnKind::kNone && kind != ColumnKind::kCharge &&
               !IsAmountColumn(kind);
      });
  if (!has_word_columns) {
    TakeQuantityTimesPrice(tokens, mention.last + 1, end, item);
  }
  if (item->units.empty() && first_money < tokens.size() &&
      first_money > mention.last + 1 && !has_word_columns) {
    const BillToken& before = tokens[first_money - 1];
    // Not the number a word names: "ER VISIT LEVEL 4", "TYPE 2".
    static constexpr std::string_view kNumberedWords[] = {
        "LEVEL", "LVL", "LEV", "TYPE", "STAGE", "GRADE", "TIER", "CLASS"};
    const std::string_view word = tokens[first_money - 2].text;
    const bool numbered =
        std::find(std::begin(kNumberedWords), std::end(kNumberedWords), word) !=
        std::end(kNumberedWords);
    if (before.shape == TokenShape::kNumber && before.text.size() <= 3 &&
        !numbered) {
      item->units = UnitsOf(before.text);
    }
  }
  // The description: the words after the code, else those before it.
  // "Office visit (99213)": a code in parentheses follows its words.
  size_t from = m > 0 ? mentions[m - 1].last + 1 : 0;
  std::string words;
  if (tokens[mention.token].in_parens) {
    words = DescriptionWords(line, from, mention.token);
  }
  if (words.empty()) words = DescriptionWords(line, mention.last + 1, end);
  if (words.empty()) words = DescriptionWords(line, from, mention.token);
  item->description = words;
}

void BillReader::AddItems(const Line& line,
                          const std::vector<Mention>& mentions,
                          const std::string& above) {
  pending_.clear();
  size_t procedures = 0, ndcs = 0;
  std::string revenue;
  for (const Mention& mention : mentions) {
    procedures += mention.kind == BillItemKind::kProcedure;
    ndcs += mention.kind == BillItemKind::kNdc;
    if (mention.kind == BillItemKind::kRevenue) revenue = mention.code;
  }
  // What the line bills: its procedure codes, else its drug (NDC). The
  // line's revenue code, and a drug beside a procedure, belong to it.
  std::optional<BillItemKind> service;
  if (procedures > 0) {
    service = BillItemKind::kProcedure;
  } else if (ndcs > 0) {
    service = BillItemKind::kNdc;
  }
  size_t last_procedure = items_.size();
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& mention = mentions[m];
    const bool attaches = (service && mention.kind == BillItemKind::kRevenue) ||
                          (service == BillItemKind::kProcedure &&
                           mention.kind == BillItemKind::kNdc);
    if (attaches) {
      if (mention.kind == BillItemKind::kNdc &&
          last_procedure < items_.size()) {
        items_[last_procedure].ndc = mention.code;
      }
      continue;
    }
    BillItem item;
    item.line = line.number;
    item.text = line.text;
    item.kind = mention.kind;
    item.code = mention.code;
    item.modifiers = mention.modifiers;
    item.repaired = mention.repaired;
    if (mention.kind != BillItemKind::kDiagnosis) {
      FillFromLine(line, mentions, m, &item);
      ReferToNotes(item);
      if (item.description.empty()) item.description = above;
      if (item.date_of_service.empty()) {
        item.date_of_service = carried_date_;
      } else {
        carried_date_ = item.date_of_service;
      }
      pending_.push_back(items_.size());
    }
    if (mention.kind == service) item.revenue_code = revenue;
    if (mention.kind == BillItemKind::kProcedure) {
      last_procedure = items_.size();
    }
    items_.push_back(std::move(item));
  }
}

// The lines read may add up to the last total (subtotals, then a grand
// total), to all totals (a total per claim), or to all but the last; with
// or without the rows billed without a code.
std::optional<std::string> BillReader::StatedTotalNote(
    const std::vector<BillItem>& items) const {
  if (stated_totals_.empty()) return std::nullopt;
  long long coded = 0;
  for (const BillItem& item : items) {
    const bool total =
        item.kind == BillItemKind::kRevenue && IsTotalChargesCode(item.code);
    if (!item.charge.empty() && !total) coded += bills::CentsOf(item.charge);
  }
  long long uncoded = 0;
  for (int line : uncoded_lines_) {
    const auto row = row_charges_.find(line);
    if (row != row_charges_.end()) uncoded += row->second;
  }
  long long all = 0;
  for (const auto& total : stated_totals_) all += total.second;
  const auto [line, last] = stated_totals_.back();
  for (const long long read : {coded, coded + uncoded}) {
    if (read == last || read == all || read == all - last) return std::nullopt;
  }
  if (coded <= 0) return std::nullopt;
  return "The bill's own total of charges, " + bills::DollarText(last) +
         " (line " + std::to_string(line) +
         "), is not the sum of the charges billcode read from its coded "
         "lines, " +
         bills::DollarText(coded) +
         ": the total may include tax or lines without a code, or a line was "
         "missed, misread or read twice. Compare the lines below with the "
         "bill.";
}

std::optional<StatedSum> BillReader::InsurancePaid() const {
  if (insurance_paid_total_) {
    return StatedSum{{insurance_paid_total_->line},
                     insurance_paid_total_->cents};
  }
  if (insurance_paid_.empty()) return std::nullopt;
  StatedSum sum;
  for (const StatedAmount& paid : insurance_paid_) {
    sum.lines.push_back(paid.line);
    sum.cents += paid.cents;
  }
  return sum;
}

bool BillReader::ContinuesDescription(const Line& line) {
  if (!header_ || !header_->aligned || items_.empty() ||
      items_.back().line != line.number - 1 ||
      items_.back().description.empty()) {
    return false;
  }
  for (size_t i = 0; i < line.tokens.size(); ++i) {
    if (line.columns[i] != ColumnKind::kDescription ||
        !IsDescriptionWord(line, i, line.tokens.size())) {
      return false;
    }
  }
  const std::string words = DescriptionWords(line, 0, line.tokens.size());
  if (words.empty()) return false;
  items_.back().description += " " + words;
  return true;
}

// Whether a date on a line without codes dates the services: not one
// labelled as another date ("Statement date", "Due") or as a document's
// ("Invoice date"), except a visit's ("Visit on 11/03/2026").
bool IsServiceDate(const std::vector<BillToken>& tokens, size_t i,
                   LabelKind label) {
  if (label == LabelKind::kOtherDate) return false;
  if (label != LabelKind::kIdentifier) return true;
  for (size_t back = 1; back <= 4 && back <= i; ++back) {
    const std::string& word = tokens[i - back].text;
    if (word == "VISIT" || word == "ENCOUNTER") return true;
  }
  return false;
}

// "DIAGNOSIS CODES:", "Dx:": a heading for the diagnoses on the lines below
// it (a diagnosis label first, nothing after it but labels).
bool IsDiagnosisHeading(const std::vector<BillToken>& tokens) {
  if (tokens.empty() || tokens.size() > 4 ||
      bills::LabelKindOf(tokens.front().text) != LabelKind::kDiagnosis) {
    return false;
  }
  return std::all_of(tokens.begin(), tokens.end(), [](const BillToken& t) {
    return bills::LabelKindOf(t.text) != LabelKind::kNone;
  });
}

bool IsTotalWord(std::string_view word) {
  return word == "TOTAL" || word == "TOTALS" || word == "SUBTOTAL" ||
         word == "BALANCE" || word == "DUE" || word == "AMOUNT" ||
         word == "YOUR" || word == "PAYMENT" || word == "PAYMENTS" ||
         word == "ADJUSTMENT" || word == "ADJUSTMENTS";
}

// Whether a line is a total: "Total", "Totals", "Subtotal" among its words.
bool IsTotalLine(const std::vector<BillToken>& tokens) {
  return std::any_of(tokens.begin(), tokens.end(), [](const BillToken& token) {
    return token.text == "TOTAL" || token.text == "TOTALS" ||
           token.text == "SUBTOTAL";
  });
}

void BillReader::AddCodelessPayments(const Line& line) {
  if (!line.has_money || IsTotalLine(line.tokens)) return;
  std::map<ColumnKind, std::string> amounts;
  for (size_t i = 0; i < line.tokens.size(); ++i) {
    TakeColumnAmount(line, i, &amounts);
  }
  codeless_paid_ += PaidCents(amounts);
  codeless_share_ +=
      std::llabs(bills::CentsOf(amounts[ColumnKind::kPatientShare]));
}

// Whether a line ends the wrapped line above it: indented, with an amount
// and no date ("          and further sequences      $3,200.00"), or a
// line of amounts alone (a patient portal's "$2,150.00" below the service).
bool EndsWrappedLine(const std::vector<BillToken>& tokens) {
  if (tokens.empty() || IsTotalWord(tokens.front().text)) return false;
  bool only_amounts = std::all_of(
      tokens.begin(), tokens.end(),
      [](const BillToken& t) { return t.shape == TokenShape::kMoney; });
  if (tokens.front().start == 0 && !only_amounts) return false;
  bool money = false;
  for (const BillToken& token : tokens) {
    if (token.shape == TokenShape::kDate) return false;
    money = money || token.shape == TokenShape::kMoney;
  }
  return money;
}

// Whether a line tells what was paid or is owed ("Please pay this amount",
// "Balance due", "Payments and adjustments"): its amount is no line's
// charge.
bool TellsPaidOrOwed(const std::vector<BillToken>& tokens) {
  static constexpr std::string_view kWords[] = {
      "ADJUSTMENT", "ADJUSTMENTS", "ALLOWANCE",      "ALLOWED",
      "BALANCE",    "COINSURANCE", "COPAY",          "CREDIT",
      "CREDITS",    "DEDUCTIBLE",  "DISCOUNT",       "DUE",
      "OWE",        "OWED",        "PAID",           "PAY",
      "PAYMENT",    "PAYMENTS",    "RESPONSIBILITY", "RESPONSIBLE"};
  return std::any_of(tokens.begin(), tokens.end(), [](const BillToken& token) {
    return IsWord(token) && std::find(std::begin(kWords), std::end(kWords),
                                      token.text) != std::end(kWords);
  });
}

// The charge of a line that gives the bill's total of charges ("TOTAL
// CHARGES: 7,573.00", "Totals  $799.00  $462.19 ...", "Total for this
// claim  $458.00 ..."): a total's word, then only words of charges before
// its first amount, which is above zero; the amount under the charge
// heading, else that first one. Not a total paid, allowed or owed.
std::optional<std::string> StatedTotalOf(const Line& line) {
  static constexpr std::string_view kChargeWords[] = {
      "ALL",     "AMOUNT",   "AMOUNTS",   "BILLED",   "CHARGE", "CHARGED",
      "CHARGES", "CLAIM",    "ESTIMATED", "EXPECTED", "FOR",    "GRAND",
      "OF",      "SERVICES", "THE",       "THIS",     "VISIT"};
  const std::vector<BillToken>& tokens = line.tokens;
  bool total = false;
  std::string first, charged;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const BillToken& token = tokens[i];
    if (token.shape == TokenShape::kMoney) {
      if (first.empty()) first = token.value;
      if (charged.empty() && line.columns[i] == ColumnKind::kCharge) {
        charged = token.value;
      }
      continue;
    }
    if (!first.empty()) continue;  // a remark after the amounts
    if (token.text == "TOTAL" || token.text == "TOTALS" ||
        token.text == "SUBTOTAL") {
      total = true;
    } else if (token.shape == TokenShape::kWord &&
               std::find(std::begin(kChargeWords), std::end(kChargeWords),
                         token.text) == std::end(kChargeWords)) {
      return std::nullopt;
    }
  }
  const std::string& charge = charged.empty() ? first : charged;
  if (!total || charge.empty() || charge[0] == '-' || charge == "0.00") {
    return std::nullopt;
  }
  return charge;
}

// The values of `line`, a line without codes, when it is such a row: words
// and an amount billed above zero (in the charge column, else its first
// amount), and not a total, a tax, a labelled amount ("Member rate:
// $72.10") nor what was paid or is owed.
std::optional<CodelessRow> CodelessRowOf(const Line& line) {
  const std::vector<BillToken>& tokens = line.tokens;
  const bool total_or_label =
      std::any_of(tokens.begin(), tokens.end(), [](const BillToken& token) {
        return IsTotalWord(token.text) || token.text == "TAX" ||
               token.after == ':';
      });
  if (!line.has_money || total_or_label || TellsPaidOrOwed(tokens)) {
    return std::nullopt;
  }
  const bool charge_column =
      std::find(line.columns.begin(), line.columns.end(),
                ColumnKind::kCharge) != line.columns.end();
  CodelessRow row;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const BillToken& token = tokens[i];
    if (token.shape == TokenShape::kMoney && row.charge.empty() &&
        (!charge_column || line.columns[i] == ColumnKind::kCharge)) {
      row.charge = token.value;
    }
    if (line.columns[i] == ColumnKind::kUnits &&
        token.shape == TokenShape::kNumber && row.units.empty()) {
      row.units = UnitsOf(token.text);
    }
    TakeColumnAmount(line, i, &row.payment);
    if (line.columns[i] == ColumnKind::kReason) {
      row.reasons.push_back(token.text);
    }
  }
  row.description = DescriptionWords(line, 0, tokens.size());
  const bool charged =
      !row.charge.empty() && row.charge[0] != '-' && row.charge != "0.00";
  if (!charged || row.description.empty()) return std::nullopt;
  row.line = line.number;
  return row;
}

// A line without codes: a labelled charge, units or date for the codes of
// the lines just above ("Amount billed: $150.00"), the end of a wrapped
// line (indented, with the amount), or a service date for the lines below.
bool BillReader::ReadLabelledValues(const Line& line) {
  const std::vector<BillToken>& tokens = line.tokens;
  const bool wrapped = EndsWrappedLine(tokens);
  const bool paid_or_owed = TellsPaidOrOwed(tokens);
  // A table's total row is no charge of the row above (whose own amount
  // may be unreadable).
  const bool total_row = line.in_table && IsTotalLine(tokens);
  bool charged = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const BillToken& token = tokens[i];
    LabelKind label = LabelBefore(tokens, i);
    if (token.shape == TokenShape::kDate && IsServiceDate(tokens, i, label)) {
      bool labelled = label == LabelKind::kServiceDate;
      carried_date_ = token.value;
      for (size_t item : pending_) {
        if (items_[item].date_of_service.empty() && labelled) {
          items_[item].date_of_service = token.value;
        }
      }
    }
    bool charge = label == LabelKind::kCharge ||
                  line.columns[i] == ColumnKind::kCharge || wrapped;
    // "Billed: $210.00   Allowed: $118.22   Paid by plan: $94.58": its
    // own label names a charge even among payments.
    const bool labelled_charge =
        i > 0 && tokens[i - 1].after == ':' &&
        (tokens[i - 1].text == "BILLED" || tokens[i - 1].text == "CHARGE" ||
         tokens[i - 1].text == "CHARGES" || tokens[i - 1].text == "CHARGED");
    if (token.shape == TokenShape::kMoney && charge && !total_row &&
        (!paid_or_owed || labelled_charge) && token.value[0] != '-') {
      for (size_t item : pending_) {
        if (items_[item].charge.empty()) {
          items_[item].charge = token.value;
          charged = true;
          break;
        }
      }
    }
    bool units = label == LabelKind::kUnits ||
                 line.columns[i] == ColumnKind::kUnits ||
                 UnitsWordAfter(tokens, i);
    if (units && token.shape == TokenShape::kNumber) {
      for (size_t item : pending_) {
        if (items_[item].units.empty())
          items_[item].units = UnitsOf(token.text);
      }
    }
  }
  return charged;
}

// The letters of an item's notes, and its remark and reason codes: an EOB
// may give their text in its own words below ("N9  This service is not
// covered under your plan").
void BillReader::ReferToNotes(const BillItem& item) {
  for (const BillNote& note : item.payer_notes)
    referred_notes_.insert(note.ref);
  for (const std::string& remark : item.remarks) referred_notes_.insert(remark);
  for (const BillAdjustment& adjustment : item.adjustments) {
    if (adjustment.group.empty() && adjustment.amount.empty()) {
      referred_notes_.insert(adjustment.reason);
    }
  }
}

bool BillReader::ReadNoteText(const Line& line) {
  const std::vector<BillToken>& tokens = line.tokens;
  if (!open_note_.empty() && line.number == open_note_line_ + 1 &&
      tokens.front().start == open_note_column_) {
    note_texts_[open_note_] += " " + line.text;
    open_note_line_ = line.number;
    return true;
  }
  open_note_.clear();
  const std::string& ref = tokens.front().raw;
  // "A  text", "A. text", "PDC: text" or "PDC - text".
  const size_t text = tokens.size() > 2 && tokens[1].raw == "-" ? 2 : 1;
  const bool set_apart =
      tokens.size() > text + 1 &&
      (text == 2 || tokens[1].gap_before || tokens.front().after == '.' ||
       tokens.front().after == ':');
  if (!set_apart || referred_notes_.count(ref) == 0) return false;
  note_texts_[ref] = std::string(
      TrimAsciiSpace(std::string_view(line.raw).substr(tokens[text].start)));
  open_note_ = ref;
  open_note_line_ = line.number;
  open_note_column_ = tokens[text].start;
  return true;
}

bool BillReader::ReadLabelledPayments(const Line& line) {
  const std::vector<BillToken>& tokens = line.tokens;
  const bool total_or_dated =
      IsTotalLine(tokens) ||
      std::any_of(tokens.begin(), tokens.end(), [](const BillToken& token) {
        return token.shape == TokenShape::kDate;
      });
  size_t amounts = 0;
  bool each_labelled = true;  // "Allowed: $118.22   Paid by plan: $94.58"
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].shape != TokenShape::kMoney) continue;
    ++amounts;
    each_labelled = each_labelled && i > 0 && tokens[i - 1].after == ':';
  }
  // One label and amount to a line, as blocks are written, or amounts
  // each after its own label.
  if (pending_.size() != 1 || total_or_dated || amounts == 0 ||
      (amounts > 1 && !each_labelled)) {
    return false;
  }
  bool took = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (line.columns[i] != ColumnKind::kNone ||
        tokens[i].shape != TokenShape::kMoney) {
      continue;
    }
    // A credit is an adjustment's only: "Adjustment: -$41.88".
    const ColumnKind kind = bills::PaymentLabelBefore(tokens, i);
    if (kind != ColumnKind::kNone &&
        (tokens[i].value[0] != '-' || kind == ColumnKind::kAdjustment)) {
      labelled_payments_[pending_[0]].emplace(kind, tokens[i].value);
      took = true;
    }
  }
  return took;
}

void BillReader::ReadStatedAmounts(const Line& line, bool for_line_above) {
  if (std::optional<std::string> due =
          bills::AmountDueOf(line.tokens, for_line_above)) {
    amount_due_ = StatedAmount{line.number, bills::CentsOf(*due)};
  }
  std::optional<std::string> paid = bills::InsurancePaidOf(line.tokens);
  if (!paid || for_line_above) return;
  const StatedAmount stated{line.number, bills::CentsOf(*paid)};
  if (IsTotalLine(line.tokens)) {
    insurance_paid_total_ = stated;
  } else {
    insurance_paid_.push_back(stated);
  }
}

void BillReader::Read(int number, std::string_view text,
                      std::string_view next) {
  const std::string above = std::exchange(words_above_, std::string());
  const std::optional<CodelessRow> row_above =
      std::exchange(row_above_, std::nullopt);
  Line line;
  line.number = number;
  line.raw = text;
  line.text = std::string(TrimAsciiSpace(text));
  line.tokens = bills::TokenizeBillLine(text);
  if (line.tokens.empty()) {
    header_above_ = false;
    header_fading_ = true;
    diagnosis_block_ = false;
    pending_.clear();
    return;
  }
  if (std::optional<ColumnHeader> header =
          bills::ReadColumnHeader(line.tokens)) {
    // Headings written on two lines ("Amount" over "Billed").
    std::optional<ColumnHeader> stacked =
        header_above_ ? bills::StackColumnHeaders(*header_, *header)
                      : std::nullopt;
    header_ = stacked ? std::move(stacked) : std::move(header);
    header_above_ = true;
    header_fading_ = false;
    diagnosis_block_ = false;
    return;
  }
  header_above_ = false;
  for (const BillToken& token : line.tokens) {
    line.has_money = line.has_money || token.shape == TokenShape::kMoney;
  }
  bool has_date = std::any_of(
      line.tokens.begin(), line.tokens.end(),
      [](const BillToken& t) { return t.shape == TokenShape::kDate; });
  if (header_ && header_fading_ && !line.has_money && !has_date) {
    header_.reset();
  }
  header_fading_ = false;
  line.in_table = header_.has_value();
  line.amount_on_next_line =
      !line.has_money && EndsWrappedLine(bills::TokenizeBillLine(next));
  line.columns =
      header_ ? bills::AssignColumns(*header_, line.tokens)
              : std::vector<ColumnKind>(line.tokens.size(), ColumnKind::kNone);
  line.diagnoses_from = line.tokens.size();
  for (size_t i = 0; i < line.tokens.size(); ++i) {
    if (bills::LabelKindOf(line.tokens[i].text) == LabelKind::kDiagnosis) {
      line.diagnoses_from = i + 1;
      break;
    }
  }
  if (diagnosis_block_) line.diagnoses_from = 0;
  std::vector<Mention> mentions;
  for (size_t i = 0; i < line.tokens.size(); ++i) {
    std::optional<Mention> mention = ReadMention(line, i);
    if (!mention) continue;
    if (mention->kind == BillItemKind::kProcedure) {
      ReadModifiersAfter(line, &*mention);
    }
    i = mention->last;
    if (!UncheckedBefore(text, line.tokens[mention->token].start)) {
      mentions.push_back(std::move(*mention));
    }
  }
  // A heading such as "Diagnosis codes:" governs the lines below it.
  if (IsDiagnosisHeading(line.tokens)) diagnosis_block_ = true;
  if (line.has_money && mentions.empty()) diagnosis_block_ = false;
  if (mentions.empty()) {
    if (ReadNoteText(line) || ContinuesDescription(line)) return;
    if (std::optional<std::string> total = StatedTotalOf(line)) {
      stated_totals_.emplace_back(line.number, bills::CentsOf(*total));
    }
    const bool charged = ReadLabelledValues(line);
    ReadStatedAmounts(line, ReadLabelledPayments(line));
    if (sums_codeless_rows_) AddCodelessPayments(line);
    words_above_ = WordsAlone(line);
    if (!charged) row_above_ = CodelessRowOf(line);
    if (row_above_) {
      uncoded_lines_.push_back(row_above_->line);
      row_charges_[row_above_->line] = bills::CentsOf(row_above_->charge);
    }
    return;
  }
  bool only_ndc =
      std::all_of(mentions.begin(), mentions.end(), [](const Mention& mention) {
        return mention.kind == BillItemKind::kNdc;
      });
  if (only_ndc && pending_.size() == 1 &&
      items_[pending_[0]].kind == BillItemKind::kProcedure &&
      items_[pending_[0]].ndc.empty() && !line.has_money) {
    items_[pending_[0]].ndc = mentions[0].code;  // the drug line above
    return;
  }
  AddItems(line, mentions, above);
  // A code alone under a billed row without one: the row is its; the
  // amounts of the line below are another row's.
  if (row_above && !line.has_money && !has_date && !pending_.empty()) {
    uncoded_lines_.pop_back();  // the row above, read last
    for (size_t item : pending_) {
      BillItem& billed = items_[item];
      if (billed.description.empty()) {
        billed.description = row_above->description;
      }
      if (billed.units.empty()) billed.units = row_above->units;
      if (pending_.size() > 1) continue;
      if (billed.charge.empty()) billed.charge = row_above->charge;
      if (billed.allowed.empty() && billed.paid.empty() &&
          billed.adjustments.empty()) {
        std::map<ColumnKind, std::string> payment = row_above->payment;
        TakePayment(payment, &billed);
        for (const std::string& reason : row_above->reasons) {
          TakeReason(reason, &billed);
        }
        ReferToNotes(billed);
      }
    }
    pending_.clear();
  }
}

// Which items only repeat another: a diagnosis listed again, or a code
// quoted again without a charge (in a remark, a results section or a
// summary) when a line charged it or an earlier line gave it; a revenue
// code quoted again, when a line gave it beside its procedure. One pass to
// index the items, one to decide: bills of thousands of lines stay linear.
std::vector<bool> RepeatedItems(const std::vector<BillItem>& items) {
  using Key = std::pair<BillItemKind, std::string_view>;
  std::map<Key, size_t> first;  // the first item of each kind and code
  std::set<Key> charged;        // kinds and codes of items with a charge
  std::map<std::string_view, size_t> first_beside;  // revenue code given
  std::set<std::string_view> charged_beside;        // beside a procedure
  for (size_t i = 0; i < items.size(); ++i) {
    const BillItem& item = items[i];
    first.emplace(Key(item.kind, item.code), i);
    if (!item.charge.empty()) charged.insert(Key(item.kind, item.code));
    if (item.kind != BillItemKind::kRevenue && !item.revenue_code.empty()) {
      first_beside.emplace(item.revenue_code, i);
      if (!item.charge.empty()) charged_beside.insert(item.revenue_code);
    }
  }
  std::vector<bool> repeated(items.size(), false);
  for (size_t i = 0; i < items.size(); ++i) {
    const BillItem& item = items[i];
    const Key key(item.kind, item.code);
    if (item.kind == BillItemKind::kDiagnosis) {
      repeated[i] = first.at(key) < i;
    } else if (item.charge.empty()) {
      const auto beside = first_beside.find(item.code);
      const bool revenue_beside =
          item.kind == BillItemKind::kRevenue &&
          (charged_beside.count(item.code) > 0 ||
           (beside != first_beside.end() && beside->second < i));
      repeated[i] =
          charged.count(key) > 0 || first.at(key) < i || revenue_beside;
    }
  }
  return repeated;
}

// Remark codes, and reason codes without a group or an amount, that
// `texts` (a bill's legend, by code) explain become payer notes.
void MoveExplainedCodesToNotes(const std::map<std::string, std::string>& texts,
                               BillItem* item) {
  const auto explained = [&](const std::string& code) {
    if (texts.count(code) == 0) return false;
    item->payer_notes.push_back({code, texts.at(code)});
    return true;
  };
  std::vector<std::string>& remarks = item->remarks;
  remarks.erase(std::remove_if(remarks.begin(), remarks.end(), explained),
                remarks.end());
  std::vector<BillAdjustment>& adjustments = item->adjustments;
  adjustments.erase(std::remove_if(adjustments.begin(), adjustments.end(),
                                   [&](const BillAdjustment& adjustment) {
                                     return adjustment.group.empty() &&
                                            adjustment.amount.empty() &&
                                            explained(adjustment.reason);
                                   }),
                    adjustments.end());
}

std::vector<BillItem> BillReader::Finish() {
  // A note's letter without its text tells the patient nothing. A remark
  // or reason code the EOB explains in its own words is its note.
  for (BillItem& item : items_) {
    MoveExplainedCodesToNotes(note_texts_, &item);
    std::vector<BillNote>& notes = item.payer_notes;
    for (BillNote& note : notes) {
      auto text = note_texts_.find(note.ref);
      if (text != note_texts_.end()) note.text = text->second;
    }
    notes.erase(
        std::remove_if(notes.begin(), notes.end(),
                       [](const BillNote& note) { return note.text.empty(); }),
        notes.end());
  }
  for (auto& [index, amounts] : labelled_payments_) {
    BillItem& item = items_[index];
    if (item.allowed.empty() && item.paid.empty() && item.adjustments.empty() &&
        FitsCharge(amounts, item.charge)) {
      TakePayment(amounts, &item);
    }
  }
  const std::vector<bool> repeated = RepeatedItems(items_);
  std::vector<BillItem> kept;
  for (size_t i = 0; i < items_.size(); ++i) {
    if (!repeated[i]) kept.push_back(std::move(items_[i]));
  }
  return WithoutReversals(std::move(kept));
}

std::vector<BillItem> BillReader::WithoutReversals(
    std::vector<BillItem> items) {
  const auto key = [&](size_t i, long long sign) {
    const BillItem& item = items[i];
    std::string text = std::string(ToString(item.kind)) + '\x1f' + item.code +
                       '\x1f' + item.date_of_service + '\x1f' +
                       item.revenue_code + '\x1f' +
                       std::to_string(sign * bills::CentsOf(item.charge));
    for (const std::string& modifier : item.modifiers) {
      text += '\x1f' + modifier;
    }
    return text;
  };
  const std::vector<bool> reversed = bills::CancellingPairs(
      items.size(),
      [&](size_t i) { return bills::CentsOf(items[i].charge) < 0; }, key);
  std::vector<BillItem> standing;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!reversed[i]) standing.push_back(std::move(items[i]));
  }
  reversed_pairs_ = (items.size() - standing.size()) / 2;
  return standing;
}

// UTF-8 text with one line ending: CR alone and form feeds (page breaks)
// end lines too. Dashes that word processors and PDFs write for a hyphen
// ("99214–25": en dash, em dash, minus sign, non-breaking hyphen) are
// hyphens; characters encoded twice ("mÃ©dica", "â€”") are encoded once;
// byte-order marks and the invisible characters that web pages and PDFs
// put inside words ("J1<zero-width space>100", "E0<soft hyphen>114") are
// dropped.
std::string BillText(std::string_view bytes) {
  const std::string utf8 =
      RepairDoubleEncoding(Utf16ToUtf8(bytes).value_or(TextAsUtf8(bytes)));
  static constexpr std::string_view kDashes[] = {
      "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92", "\xE2\x80\x91"};
  // Byte-order mark, zero-width space, non-joiner and joiner, word joiner,
  // soft hyphen.
  static constexpr std::string_view kInvisible[] = {
      "\xEF\xBB\xBF", "\xE2\x80\x8B", "\xE2\x80\x8C",
      "\xE2\x80\x8D", "\xE2\x81\xA0", "\xC2\xAD"};
  const auto starts = [](std::string_view rest) {
    return [rest](std::string_view prefix) {
      return rest.substr(0, prefix.size()) == prefix;
    };
  };
  std::string text;
  text.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size(); ++i) {
    const std::string_view rest = std::string_view(utf8).substr(i);
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      const bool lone_cr =
          utf8[i] == '\r' && (i + 1 == utf8.size() || utf8[i + 1] != '\n');
      text.push_back(lone_cr || utf8[i] == '\f' ? '\n' : utf8[i]);
      continue;
    }
    if (std::any_of(std::begin(kDashes), std::end(kDashes), starts(rest))) {
      text.push_back('-');
      i += 2;
      continue;
    }
    const auto invisible = std::find_if(std::begin(kInvisible),
                                        std::end(kInvisible), starts(rest));
    if (invisible != std::end(kInvisible)) {
      i += invisible->size() - 1;
      continue;
    }
    text.push_back(utf8[i]);
  }
  return text;
}

// Whether a bill's first lines give it the title `title` (in capitals).
bool HasTitle(std::string_view text, std::string_view title) {
  return AsciiUpper(text.substr(0, 2048)).find(title) != std::string::npos;
}

// What a Good Faith Estimate means for the patient who holds one (the No
// Surprises Act's patient-provider dispute resolution).
constexpr char kGoodFaithEstimateNote[] =
    "This is a Good Faith Estimate, not a bill: the charges expected for care "
    "that is planned. If you are uninsured or pay for yourself, and a "
    "provider's or facility's bill comes to $400 or more above its part of "
    "this estimate, you can dispute that bill with the U.S. Department of "
    "Health and Human Services within 120 days of the bill's date; keep this "
    "estimate.";

// What a Medicare Summary Notice for Part A that gives no procedure codes
// is, with what its rows say Medicare paid and the patient may be billed
// (cents; 0 when they say nothing).
std::string PartANoticeNote(long long paid, long long share) {
  std::string note =
      "This Medicare Summary Notice for Part A (hospital insurance) lists "
      "stays in a hospital or skilled nursing facility, hospice and home "
      "health care without the codes of what was done, so there are none to "
      "explain here.";
  if (paid > 0) note += " It says Medicare paid " + bills::DollarText(paid);
  if (share > 0) {
    note += std::string(paid > 0 ? " and" : " It says") +
            " the most the provider may bill you is " +
            bills::DollarText(share) +
            " (often the Part A deductible or coinsurance for the days of "
            "the stay)";
  }
  if (paid > 0 || share > 0) note += ".";
  return note +
         " To see what each charge was for, ask the facility for an itemized "
         "bill with its billing codes.";
}

// What a file of no text is, and what to do with it; "" for text.
std::string BinaryFileKind(std::string_view bytes) {
  switch (FileKindOf(bytes)) {
    case FileKind::kText:
      return "";
    case FileKind::kPdf:
      return "is a PDF: its text has to be read out first (the page does "
             "that; elsewhere a tool such as pdftotext)";
    case FileKind::kImage:
      return "is an image: its text has to be read out first, by OCR (the "
             "page does that)";
    case FileKind::kExcel:
      return "is an Excel workbook: save the sheet as CSV and explain that";
    case FileKind::kOffice1997:
      return "is an Office 97-2003 file (such as .xls): save the sheet as "
             "CSV and explain that";
    case FileKind::kZip:
      return "is a ZIP archive: unpack it and explain the bill inside";
  }
  return "";
}

}  // namespace

BillExtraction ExtractBill(std::string_view bytes, const DataSet& data) {
  if (std::string kind = BinaryFileKind(bytes); !kind.empty()) {
    BillExtraction extraction;
    extraction.problems.push_back("The file " + kind + ".");
    return extraction;
  }
  std::string text = BillText(bytes);
  if (std::optional<std::string> page = bills::HtmlText(text)) {
    text = std::move(*page);
  }
  if (std::optional<BillExtraction> structured =
          bills::ExtractStructuredBill(text)) {
    return *structured;
  }
  const bool part_a_notice = HasTitle(text, "SUMMARY NOTICE FOR PART A");
  BillReader reader(data, part_a_notice);
  std::vector<std::string_view> lines = SplitLines(text);
  // A printed claim form's lines as plain bill lines (kept alive here).
  std::vector<std::string> rewritten;
  const auto plain_line = IsCms1500Text(text) ? bills::PlainCms1500Line
                          : IsUb04Text(text)  ? bills::PlainUb04Line
                                              : nullptr;
  if (plain_line) {
    rewritten.reserve(lines.size());
    for (std::string_view& line : lines) {
      std::optional<std::string> plain = plain_line(line);
      if (!plain) continue;
      rewritten.push_back(std::move(*plain));
      line = rewritten.back();
    }
  }
  const std::vector<bills::NumberedLine> numbered =
      bills::JoinLabelledValues(bills::JoinStackedCells(lines));
  for (size_t i = 0; i < numbered.size(); ++i) {
    reader.Read(numbered[i].number, numbered[i].text,
                i + 1 < numbered.size() ? std::string_view(numbered[i + 1].text)
                                        : std::string_view());
  }
  BillExtraction extraction;
  extraction.items = reader.Finish();
  extraction.uncoded_lines = reader.uncoded_lines();
  extraction.amount_due = reader.amount_due();
  extraction.insurance_paid = reader.InsurancePaid();
  if (std::optional<std::string> note =
          reader.StatedTotalNote(extraction.items)) {
    extraction.notes.push_back(std::move(*note));
  }
  if (const size_t pairs = reader.reversed_pairs()) {
    extraction.notes.push_back(
        std::to_string(pairs) +
        (pairs == 1 ? " charge that the bill reverses is"
                    : " charges that the bill reverses are") +
        " left out, with the credit of the same amount for the same service "
        "that cancels " +
        (pairs == 1 ? "it" : "each") +
        ": the lines listed are those that stand.");
  }
  if (HasTitle(text, "MEDICARE SUMMARY NOTICE")) {
    extraction.payer = "medicare";
  } else if (HasTitle(text, "EXPLANATION OF BENEFIT")) {
    // Plans send EOBs (Medicare itself a Summary Notice): the plan its
    // first page names (a Medicare Advantage or Medicaid plan), else a
    // private one.
    const std::string named = PayerClassOfName(text.substr(0, 2048));
    extraction.payer = named.empty() ? "commercial" : named;
  }
  if (HasTitle(text, "GOOD FAITH ESTIMATE")) {
    extraction.notes.push_back(kGoodFaithEstimateNote);
  }
  if (part_a_notice &&
      std::none_of(extraction.items.begin(), extraction.items.end(),
                   [](const BillItem& item) {
                     return item.kind == BillItemKind::kProcedure;
                   })) {
    extraction.notes.push_back(
        PartANoticeNote(reader.codeless_paid(), reader.codeless_share()));
  }
  long long to_patient = 0;
  for (const BillItem& item : extraction.items) {
    to_patient += CentsOf(item.paid_to_patient);
  }
  if (to_patient > 0) {
    std::string note = bills::PaidToPatientWords(to_patient, "these charges");
    note[0] = 'T';  // its "the plan paid" starts the note
    extraction.notes.push_back(std::move(note));
  }
  return extraction;
}

}  // namespace billcode
