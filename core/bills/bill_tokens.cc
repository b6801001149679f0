#include "bill_tokens.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "billcode/base/date.h"
#include "billcode/base/decimal.h"
#include "billcode/base/text.h"

namespace billcode::bills {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)); }

// Whether the comma at line[i] groups the thousands of a number ("1,200",
// "$12,500.00"): one to three digits before it, after a space, '$' or the
// line start, and exactly three digits after it.
bool IsThousandsComma(std::string_view line, size_t i) {
  size_t before = i;
  while (before > 0 && IsDigit(line[before - 1])) --before;
  size_t lead = i - before;
  if (lead < 1 || lead > 3) return false;
  if (before > 0 && line[before - 1] != ' ' && line[before - 1] != '$' &&
      line[before - 1] != '"' && line[before - 1] != '(' &&
      line[before - 1] != '-') {
    return false;
  }
  size_t after = i + 1;
  while (after < line.size() && IsDigit(line[after])) ++after;
  return after - i - 1 == 3;
}

// Commas that separate fields: outside quotes, not in a number.
int DelimitingCommas(std::string_view line) {
  int count = 0;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    if (line[i] == ',' && !quoted && !IsThousandsComma(line, i)) ++count;
  }
  return count;
}

// The delimiter of a delimited line, or 0 for a line spaced into columns.
char FieldDelimiter(std::string_view line) {
  if (line.find('\t') != std::string_view::npos) return '\t';
  size_t pipes = 0;
  for (char c : line) pipes += c == '|';
  if (pipes >= 2) return '|';
  return DelimitingCommas(line) >= 3 ? ',' : 0;
}

bool IsSpaceAt(std::string_view line, size_t i, size_t* width) {
  if (line[i] == ' ' || line[i] == '\r' || line[i] == '\f' || line[i] == '\v') {
    *width = 1;
    return true;
  }
  if (static_cast<unsigned char>(line[i]) == 0xC2 && i + 1 < line.size() &&
      static_cast<unsigned char>(line[i + 1]) == 0xA0) {
    *width = 2;  // no-break space
    return true;
  }
  return false;
}

// The name of a code set, as a bill writes it before a code.
bool IsCodeSetName(std::string_view word) {
  return word == "CPT" || word == "HCPCS" || word == "CDT" || word == "PROC";
}

bool IsOpening(char c) { return c == '(' || c == '[' || c == '"' || c == '*'; }
bool IsClosing(char c) {
  return c == ')' || c == ']' || c == '"' || c == '*' || c == ',' || c == ';' ||
         c == ':' || c == '.';
}

// `raw` uppercased, Spanish letters without their accents ("Código",
// "mínimo" as "CODIGO", "MINIMO"), so that headings and labels match
// whether a bill writes the accents or OCR lost them.
std::string UpperWithoutAccents(std::string_view raw) {
  std::string text = AsciiUpper(raw);
  if (text.find('\xC3') == std::string::npos) return text;
  // The second byte of U+00C0-U+00FF for each letter, either case.
  static constexpr struct {
    char letter;
    unsigned char upper, lower;
  } kAccented[] = {{'A', 0x81, 0xA1}, {'E', 0x89, 0xA9}, {'I', 0x8D, 0xAD},
                   {'O', 0x93, 0xB3}, {'U', 0x9A, 0xBA}, {'N', 0x91, 0xB1},
                   {'U', 0x9C, 0xBC}};
  std::string folded;
  folded.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char letter = 0;
    if (text[i] == '\xC3' && i + 1 < text.size()) {
      const auto second = static_cast<unsigned char>(text[i + 1]);
      for (const auto& accented : kAccented) {
        if (second == accented.upper || second == accented.lower) {
          letter = accented.letter;
        }
      }
    }
    if (letter != 0) {
      folded.push_back(letter);
      ++i;
    } else {
      folded.push_back(text[i]);
    }
  }
  return folded;
}

