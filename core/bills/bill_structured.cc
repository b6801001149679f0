#include "bill_structured.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bill_payment.h"
#include "bill_remittance.h"
#include "bill_reversals.h"
#include "bill_tokens.h"
#include "billcode/claims/input/claim_input.h"
#include "billcode/tables/icd10cm.h"

namespace billcode::bills {
namespace {

// An Explanation of Benefits' amounts: the network discount as "CO-45";
// the patient's parts as "PR" adjustments (deductible 1, coinsurance 2,
// copay 3); the amount not covered with the one reason given: the
// patient's ("PR") unless the patient's liability is given and leaves it
// out, then the provider's ("CO"); the patient's liability whole when it
// gives no parts.
// Other reasons come without amounts, and the remark codes as given.
void AddAdjudication(const ClaimLine::Adjudication& given, BillItem* item) {
  item->allowed = ClaimAmount(given.allowed);
  item->paid = ClaimAmount(given.paid);
  const std::string to_patient = ClaimAmount(given.paid_to_patient);
  if (CentsOf(to_patient) > 0) item->paid_to_patient = to_patient;
  // Adds a non-zero amount; its cents, or 0.
  const auto add = [&](const char* group, const std::string& reason,
                       const std::string& amount) {
    const std::string dollars = ClaimAmount(amount);
    if (dollars.empty() || CentsOf(dollars) == 0) return 0LL;
    item->adjustments.push_back({group, reason, dollars});
    return CentsOf(dollars);
  };
  add("CO", "45", given.discount);
  long long shares = 0;
  const std::pair<const std::string*, const char*> parts[] = {
      {&given.deductible, "1"}, {&given.coinsurance, "2"}, {&given.copay, "3"}};
  for (const auto& [amount, reason] : parts)
    shares += add("PR", reason, *amount);
  const std::string liability = ClaimAmount(given.liability);
  std::vector<std::string> reasons = given.reasons;
  const std::string reason = reasons.size() == 1 ? reasons[0] : "";
  const bool patients =
      liability.empty() ||
      shares + CentsOf(ClaimAmount(given.noncovered)) <= CentsOf(liability);
  if (add(patients ? "PR" : "CO", reason, given.noncovered) &&
      !reason.empty()) {
    reasons.clear();
  }
  const bool has_share =
      std::any_of(item->adjustments.begin(), item->adjustments.end(),
                  [](const BillAdjustment& adjustment) {
                    return adjustment.group == "PR";
                  });
  if (!has_share && !liability.empty()) {  // "0.00": nothing owed
    item->adjustments.push_back({"PR", "", liability});
  }
  for (const std::string& other : reasons) {
    item->adjustments.push_back({"", other, ""});
  }
  item->remarks = given.remarks;
}

// A code system a FHIR file may code its lines in, in plain words.
std::string SystemName(const std::string& system) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"http://snomed.info/sct", "SNOMED CT (clinical terms)"},
      {"http://hl7.org/fhir/sid/cvx", "CVX (vaccines)"},
      {"http://www.nlm.nih.gov/research/umls/rxnorm", "RxNorm (drugs)"},
      {"http://loinc.org", "LOINC (lab tests)"},
      {"http://hl7.org/fhir/sid/icd-10-cm", "ICD-10-CM (diagnoses)"},
      {"http://www.cms.gov/Medicare/Coding/ICD10", "ICD-10-PCS"}};
  for (const auto& [uri, name] : kNames) {
    if (system == uri) return std::string(name);
  }
  return system == "none" ? "no code system" : system;
}

// The lines of a file's claims that name no code billcode explains (coded
// in SNOMED CT, CVX ... without a revenue code or NDC), said in one note.
class UnexplainedLines {
 public:
  void Add(const ClaimLine& line, int claim_number) {
    std::string shown = line.code;
    if (!line.description.empty() && line.description != line.code) {
      shown += " \"" + line.description + "\"";
    }
    std::vector<std::string>& codes = by_system_[SystemName(line.code_system)];
    if (codes.size() < kMostShown &&
        std::find(codes.begin(), codes.end(), shown) == codes.end()) {
      codes.push_back(shown);
    }
    if (claim_number != last_claim_) ++claims_;
    last_claim_ = claim_number;
    ++count_;
    charges_ += CentsOf(ClaimAmount(line.charge));
  }
  // "" when every line was explained.
  std::string Note() const {
    if (count_ == 0) return "";
    std::string systems;
    for (const auto& [system, codes] : by_system_) {
      if (!systems.empty()) systems += "; ";
      systems += system + ": ";
      for (size_t i = 0; i < codes.size(); ++i) {
        systems += (i ? ", " : "") + codes[i];
      }
    }
    std::string note =
        std::to_string(count_) + (count_ == 1 ? " line" : " lines") +
        (claims_ > 1 ? ", of " + std::to_string(claims_) + " claims," : "") +
        (count_ == 1 ? " is" : " are") +
        " not coded in the billing codes billcode explains "
        "(CPT, HCPCS, revenue codes, NDCs) and " +
        (count_ == 1 ? "is" : "are") + " not listed (" + systems + ")";
    if (charges_ > 0) {
      note += "; their charges, $" + AmountText(charges_) +
              ", are not in the totals";
    }
    return note + ".";
  }

