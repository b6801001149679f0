#include "billcode/bills/other_code.h"

#include <cctype>

#include "bill_code_words.h"
#include "bill_tokens.h"
#include "billcode/base/text.h"
#include "billcode/bills/adjustment_reasons.h"
#include "billcode/tables/icd10cm.h"

namespace billcode {
namespace {

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }
bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)); }
bool IsAlnum(char c) { return IsDigit(c) || IsUpper(c); }

bool AllOf(std::string_view text, bool (*test)(char)) {
  for (char c : text) {
    if (!test(c)) return false;
  }
  return true;
}

// The first letters of HCPCS Level II codes, and D of the dental codes.
bool StartsProcedureCodes(char letter) {
  return std::string_view("ABCDEGHJKLMPQRSTUV").find(letter) !=
         std::string_view::npos;
}

// "E11.9", "S83.241A"; "I10", "F329", "S83241A" where no procedure code has
// the shape.
bool IsDiagnosisShape(std::string_view code) {
  if (code.size() < 3 || !IsUpper(code[0]) || !IsDigit(code[1]) ||
      !IsAlnum(code[2])) {
    return false;
  }
  const std::string_view rest = code.substr(3);
  if (!rest.empty() && rest[0] == '.') {
    return rest.size() >= 2 && rest.size() <= 5 &&
           AllOf(rest.substr(1), IsAlnum);
  }
  return rest.size() <= 4 && AllOf(rest, IsAlnum) &&
         (!StartsProcedureCodes(code[0]) || code.size() >= 6);
}

// "CO-45", "CO45", "CO 45": the group and the reason; false for another
// shape.
bool ReadAdjustment(std::string_view code, std::string* group,
                    std::string* reason) {
  for (std::string_view name : {"CO", "PR", "OA", "PI", "CR"}) {
    if (code.substr(0, 2) != name) continue;
    std::string_view rest = code.substr(2);
    if (!rest.empty() && (rest[0] == '-' || rest[0] == ' ')) {
      rest.remove_prefix(1);
    }
    const bool shaped =
        !rest.empty() && rest.size() <= 3 &&
        (AllOf(rest, IsDigit) || (IsUpper(rest[0]) && rest.size() >= 2 &&
                                  AllOf(rest.substr(1), IsDigit)));
    if (!shaped) return false;
    *group = std::string(name);
    *reason = std::string(rest);
    return true;
  }
  return false;
}

// "N130", "M127", "MA01".
bool IsRemarkShape(std::string_view code) {
  const size_t letters = code.substr(0, 2) == "MA" ? 2 : 1;
  const std::string_view digits = code.substr(letters);
  return (code[0] == 'N' || code[0] == 'M') && !digits.empty() &&
         digits.size() <= 3 && AllOf(digits, IsDigit);
}

// The code after a label ("POS 11", "Rev: 0450"), or "" without it.
std::string_view AfterLabel(std::string_view code,
                            std::initializer_list<std::string_view> labels) {
  for (std::string_view label : labels) {
    if (code.substr(0, label.size()) != label) continue;
    std::string_view rest = code.substr(label.size());
    while (!rest.empty() && (rest[0] == ' ' || rest[0] == ':' ||
                             rest[0] == '#' || rest[0] == '-')) {
      rest.remove_prefix(1);
    }
    return rest;
  }
  return "";
}

std::vector<std::string> AdjustmentSentences(const std::string& group,
                                             const std::string& reason) {
  const std::string group_words = AdjustmentGroupMeaning(group);
  std::string meaning = AdjustmentReasonMeaning(reason);
  return {group + "-" + reason +
          " is a Claim Adjustment Reason Code, which an Explanation of "
          "Benefits or a remittance gives for an amount the plan did "
          "not pay. Group " +
          group + (group_words.empty() ? "" : ": " + group_words) +
          ". Reason " + reason + ": " +
          (meaning.empty() ? "see X12's list of Claim Adjustment Reason "
                             "Codes"
                           : meaning) +
          "."};
}

std::vector<std::string> RemarkSentences(const std::string& code) {
  const std::string meaning = RemarkCodeMeaning(code);
  return {code +
          " is a Remittance Advice Remark Code, which an Explanation of "
          "Benefits or a remittance gives to say more about a line: " +
          (meaning.empty() ? "billcode has no words for this one; see X12's "
                             "list of remark codes"
                           : meaning) +
          "."};
}

std::optional<OtherCode> PlaceOfServiceCode(std::string_view code, Date date,
                                            const DataSet& data) {
  if (code.size() != 2 || !AllOf(code, IsDigit)) return std::nullopt;
  OtherCode other{OtherCodeKind::kPlaceOfService, std::string(code), {}};
  const PlaceOfServiceTable* table = data.places(date);
  const PlaceOfService* place = table ? table->Find(code) : nullptr;
  other.sentences.push_back(
      "Place of service " + other.code +
      (place ? ": " + place->name + ". " + place->description
             : (table ? " is not in the CMS list of places of service."
                      : ": no place of service list is loaded.")));
  other.sentences.push_back(
      "A claim's place of service says where the care was given; Medicare "
      "pays some services differently in an office and in a facility.");
  return other;
}

}  // namespace

std::optional<OtherCode> ExplainOtherCode(std::string_view text, Date date,
                                          const DataSet& data) {
  const std::string code = AsciiUpper(TrimAsciiSpace(text));
  if (code.empty()) return std::nullopt;
  if (std::string_view place = AfterLabel(code, {"POS", "PLACE OF SERVICE"});
      !place.empty()) {
    return PlaceOfServiceCode(place, date, data);
  }
  std::string_view revenue = AfterLabel(code, {"REV CODE", "REV", "REVENUE"});
  if (revenue.empty() && code.size() == 4 && code[0] == '0' && code[1] != '0') {
    revenue = code;
  }
  if (revenue.size() == 4 && AllOf(revenue, IsDigit)) {
    return OtherCode{OtherCodeKind::kRevenue, std::string(revenue),
                     bills::ExplainRevenue(revenue)};
  }
  if (std::optional<std::string> ndc = bills::ParseNdc(code)) {
    return OtherCode{OtherCodeKind::kNdc, *ndc, bills::ExplainNdc(*ndc)};
  }
  std::string group, reason;
  if (ReadAdjustment(code, &group, &reason)) {
    return OtherCode{OtherCodeKind::kAdjustmentReason, group + "-" + reason,
                     AdjustmentSentences(group, reason)};
  }
  if (IsRemarkShape(code)) {
    return OtherCode{OtherCodeKind::kRemark, code, RemarkSentences(code)};
  }
  if (IsDiagnosisShape(code)) {
    const std::string dotted = DisplayDiagnosis(NormalizeDiagnosis(code));
    return OtherCode{OtherCodeKind::kDiagnosis, dotted,
                     bills::ExplainDiagnosis(dotted, date, data)};
  }
  return std::nullopt;
}

}  // namespace billcode