// Whether `raw` is a code with the words of its description glued on by a
// hyphen at `hyphen` ("99213-OFFICE", "J1100-DEXAMETHASONE",
// "0450-EMERGENCY"): a revenue code's four digits, or a CPT or HCPCS
// code's shape (five digits, a letter and four digits, four digits and F,
// T or U), then three letters at least; not a modifier ("99213-RT").
bool IsCodeGluedToWords(std::string_view raw, size_t hyphen) {
  if (raw[hyphen] != '-' || hyphen + 3 >= raw.size() ||
      !IsAlpha(raw[hyphen + 1]) || !IsAlpha(raw[hyphen + 2]) ||
      !IsAlpha(raw[hyphen + 3])) {
    return false;
  }
  const std::string_view head = raw.substr(0, hyphen);
  const auto digits = [](std::string_view text) {
    return std::all_of(text.begin(), text.end(), IsDigit);
  };
  if (head.size() == 4) return digits(head);
  if (head.size() != 5) return false;
  const char last =
      static_cast<char>(std::toupper(static_cast<unsigned char>(head[4])));
  return digits(head) || (IsAlpha(head[0]) && digits(head.substr(1))) ||
         (digits(head.substr(0, 4)) &&
          (last == 'F' || last == 'T' || last == 'U'));
}

// Adds the token raw[begin, end) of the line, stripped of wrapping
// punctuation; splits "CPT:99213" and "VENIPUNCTURE(36415)".
void AddToken(std::string_view line, size_t begin, size_t end, int field,
              bool gap_before, std::vector<BillToken>* tokens) {
  bool in_parens = false;
  char before = 0;
  while (begin < end && (IsOpening(line[begin]) || line[begin] == '#')) {
    if (line[begin] == '(' || line[begin] == '[') in_parens = true;
    if (line[begin] == '#') before = '#';
    ++begin;
  }
  char after = 0;
  while (end > begin && IsClosing(line[end - 1])) {
    if (line[end - 1] == ')' || line[end - 1] == ']') in_parens = true;
    if (after == 0 || line[end - 1] != ')') after = line[end - 1];
    --end;
  }
  // A registered or trademark sign after a word ("CPT®").
  for (std::string_view sign : {"\xC2\xAE", "\xE2\x84\xA2"}) {
    if (end - begin > sign.size() &&
        line.substr(end - sign.size(), sign.size()) == sign) {
      end -= sign.size();
    }
  }
  if (begin >= end) return;
  std::string_view raw = line.substr(begin, end - begin);
  // Split at an inner '(' or at a ':' between a label and a value, and
  // after a code set's name glued to its code ("CPT-99213", "CPT#87880").
  for (size_t i = 1; i + 1 < raw.size(); ++i) {
    bool split_paren = raw[i] == '(' || raw[i] == '[';
    bool split_colon = raw[i] == ':' && IsAlpha(raw[i - 1]);
    bool split_label = ((raw[i] == '-' || raw[i] == '#') &&
                        IsCodeSetName(AsciiUpper(raw.substr(0, i)))) ||
                       IsCodeGluedToWords(raw, i);
    if (!split_paren && !split_colon && !split_label) continue;
    size_t cut = begin + i;
    AddToken(line, begin, split_colon ? cut + 1 : cut, field, gap_before,
             tokens);
    const size_t value = cut + (split_colon || raw[i] == '-' ? 1 : 0);
    AddToken(line, value, end, field, false, tokens);
    return;
  }
  BillToken token;
  token.raw = std::string(raw);
  token.text = UpperWithoutAccents(raw);
  token.start = begin;
  token.end = end;
  token.field = field;
  token.in_parens = in_parens;
  token.before = before;
  token.after = after;
  token.gap_before = gap_before;
  if (begin > 0 && (line[begin - 1] == '-' || line[begin - 1] == ':')) {
    token.before = line[begin - 1];
  }
  tokens->push_back(std::move(token));
}

