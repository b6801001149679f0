// Printed UB-04 forms: FL 42-47 read by their places, and the form read as
// one claim with its type of bill, statement period, payer and diagnoses.
#include <algorithm>
#include <vector>

#include "billcode/base/text.h"
#include "billcode/claims/input/ub04_text.h"
#include "claim_readers.h"
#include "printed_form_words.h"

namespace billcode {
namespace {

using printed::DateOf;
using printed::DiagnosisAt;
using printed::DigitsOf;
using printed::IsChargeAt;
using printed::IsCodeShape;
using printed::IsModifier;
using printed::IsUnits;
using printed::Words;

// FL 45's date ("021426", "02142026", "02/14/26") as YYYY-MM-DD; "" for
// another word.
std::string ServiceDate(std::string_view word) {
  if (DigitsOf(word, 6) || DigitsOf(word, 8)) {
    return DateOf(word.substr(0, 2), word.substr(2, 2), word.substr(4));
  }
  if ((word.size() == 8 || word.size() == 10) && word[2] == '/' &&
      word[5] == '/') {
    return DateOf(word.substr(0, 2), word.substr(3, 2), word.substr(6));
  }
  return "";
}

// FL 44: a code alone, or with its modifiers written after it ("J1885JW").
bool ReadHcpcs(std::string_view word, Ub04ServiceLine* line) {
  if (word.size() < 5 || word.size() > 13 || (word.size() - 5) % 2 != 0 ||
      !IsCodeShape(word.substr(0, 5))) {
    return false;
  }
  std::vector<std::string> modifiers;
  for (size_t i = 5; i < word.size(); i += 2) {
    if (!IsModifier(word.substr(i, 2))) return false;
    modifiers.emplace_back(word.substr(i, 2));
  }
  line->code = word.substr(0, 5);
  line->modifiers = std::move(modifiers);
  return true;
}

// Where FL 46's units are: after the service date; without one, before the
// line's last charge, or its last two (total and non-covered).
size_t UnitsPlace(const std::vector<std::string_view>& words, size_t first,
                  std::string* date) {
  for (size_t i = first; i < words.size(); ++i) {
    *date = ServiceDate(words[i]);
    if (!date->empty()) return i + 1;
  }
  const size_t n = words.size();
  if (n >= first + 5 && IsUnits(words[n - 5]) && IsChargeAt(words, n - 4) &&
      IsChargeAt(words, n - 2)) {
    return n - 5;
  }
  return n >= first + 3 ? n - 3 : words.size();
}

// FL 43 and 44, words[first, end): a description, the code with the
// modifiers after it, and a rate (dollars and cents) for room and board.
bool ReadDescriptionAndCode(const std::vector<std::string_view>& words,
                            size_t first, size_t end, Ub04ServiceLine* line) {
  size_t code = end;
  for (size_t i = first; i < end; ++i) {
    Ub04ServiceLine read;
    if (ReadHcpcs(words[i], &read)) {
      code = i;
      line->code = read.code;
      line->modifiers = read.modifiers;
    }
  }
  size_t rest = code == end ? first : code + 1;
  while (code != end && rest < end && IsModifier(words[rest]) &&
         line->modifiers.size() < 4) {
    line->modifiers.emplace_back(words[rest++]);
  }
  size_t description_end = code;
  if (code == end) {
    while (rest < end && !IsChargeAt(words, rest)) ++rest;
    description_end = rest;
  }
  if (rest < end && IsChargeAt(words, rest)) rest += 2;  // the rate
  if (rest != end) return false;
  for (size_t i = first; i < description_end; ++i) {
    if (!line->description.empty()) line->description += ' ';
    line->description += words[i];
  }
  return true;
}

}  // namespace

bool IsUb04Text(std::string_view text) {
  const std::string head = AsciiUpper(text.substr(0, 4096));
  const auto has = [&](std::string_view words) {
    return head.find(words) != std::string::npos;
  };
  if (has("TYPE OF BILL") && (has("REV. CD") || has("REV CD"))) return true;
  // The title starts a line: a statement's "ask for a UB-04" is no form.
  for (std::string_view line : SplitLines(head)) {
    const std::vector<std::string_view> words = Words(line);
    if (!words.empty() &&
        (words[0] == "UB-04" || words[0] == "UB04" || words[0] == "CMS-1450")) {
      return true;
    }
  }
  return false;
}

std::optional<Ub04ServiceLine> ReadUb04ServiceLine(std::string_view text) {
  const std::vector<std::string_view> words = Words(text);
  size_t i = 0;
  // The form's line number, 1 to 23, before the revenue code.
  if (words.size() > 1 && words[0].size() <= 2 && IsAsciiDigits(words[0]) &&
      DigitsOf(words[1], 4)) {
    i = 1;
  }
  if (i >= words.size() || !DigitsOf(words[i], 4) || words[i] == "0001") {
    return std::nullopt;
  }
  Ub04ServiceLine line;
  line.revenue_code = words[i++];
  const size_t units = UnitsPlace(words, i, &line.date);
  const size_t after = units + 3;  // past the units and the total charge
  if (units >= words.size() || !IsUnits(words[units]) ||
      !IsChargeAt(words, units + 1) ||
      !(after == words.size() ||
        (after + 2 == words.size() && IsChargeAt(words, after)))) {
    return std::nullopt;
  }
  line.units = words[units];
  line.charge = printed::ChargeAt(words, units + 1);
  const size_t code_end = line.date.empty() ? units : units - 1;
  if (!ReadDescriptionAndCode(words, i, code_end, &line)) return std::nullopt;
  return line;
}

std::optional<std::string> ReadUb04Total(std::string_view text) {
  const std::vector<std::string_view> words = Words(text);
  const size_t rev = words.size() > 1 && words[0].size() <= 2 &&
                             IsAsciiDigits(words[0]) && words[1] == "0001"
                         ? 1
                         : 0;
  const size_t n = words.size();
  if (n < rev + 3 || words[rev] != "0001" || !IsChargeAt(words, n - 2)) {
    return std::nullopt;
  }
  return printed::ChargeAt(words, n - 2);
}

namespace {

// What the form's other locators say, line by line: FL 3a patient control
// number, FL 4 type of bill, FL 6 statement period, FL 50 payer and FL
// 66-67 diagnoses.
struct Ub04Header {
  std::string control_number;  // "PAT CNTL # 0098812231"
  std::string type_of_bill;    // "131"
  std::string statement_from;
  std::string payer;  // a payer class
  std::vector<std::string> diagnoses;

