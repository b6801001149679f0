#include "bill_payment.h"

#include <algorithm>

#include "bill_tokens.h"
#include "billcode/bills/adjustment_reasons.h"

namespace billcode::bills {
namespace {

std::string JoinWithAnd(const std::vector<std::string>& parts) {
  std::string text;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) text += i + 1 == parts.size() ? " and " : ", ";
    text += parts[i];
  }
  return text;
}

std::string PaidSentence(const BillItem& item) {
  if (item.paid.empty()) return "";
  const long long paid = CentsOf(item.paid);
  std::string sentence = paid == 0 ? "The plan paid nothing for this line"
                                   : "The plan paid " + DollarText(paid);
  if (!item.allowed.empty()) {
    sentence += " (it allowed " + DollarText(CentsOf(item.allowed)) + ")";
  }
  const long long to_patient = CentsOf(item.paid_to_patient);
  if (to_patient > 0) {
    sentence += to_patient == paid ? ", to you rather than the provider"
                                   : "; " + DollarText(to_patient) +
                                         " of it went to you rather than the "
                                         "provider";
    sentence += ": the provider may ask you for it";
  }
  return sentence + ".";
}

std::string PatientShareSentence(const BillItem& item) {
  std::vector<const BillAdjustment*> shares;
  for (const BillAdjustment& adjustment : item.adjustments) {
    if (adjustment.group == "PR" && !adjustment.amount.empty()) {
      shares.push_back(&adjustment);
    }
  }
  if (shares.empty()) return "";
  long long total = 0;
  std::vector<std::string> parts;
  for (const BillAdjustment* share : shares) {
    const long long cents = CentsOf(share->amount);
    total += cents;
    parts.push_back(DollarText(cents) + ReasonWords(share->reason));
  }
  if (total == 0) return "The plan says you owe nothing for this line.";
  if (shares.size() == 1) {
    return "You may owe " + DollarText(total) + " for this line" +
           ReasonWords(shares.front()->reason) + ".";
  }
  return "You may owe " + DollarText(total) +
         " for this line: " + JoinWithAnd(parts) + ".";
}

std::string AdjustmentSentence(const BillAdjustment& adjustment) {
  const long long cents = CentsOf(adjustment.amount);
  const std::string group = AdjustmentGroupMeaning(adjustment.group);
  std::string sentence =
      cents < 0 ? DollarText(-cents) + " was added back by the plan"
                : DollarText(cents) + " was taken off by the plan";
  sentence +=
      group.empty() ? " (group " + adjustment.group + ")" : " as " + group;
  return sentence + ReasonWords(adjustment.reason) + ".";
}

// A reason an EOB gives for the line without its amount: "Reason CO-96 on
// this line: a charge the plan does not cover (a contractual write-off
// ...)."
std::string ReasonSentence(const BillAdjustment& adjustment) {
  const std::string code = adjustment.group.empty()
                               ? adjustment.reason
                               : adjustment.group + "-" + adjustment.reason;
  std::string meaning = AdjustmentReasonMeaning(adjustment.reason);
  if (meaning.empty())
    meaning = "see X12's list of Claim Adjustment Reason Codes";
  const std::string group = AdjustmentGroupMeaning(adjustment.group);
  return "Reason " + code + " on this line: " + meaning +
         (group.empty() ? "" : " (" + group + ")") + ".";
}

}  // namespace

std::string PaidToPatientWords(long long cents, const std::string& what) {
  return "the plan paid " + DollarText(cents) + " of " + what +
         " to you, not to the provider (as plans often do for a provider "
         "outside their network): the provider may ask you for it.";
}

std::string ReasonWords(const std::string& reason) {
  if (reason.empty()) return "";
  const std::string meaning = AdjustmentReasonMeaning(reason);
  if (meaning.empty()) {
    return " (reason " + reason +
           ": see X12's list of Claim Adjustment Reason Codes)";
  }
  return " (reason " + reason + ": " + meaning + ")";
}

bool ShowsPayment(const BillItem& item) {
  return !item.paid.empty() ||
         std::any_of(item.adjustments.begin(), item.adjustments.end(),
                     [](const BillAdjustment& adjustment) {
                       return !adjustment.amount.empty();
                     });
}

std::vector<std::string> PaymentSentences(const BillItem& item) {
  std::vector<std::string> sentences;
  if (!item.pending.empty()) {
    sentences.push_back("Your insurer has not decided on this line yet (" +
                        DollarText(CentsOf(item.pending)) +
                        " is waiting on it): what you owe for it may change "
                        "once it does.");
  }
  if (std::string paid = PaidSentence(item); !paid.empty()) {
    sentences.push_back(std::move(paid));
  }
  if (std::string share = PatientShareSentence(item); !share.empty()) {
    sentences.push_back(std::move(share));
  }
  for (const BillAdjustment& adjustment : item.adjustments) {
    if (adjustment.amount.empty()) {
      sentences.push_back(ReasonSentence(adjustment));
    } else if (adjustment.group != "PR") {
      sentences.push_back(AdjustmentSentence(adjustment));
    }
  }
  for (const BillNote& note : item.payer_notes) {
    sentences.push_back("Note " + note.ref + " on the notice: " + note.text);
  }
  std::vector<std::string> unexplained;
  for (const std::string& remark : item.remarks) {
    const std::string meaning = RemarkCodeMeaning(remark);
    if (meaning.empty()) {
      unexplained.push_back(remark);
    } else {
      sentences.push_back("Remark " + remark + ": " + meaning + ".");
    }
  }
  if (!unexplained.empty()) {
    sentences.push_back(
        std::string(unexplained.size() < item.remarks.size()
                        ? "The plan's other remark codes for this line: "
                        : "The plan's remark codes for this line: ") +
        JoinWithAnd(unexplained) +
        " (X12's list of Remittance Advice Remark Codes explains them).");
  }
  return sentences;
}

std::optional<long long> PatientShareCents(const BillItem& item) {
  const bool decided = !item.allowed.empty() || !item.adjustments.empty() ||
                       !item.remarks.empty();
  if (!ShowsPayment(item) || !decided || !item.pending.empty()) {
    return std::nullopt;
  }
  long long total = 0;
  for (const BillAdjustment& adjustment : item.adjustments) {
    if (adjustment.group == "PR") total += CentsOf(adjustment.amount);
  }
  return total;
}

}  // namespace billcode::bills