// Whether line[i] is a space OCR put inside an amount, before its
// thousands comma or its cents ("$1 ,245.00", "38 .00"): one space after a
// digit, then the mark and three digits or two and the amount's end.
bool IsSpaceInAmount(std::string_view line, size_t i, size_t end) {
  if (i == 0 || i + 2 >= end || line[i] != ' ' || !IsDigit(line[i - 1])) {
    return false;
  }
  const char mark = line[i + 1];
  const size_t digits = mark == ',' ? 3 : mark == '.' ? 2 : 0;
  if (digits == 0 || i + 1 + digits >= end) return false;
  for (size_t k = i + 2; k < i + 2 + digits; ++k) {
    if (!IsDigit(line[k])) return false;
  }
  const size_t after = i + 2 + digits;
  return mark == ',' || after == end || line[after] == ' ';
}

// Splits [begin, end) of the line at spaces.
void SplitAtSpaces(std::string_view line, size_t begin, size_t end, int field,
                   std::vector<BillToken>* tokens) {
  size_t i = begin;
  int spaces = 2;  // a field start counts as a gap
  while (i < end) {
    size_t width = 0;
    if (IsSpaceAt(line, i, &width)) {
      ++spaces;
      i += width;
      continue;
    }
    size_t start = i;
    bool glued = false;
    for (; i < end; ++i) {
      if (!IsSpaceAt(line, i, &width)) continue;
      if (!IsSpaceInAmount(line, i, end)) break;
      glued = true;
    }
    const size_t count = tokens->size();
    AddToken(line, start, i, field, spaces >= 2, tokens);
    if (glued && tokens->size() == count + 1) {
      for (std::string* text : {&tokens->back().raw, &tokens->back().text}) {
        text->erase(std::remove(text->begin(), text->end(), ' '), text->end());
      }
    }
    spaces = 0;
  }
}

constexpr std::array<const char*, 12> kMonths = {"JAN", "FEB", "MAR", "APR",
                                                 "MAY", "JUN", "JUL", "AUG",
                                                 "SEP", "OCT", "NOV", "DEC"};

int MonthNumber(std::string_view word) {
  if (word.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (word.substr(0, 3) == kMonths[m]) return static_cast<int>(m) + 1;
  }
  return 0;
}

std::optional<std::string> IsoDate(int year, int month, int day) {
  if (year < 100) year += year < 70 ? 2000 : 1900;
  std::optional<Date> date = Date::FromYmd(year, month, day);
  if (!date) return std::nullopt;
  return date->ToIso();
}

// "Jan 5, 2026" / "January 5 2026": merges the three tokens into one date.
void MergeMonthNameDates(std::vector<BillToken>* tokens) {
  std::vector<BillToken>& t = *tokens;
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    int month = MonthNumber(t[i].text);
    if (month == 0 || t[i].text.size() > 9 || !IsAsciiDigits(t[i + 1].text) ||
        t[i + 1].text.size() > 2 || !IsAsciiDigits(t[i + 2].text) ||
        t[i + 2].text.size() != 4) {
      continue;
    }
    std::optional<std::string> date =
        IsoDate(std::stoi(t[i + 2].text), month, std::stoi(t[i + 1].text));
    if (!date) continue;
    t[i].raw += " " + t[i + 1].raw + " " + t[i + 2].raw;
    t[i].text = t[i].raw;
    t[i].end = t[i + 2].end;
    t[i].after = t[i + 2].after;
    t[i].shape = TokenShape::kDate;
    t[i].value = *date;
    t.erase(t.begin() + static_cast<long>(i) + 1,
            t.begin() + static_cast<long>(i) + 3);
  }
}

bool IsPhone(std::string_view text) {
  std::string digits;
  std::string pattern;
  for (char c : text) {
    if (IsDigit(c)) {
      digits += c;
      pattern += 'd';
    } else {
      pattern += c;
    }
  }
  return pattern == "ddd-ddd-dddd" || pattern == "ddd.ddd.dddd" ||
         pattern == "d-ddd-ddd-dddd" || pattern == "ddd-dddd" ||
         pattern == "(ddd)ddd-dddd" || pattern == "1(ddd)ddd-dddd";
}

TokenShape ShapeOf(const BillToken& token) {
  const std::string& t = token.text;
  bool digits = !t.empty(), letters = !t.empty();
  for (char c : t) {
    digits = digits && IsDigit(c);
    letters = letters && IsAlpha(c);
  }
  if (digits) return TokenShape::kNumber;
  if (letters) return TokenShape::kWord;
  return TokenShape::kOther;
}