  void Read(std::string_view line) {
    const std::string upper = AsciiUpper(line);
    const std::vector<std::string_view> words = Words(upper);
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      if (words[i] == "BILL" && i > 0 && words[i - 1] == "OF" &&
          type_of_bill.empty() &&
          (DigitsOf(words[i + 1], 3) || DigitsOf(words[i + 1], 4))) {
        const std::string_view digits = words[i + 1];
        type_of_bill = digits.substr(digits.size() == 4 ? 1 : 0);
      }
      // "PERIOD 021426 021426" or "PERIOD FROM 021426 THROUGH 021426".
      for (size_t from = i + 1;
           words[i] == "PERIOD" && from < std::min(i + 3, words.size()) &&
           statement_from.empty();
           ++from) {
        statement_from = ServiceDate(words[from]);
      }
      if ((words[i] == "CNTL" || words[i] == "CONTROL") &&
          control_number.empty()) {
        size_t value = i + 1;
        while (value < words.size() &&
               (words[value] == "#" || words[value] == "NO" ||
                words[value] == "NO." || words[value] == "NUMBER")) {
          ++value;
        }
        // As written, not in capitals.
        if (value < words.size()) {
          control_number = Words(line)[value];
        }
      }
    }
    if (payer.empty() && upper.find("PAYER") != std::string::npos) {
      payer = PayerClassOfName(line);
    }
    const bool diagnosis_line = std::any_of(
        words.begin(), words.end(),
        [](std::string_view word) { return word == "DX" || word == "DIAG"; });
    if (!diagnosis_line) return;
    for (size_t i = 0; i < words.size(); ++i) {
      const std::string code = DiagnosisAt(words, &i);
      if (!code.empty() && std::find(diagnoses.begin(), diagnoses.end(),
                                     code) == diagnoses.end()) {
        diagnoses.push_back(code);
      }
    }
  }
};

ClaimLine LineOf(const Ub04ServiceLine& service, const std::string& from) {
  ClaimLine line;
  line.revenue_code = service.revenue_code;
  if (service.code.empty()) {
    line.code = service.revenue_code;
    line.code_system = "revenue code";
  } else {
    line.code = service.code;
    line.modifiers = service.modifiers;
  }
  line.description = service.description;
  line.units = service.units;
  line.charge = service.charge;
  line.date_of_service = service.date.empty() ? from : service.date;
  return line;
}

}  // namespace

// The form as one claim: its header locators and FL 42-47 lines.
ReadSummary ReadUb04Claims(std::string_view text, const ClaimSink& sink) {
  ReadSummary summary;
  summary.format = ClaimFormat::kUb04;
  std::vector<Ub04ServiceLine> services;
  Ub04Header header;
  for (std::string_view line : SplitLines(text)) {
    if (std::optional<Ub04ServiceLine> service = ReadUb04ServiceLine(line)) {
      services.push_back(std::move(*service));
    } else {
      header.Read(line);
    }
  }
  if (services.empty()) {
    summary.errors.push_back(
        {"the form",
         "no FL 42-47 service line could be read (a revenue code, the "
         "HCPCS code if any, a service date, units and a charge in dollars "
         "and cents)"});
    return summary;
  }
  ClaimParse parse;
  parse.format = ClaimFormat::kUb04;
  parse.location = "the form";
  parse.id = header.control_number;
  Claim& claim = parse.claim;
  claim.form = ToString(ClaimForm::kInstitutional);
  claim.facility_type = header.type_of_bill;
  claim.payer = header.payer;
  claim.date_of_service = header.statement_from;
  claim.diagnoses = header.diagnoses;
  for (const Ub04ServiceLine& service : services) {
    claim.lines.push_back(LineOf(service, header.statement_from));
  }
  claim.notes.push_back(
      "Read as a printed UB-04 form: its type of bill, statement period, "
      "payer, diagnoses and FL 42-47 service lines; its other locators "
      "(patient, provider, occurrence and value codes) were not read.");
  summary.claims = 1;
  summary.stopped = !sink(std::move(parse));
  return summary;
}

}  // namespace billcode