 private:
  static constexpr size_t kMostShown = 5;  // codes named per system
  std::map<std::string, std::vector<std::string>> by_system_;
  int count_ = 0;
  int claims_ = 0;
  int last_claim_ = -1;
  long long charges_ = 0;
};

// The cents of an amount as a claim gives it ("-68.8"); 0 when none.
long long LineCents(const std::string& amount) {
  return CentsOf(ClaimAmount(amount));
}

// What an EOB says the plan paid and the patient owes for the whole claim,
// in a note, when its lines say neither; "" otherwise.
std::string ClaimTotalsNote(const ClaimParse& parse) {
  const ClaimLine::Adjudication& totals = parse.claim.totals;
  const bool lines_say =
      std::any_of(parse.claim.lines.begin(), parse.claim.lines.end(),
                  [](const ClaimLine& line) {
                    const ClaimLine::Adjudication& given = line.adjudication;
                    return !given.paid.empty() || !given.liability.empty() ||
                           !given.deductible.empty() ||
                           !given.coinsurance.empty() || !given.copay.empty();
                  });
  // The patient's liability, or the parts it is made of when they add up
  // to more (an EOB may give its copay and a liability of 0.00).
  const std::string liability = ClaimAmount(totals.liability);
  long long parts = 0;
  for (const std::string* part :
       {&totals.deductible, &totals.coinsurance, &totals.copay}) {
    parts += LineCents(*part);
  }
  const std::string share =
      parts > CentsOf(liability) ? AmountText(parts) : liability;
  const std::string paid = ClaimAmount(totals.paid);
  if (lines_say || (paid.empty() && share.empty())) return "";
  std::vector<std::string> said;
  if (!paid.empty())
    said.push_back("the plan paid " + DollarText(CentsOf(paid)));
  if (!share.empty()) {
    said.push_back("your share is " + DollarText(CentsOf(share)));
  }
  std::string note =
      parse.location +
      ": the Explanation of Benefits says for the whole claim that " + said[0];
  if (said.size() > 1) note += " and " + said[1];
  return note +
         ". It does not say how much of that belongs to each line, so its "
         "lines show none.";
}

// What the plan paid to the patient rather than the provider (CARIN's
// paidtopatient), over the claim's lines or else in its totals, in a note;
// "" when it paid the patient nothing.
std::string PaidToPatientNote(const ClaimParse& parse) {
  long long cents = 0;
  for (const ClaimLine& line : parse.claim.lines) {
    cents += LineCents(line.adjudication.paid_to_patient);
  }
  if (cents == 0) {
    cents = LineCents(parse.claim.totals.paid_to_patient);
  }
  if (cents <= 0) return "";
  return parse.location + ": " + bills::PaidToPatientWords(cents, "this claim");
}

// The procedures of an inpatient stay, which the claim codes as a whole in
// ICD-10-PCS, named in a note with the file's words and dates; "" when it
// gives none.
std::string StayProceduresNote(const ClaimParse& parse) {
  const std::vector<StayProcedure>& procedures = parse.claim.stay_procedures;
  if (procedures.empty()) return "";
  std::string listed;
  for (const StayProcedure& procedure : procedures) {
    if (!listed.empty()) listed += "; ";
    listed += procedure.code;
    if (!procedure.description.empty()) {
      listed += " (" + procedure.description + ")";
    }
    if (!procedure.date.empty()) listed += " on " + procedure.date;
  }
  return parse.location +
         ": the procedures of the hospital stay, coded for the stay as a "
         "whole in ICD-10-PCS, the code set for inpatient procedures, which "
         "billcode does not explain: " +
         listed + ".";
}

// The lines a payer reversed, to leave out: each line with a negative
// charge and the earlier line it undoes (the same service, its charge and
// what the plan paid negated). A claim processed again keeps them in CARIN
// EOBs: the first line, its reversal, then the new line.
std::vector<bool> ReversedLines(const Claim& claim) {
  const auto key = [&](size_t i, long long sign) {
    const ClaimLine& line = claim.lines[i];
    std::string text = line.code + '\x1f' + line.date_of_service + '\x1f' +
                       std::to_string(sign * LineCents(line.charge)) + '\x1f' +
                       std::to_string(sign * LineCents(line.adjudication.paid));
    for (const std::string& modifier : line.modifiers)
      text += '\x1f' + modifier;
    return text;
  };
  return bills::CancellingPairs(
      claim.lines.size(),
      [&](size_t i) { return LineCents(claim.lines[i].charge) < 0; }, key);
}