// OCR damage in an amount or a date: "$l85.OO", "O9/l4/26", "S180.00".
// The letters read as digits (O for 0, I and l for 1, S for 5; a leading S
// before a digit for the "$" it was) are replaced when the text has a sign
// of an amount or a date ("$", ".dd", two '/') and at least two real
// digits, or one before cents ("S4O.OO"); "" otherwise.
std::string OcrDigits(const std::string& text) {
  size_t digits = 0, slashes = 0;
  for (char c : text) {
    digits += IsDigit(c);
    slashes += c == '/';
  }
  const size_t point = text.find_last_of(".,");  // OCR reads '.' as ','
  const bool cents = point != std::string::npos && point + 3 == text.size();
  if (digits < (cents ? 1u : 2u) ||
      (text[0] != '$' && !cents && slashes != 2)) {
    return "";
  }
  std::string repaired = text;
  bool changed = false;
  if (cents && repaired.size() > 1 && repaired[0] == 'S' &&
      IsDigit(repaired[1])) {
    repaired[0] = '$';
    changed = true;
  }
  for (char& c : repaired) {
    const char digit = c == 'O'                 ? '0'
                       : (c == 'I' || c == 'L') ? '1'
                       : c == 'S'               ? '5'
                                                : 0;
    if (digit) {
      c = digit;
      changed = true;
    }
  }
  return changed ? repaired : "";
}

void Classify(BillToken* token) {
  if (token->shape == TokenShape::kDate) return;
  token->shape = ShapeOf(*token);
  if (token->shape == TokenShape::kWord) return;
  if (token->shape == TokenShape::kOther) {
    const std::string repaired = OcrDigits(token->text);
    if (std::optional<std::string> money =
            repaired.empty() ? std::nullopt : ParseMoney(repaired)) {
      token->shape = TokenShape::kMoney;
      token->value = *money;
      return;
    }
    if (std::optional<std::string> date =
            repaired.empty() ? std::nullopt : ParseBillDate(repaired)) {
      token->shape = TokenShape::kDate;
      token->value = *date;
      return;
    }
  }
  if (std::optional<std::string> money = ParseMoney(token->text)) {
    // A plain number is money only with a sign of money.
    bool marked = token->text.find_first_of("$.,") != std::string::npos;
    if (marked || token->shape != TokenShape::kNumber) {
      token->shape = TokenShape::kMoney;
      token->value =
          token->in_parens && (*money)[0] != '-' ? "-" + *money : *money;
      return;
    }
  }
  if (token->shape == TokenShape::kNumber) return;
  if (std::optional<std::string> date = ParseBillDate(token->text)) {
    token->shape = TokenShape::kDate;
    token->value = *date;
  } else if (std::optional<std::string> ndc = ParseNdc(token->text)) {
    token->shape = TokenShape::kNdc;
    token->value = *ndc;
  } else if (IsPhone(token->text)) {
    token->shape = TokenShape::kPhone;
  } else if (token->text.size() == 10 && token->text[5] == '-' &&
             IsAsciiDigits(token->text.substr(0, 5)) &&
             IsAsciiDigits(token->text.substr(6))) {
    token->shape = TokenShape::kZipPlus4;
  }
}

// Reads an unsigned number of `min`..`max` digits at text[*pos].
bool ReadDigits(std::string_view text, size_t* pos, size_t min, size_t max,
                int* value) {
  size_t start = *pos;
  while (*pos < text.size() && IsDigit(text[*pos]) && *pos - start < max) {
    ++*pos;
  }
  if (*pos - start < min) return false;
  *value = std::stoi(std::string(text.substr(start, *pos - start)));
  return true;
}

// An amount whose marks OCR read wrong, with them read right: a point
// for each thousands comma ("3.450.00" -> "3,450.00") or a comma for the
// decimal point ("410,00", "1,245,00" -> "410.00", "1,245.00"); "" for
// any other text.
std::string OcrMarksRead(std::string_view text) {
  const size_t last = text.find_last_of(".,");
  if (last == std::string_view::npos || last + 3 != text.size() ||
      !IsAsciiDigits(text.substr(last + 1))) {
    return "";
  }
  const std::string_view whole = text.substr(0, last);
  const char grouping = whole.find('.') != std::string_view::npos ? '.' : ',';
  if (text[last] == '.' && grouping == ',') return "";  // as written
  if (whole.find(grouping == '.' ? ',' : '.') != std::string_view::npos) {
    return "";  // both marks in the whole dollars
  }
  std::string read(whole);
  std::replace(read.begin(), read.end(), grouping, ',');
  return read + "." + std::string(text.substr(last + 1));
}

}  // namespace

long long CentsOf(const std::string& dollars) {
  return std::llround(std::strtod(dollars.c_str(), nullptr) * 100);
}

std::string AmountText(long long cents) {
  const long long whole = cents < 0 ? -cents : cents;
  char text[32];
  std::snprintf(text, sizeof text, "%s%lld.%02lld", cents < 0 ? "-" : "",
                whole / 100, whole % 100);
  return text;
}

std::string DollarText(long long cents) {
  std::string digits = AmountText(cents < 0 ? -cents : cents);
  for (size_t at = digits.size() - 3; at > 3; at -= 3) {
    digits.insert(at - 3, ",");
  }
  return (cents < 0 ? "-$" : "$") + digits;
}

std::string ClaimAmount(std::string_view amount) {
  if (amount.size() > 1 && amount[0] == '-') {
    const std::string positive = ClaimAmount(amount.substr(1));
    return positive.empty() || positive[0] == '-' ? "" : "-" + positive;
  }
  if (std::optional<std::string> money = ParseMoney(amount)) return *money;
  const std::optional<double> value = ParseDecimal(amount, 2);
  if (!value) return "";
  char dollars[32];
  std::snprintf(dollars, sizeof dollars, "%.2f", *value);
  return dollars;
}

std::optional<std::string> ParseMoney(std::string_view text) {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  if (!text.empty() && text.front() == '$') text.remove_prefix(1);
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  if (text.size() > 2 && text.substr(text.size() - 2) == "CR") {
    negative = true;
    text.remove_suffix(2);
  } else if (!text.empty() && text.back() == '-') {
    negative = true;
    text.remove_suffix(1);
  }
  const std::string marks = OcrMarksRead(text);
  if (!marks.empty()) text = marks;
  std::string whole;
  size_t i = 0;
  size_t group = 0;
  bool grouped = false;
  for (; i < text.size() && text[i] != '.'; ++i) {
    if (IsDigit(text[i])) {
      whole += text[i];
      ++group;
    } else if (text[i] == ',' && group >= 1 && group <= 3 &&
               (grouped || whole.size() <= 3)) {
      group = 0;
      grouped = true;
    } else {
      return std::nullopt;
    }
  }
  if (whole.empty() || whole.size() > 9 || (grouped && group != 3)) {
    return std::nullopt;
  }
  std::string cents = "00";
  if (i < text.size()) {
    std::string_view decimals = text.substr(i + 1);
    if (decimals.size() != 2 || !IsAsciiDigits(decimals)) return std::nullopt;
    cents = std::string(decimals);
  }
  size_t lead = whole.find_first_not_of('0');
  whole = lead == std::string::npos ? "0" : whole.substr(lead);
  return (negative ? "-" : "") + whole + "." + cents;
}

// "05-JAN-26", "5-Jan-2026" (as hospital systems print dates), uppercased.
std::optional<std::string> ParseDayMonthYear(std::string_view text) {
  const size_t first = text.find('-');
  const size_t second = text.find('-', first + 1);
  if (first == std::string_view::npos || second != first + 4) {
    return std::nullopt;
  }
  const std::string_view day = text.substr(0, first);
  const std::string_view year = text.substr(second + 1);
  const int month = MonthNumber(text.substr(first + 1, 3));
  if (month == 0 || day.empty() || day.size() > 2 || !IsAsciiDigits(day) ||
      (year.size() != 2 && year.size() != 4) || !IsAsciiDigits(year)) {
    return std::nullopt;
  }
  return IsoDate(std::stoi(std::string(year)), month,
                 std::stoi(std::string(day)));
}