// The claim's lines and diagnoses as bill items; the lines that are none
// go to `unexplained`, and notes say what the EOB says only of the whole
// claim.
void AddClaimItems(const ClaimParse& parse, int claim_number,
                   std::vector<BillItem>* items,
                   std::vector<std::string>* notes,
                   UnexplainedLines* unexplained) {
  const Claim& claim = parse.claim;
  const std::vector<bool> reversed = ReversedLines(claim);
  for (size_t i = 0; i < claim.lines.size(); ++i) {
    const ClaimLine& line = claim.lines[i];
    if (reversed[i]) continue;
    // A line coded in another system counts by its revenue code, else by
    // its NDC (a drug), else not at all.
    BillItem item;
    if (line.code_system.empty()) {
      item.kind = BillItemKind::kProcedure;
      item.code = line.code;
    } else if (!line.revenue_code.empty()) {
      item.kind = BillItemKind::kRevenue;
      item.code = line.revenue_code;
    } else if (!line.ndc.empty()) {
      item.kind = BillItemKind::kNdc;
      item.code = ParseNdc(line.ndc).value_or(line.ndc);
    } else {
      unexplained->Add(line, claim_number);
      continue;
    }
    item.claim = claim_number;
    item.text = parse.location + ", line " + std::to_string(i + 1);
    item.modifiers = line.modifiers;
    item.units = line.units;
    item.charge = ClaimAmount(line.charge);
    item.date_of_service = line.date_of_service.empty() ? claim.date_of_service
                                                        : line.date_of_service;
    if (item.kind == BillItemKind::kProcedure) {
      item.revenue_code = line.revenue_code;
    }
    item.ndc = ParseNdc(line.ndc).value_or(line.ndc);
    item.description = line.description;
    AddAdjudication(line.adjudication, &item);
    items->push_back(std::move(item));
  }
  for (const std::string& diagnosis : claim.diagnoses) {
    BillItem item;
    item.claim = claim_number;
    item.text = parse.location + ", diagnoses";
    item.kind = BillItemKind::kDiagnosis;
    item.code = DisplayDiagnosis(NormalizeDiagnosis(diagnosis));
    items->push_back(std::move(item));
  }
  const auto pairs = std::count(reversed.begin(), reversed.end(), true) / 2;
  if (pairs > 0) {
    notes->push_back(parse.location + ": " + std::to_string(pairs) +
                     (pairs == 1 ? " line the plan reversed is"
                                 : " lines the plan reversed are") +
                     " left out, with the reversal that cancels each (a "
                     "claim processed again keeps both): the lines listed "
                     "are those that stand.");
  }
  for (std::string note : {ClaimTotalsNote(parse), PaidToPatientNote(parse),
                           StayProceduresNote(parse)}) {
    if (!note.empty()) notes->push_back(std::move(note));
  }
}

}  // namespace

std::optional<BillExtraction> ExtractStructuredBill(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return std::nullopt;
  // JSON: an object, or an array of objects (not "[ ] 99212" or "[X]" of
  // an encounter form).
  const size_t second = text.find_first_not_of(" \t\r\n", start + 1);
  bool json = text[start] == '{' ||
              (text[start] == '[' && second != std::string_view::npos &&
               text[second] == '{');
  // X12: an interchange, also after text a tool put before it, or 837
  // segments without one.
  bool x12 = DetectClaimFormat(text) == ClaimFormat::kX12;
  if (!json && !x12) return std::nullopt;
  if (x12 && IsRemittance(text)) return ExtractRemittance(text);
  BillExtraction extraction;
  int claims = 0;
  UnexplainedLines unexplained;
  ReadSummary summary =
      ReadClaims(text, ReadOptions(), [&](ClaimParse&& parse) {
        AddClaimItems(parse, claims++, &extraction.items, &extraction.notes,
                      &unexplained);
        Payer payer;
        if (extraction.payer.empty() && FromString(parse.claim.payer, &payer)) {
          extraction.payer = parse.claim.payer;
        }
        for (const InputError& error : parse.errors) {
          extraction.problems.push_back(error.location + ": " + error.message);
        }
        return true;
      });
  for (const InputError& error : summary.errors) {
    extraction.problems.push_back(error.location.empty()
                                      ? error.message
                                      : error.location + ": " + error.message);
  }
  if (std::string note = unexplained.Note(); !note.empty()) {
    extraction.notes.push_back(std::move(note));
  }
  return extraction;
}

}  // namespace billcode::bills