std::optional<std::string> ParseBillDate(std::string_view text) {
  if (std::optional<std::string> named = ParseDayMonthYear(text)) return named;
  size_t pos = 0;
  int a = 0, b = 0, c = 0;
  if (!ReadDigits(text, &pos, 1, 4, &a) || pos >= text.size()) {
    return std::nullopt;
  }
  char separator = text[pos];
  if (separator != '/' && separator != '-' && separator != '.') {
    return std::nullopt;
  }
  size_t first_width = pos;
  ++pos;
  if (!ReadDigits(text, &pos, 1, 2, &b) || pos >= text.size() ||
      text[pos] != separator) {
    return std::nullopt;
  }
  ++pos;
  size_t year_start = pos;
  if (!ReadDigits(text, &pos, 2, 4, &c)) return std::nullopt;
  size_t year_width = pos - year_start;
  // What may follow: nothing, or a range to a second date.
  if (pos < text.size() && text[pos] != '-' && text[pos] != '/') {
    return std::nullopt;
  }
  if (first_width == 4) return IsoDate(a, b, c);  // YYYY-MM-DD
  if (first_width > 2 || year_width == 3) return std::nullopt;
  return IsoDate(c, a, b);
}

std::optional<std::string> ParseNdc(std::string_view text) {
  if (text.size() == 13 && text.substr(0, 2) == "N4" &&
      IsAsciiDigits(text.substr(2))) {
    text.remove_prefix(2);
  }
  if (text.size() == 11 && IsAsciiDigits(text)) {
    return std::string(text.substr(0, 5)) + "-" +
           std::string(text.substr(5, 4)) + "-" + std::string(text.substr(9));
  }
  size_t first = text.find('-');
  size_t second =
      first == std::string_view::npos ? first : text.find('-', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  std::string_view labeler = text.substr(0, first);
  std::string_view product = text.substr(first + 1, second - first - 1);
  std::string_view package = text.substr(second + 1);
  if (!IsAsciiDigits(labeler) || !IsAsciiDigits(product) ||
      !IsAsciiDigits(package)) {
    return std::nullopt;
  }
  size_t l = labeler.size(), p = product.size(), k = package.size();
  bool known_form =
      (l == 4 && p == 4 && k == 2) || (l == 5 && p == 3 && k == 2) ||
      (l == 5 && p == 4 && k == 1) || (l == 5 && p == 4 && k == 2);
  if (!known_form) return std::nullopt;
  return std::string(5 - l, '0') + std::string(labeler) + "-" +
         std::string(4 - p, '0') + std::string(product) + "-" +
         std::string(2 - k, '0') + std::string(package);
}

std::vector<BillToken> TokenizeBillLine(std::string_view line) {
  std::vector<BillToken> tokens;
  char delimiter = FieldDelimiter(line);
  if (delimiter == 0) {
    SplitAtSpaces(line, 0, line.size(), -1, &tokens);
  } else {
    int field = 0;
    size_t begin = 0;
    bool quoted = false;
    for (size_t i = 0; i <= line.size(); ++i) {
      if (i < line.size() && line[i] == '"') quoted = !quoted;
      if (i < line.size() && (line[i] != delimiter || quoted)) continue;
      if (delimiter == ',' && i < line.size() && IsThousandsComma(line, i)) {
        continue;
      }
      SplitAtSpaces(line, begin, i, field++, &tokens);
      begin = i + 1;
    }
  }
  for (BillToken& token : tokens) Classify(&token);
  MergeMonthNameDates(&tokens);
  return tokens;
}

bool IsFewWordsAlone(std::string_view line, size_t most_words) {
  const std::string_view text = TrimAsciiSpace(line);
  if (text.empty() || text.find('\t') != std::string_view::npos ||
      std::any_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      })) {
    return false;
  }
  const std::vector<BillToken> tokens = TokenizeBillLine(text);
  return !tokens.empty() && tokens.size() <= most_words &&
         std::none_of(tokens.begin() + 1, tokens.end(),
                      [](const BillToken& token) { return token.gap_before; });
}

}  // namespace billcode::bills
