#include "billcode/bills/bill_explanation.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "bill_claims.h"
#include "bill_code_words.h"
#include "bill_flags.h"
#include "bill_payment.h"
#include "bill_tokens.h"
#include "billcode/bills/revenue_codes.h"
#include "billcode/claims/rules/claim_check.h"
#include "billcode/codes/explanation.h"
#include "billcode/tables/staleness.h"

namespace billcode {
namespace {

void AddOnce(const std::string& text, std::vector<std::string>* list) {
  if (!text.empty() &&
      std::find(list->begin(), list->end(), text) == list->end()) {
    list->push_back(text);
  }
}

// The date each item is checked on: its own, else the bill's first date,
// else the user's, else today.
void ChooseDates(const BillOptions& options, BillExplanation* bill) {
  std::optional<Date> bill_date;
  for (const ExplainedItem& item : bill->items) {
    if (std::optional<Date> date = Date::ParseIso(item.item.date_of_service)) {
      bill_date = date;
      break;
    }
  }
  for (ExplainedItem& item : bill->items) {
    if (std::optional<Date> own = Date::ParseIso(item.item.date_of_service)) {
      item.date = *own;
    } else if (bill_date) {
      item.date = *bill_date;
    } else if (!options.date.empty()) {
      item.date = options.date;
      item.date_source = DateSource::kUser;
    } else {
      item.date = options.today;
      item.date_source = DateSource::kToday;
    }
  }
}

std::string CodeWithModifiers(const BillItem& item) {
  std::string text = item.code;
  for (const std::string& modifier : item.modifiers) text += "-" + modifier;
  return text;
}

void ExplainProcedure(const DataSet& data, const BillOptions& options,
                      ExplainedItem* explained) {
  const BillItem& item = explained->item;
  explained->lookup =
      Lookup(CodeWithModifiers(item), explained->date, data.hcpcs(),
             data.cpt_descriptors(explained->date));
  explained->explanation = Explain(*explained->lookup);
  if (data.rvus(explained->date) == nullptr &&
      data.lab_fees(explained->date) == nullptr) {
    return;
  }
  PriceQuery query;
  query.date = explained->date;
  query.zip = options.zip;
  explained->price = Price(CodeWithModifiers(item), query, data);
}

// Medicare's amount per unit: local if known, else national; the office
// (non-facility) rate when there is one.
long long MedicareAmount(const PriceResult& price) {
  const PriceAmounts& amounts = price.has_local ? price.local : price.national;
  return amounts.nonfacility >= 0 ? amounts.nonfacility : amounts.facility;
}

long long Cents(const std::string& dollars) {
  return dollars.empty() ? -1 : bills::CentsOf(dollars);
}

// Which insurer's rules the codes were checked by, when the user named
// none: the kind of insurer the file names (`payer`), else Medicare's.
std::string PayerNote(const std::string& payer) {
  if (payer.empty()) {
    return "billcode could not tell the insurer from the bill, so the codes "
           "were checked against Medicare's rules and prices, which most "
           "insurers build on.";
  }
  if (payer == "medicare") {
    return "The file names Medicare as the insurer: the codes were checked "
           "against Medicare's rules.";
  }
  if (payer == "medicaid") {
    return "The file names Medicaid as the insurer: the codes were checked "
           "as a Medicaid claim, priced by Medicare's fees for comparison.";
  }
  return "The file names a private insurer: rules only Medicare has (such as "
         "refusing S codes) were not applied, and prices are Medicare's, for "
         "comparison.";
}

// What the bill charges for without a code, or "": the lines, at most 5
// of them named.
std::string UncodedNote(const std::vector<int>& lines) {
  if (lines.empty()) return "";
  constexpr size_t kNamed = 5;
  std::string list;
  for (size_t i = 0; i < lines.size() && i < kNamed; ++i) {
    if (i > 0) list += i + 1 == std::min(lines.size(), kNamed) ? " and " : ", ";
    list += std::to_string(lines[i]);
  }
  if (lines.size() > kNamed) {
    list += " (and " + std::to_string(lines.size() - kNamed) + " more)";
  }
  const bool one = lines.size() == 1;
  return std::string(one ? "Line " : "Lines ") + list +
         (one ? " shows a charge but no billing code"
              : " show a charge but no billing code") +
         ", so billcode cannot explain " + (one ? "it" : "them") +
         ". Ask the billing office for the code of each charge; an itemized "
         "bill lists them.";
}

void AddFlag(BillFlag flag, ExplainedItem* item) {
  for (const BillFlag& existing : item->flags) {
    if (existing.kind == flag.kind) return;
  }
  item->flags.push_back(std::move(flag));
}

// True for an MUE finding that a bill should not flag as too many units:
// an MUE of 0 (no unit paid in the setting the checks guessed) where
// another setting's table pays the code, since a bill does not say who
// billed it, or where Medicare does not pay the line at all
// (`not_paid_lines`), which its own flag says.
bool ZeroMueSaysSomethingElse(const DataSet& data, const ClaimReport& report,
                              const Claim& claim, const Finding& finding,
                              const std::set<int>& not_paid_lines) {
  Setting setting;
  if (finding.rule != Rule::kMueUnits || finding.line <= 0 ||
      !FromString(report.setting, &setting)) {
    return false;
  }
  const ClaimLine& line = claim.lines[finding.line - 1];
  const std::optional<Date> date = Date::ParseIso(line.date_of_service);
  return date && bills::MueIsZero(data, setting, line.code, *date) &&
         (not_paid_lines.count(finding.line) > 0 ||
          bills::PaidInAnotherSetting(data, line.code, *date));
}

// `text`, a finding's words, with each "line N" it says (a line of the
// claim made from the bill) as the line of the bill that item is on, when
// the item is on one (not in a FHIR or X12 file).
std::string WithBillLines(const std::string& text,
                          const bills::BillClaim& bill_claim,
                          const std::vector<ExplainedItem>& items) {
  static constexpr std::string_view kWord = "line ";
  std::string out;
  size_t from = 0;
  for (size_t at = text.find(kWord); at != std::string::npos;
       at = text.find(kWord, at + kWord.size())) {
    const size_t digits = at + kWord.size();
    size_t end = digits;
    while (end < text.size() &&
           std::isdigit(static_cast<unsigned char>(text[end]))) {
      ++end;
    }
    const bool word_start =
        at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    if (!word_start || end == digits || end - digits > 4) continue;
    const size_t number = std::stoul(text.substr(digits, end - digits));
    if (number == 0 || number > bill_claim.line_items.size()) continue;
    const int line = items[bill_claim.line_items[number - 1]].item.line;
    if (line <= 0) continue;  // an item of a FHIR or X12 file
    out += text.substr(from, digits - from);
    out += std::to_string(line);
    from = end;
  }
  return out + text.substr(from);
}

// Flags `bill_claim`'s findings on the items they are about.
void FlagFromReport(const DataSet& data, const bills::BillClaim& bill_claim,
                    const ClaimReport& report, bool insurer_known,
                    BillExplanation* bill) {
  std::set<int> not_paid_lines;
  for (const Finding& finding : report.findings) {
    if (bills::FlagKindOf(finding.rule) == BillFlagKind::kMedicareDoesNotPay) {
      not_paid_lines.insert(finding.line);
    }
  }
  for (const Finding& finding : report.findings) {
    std::optional<BillFlag> flag = bills::FlagOfFinding(finding, insurer_known);
    if (!flag || ZeroMueSaysSomethingElse(data, report, bill_claim.claim,
                                          finding, not_paid_lines)) {
      continue;
    }
    const std::vector<size_t>& lines = bill_claim.line_items;
    const std::vector<size_t>& diagnoses = bill_claim.diagnosis_items;
    size_t target = bill->items.size();
    if (finding.line > 0 && static_cast<size_t>(finding.line) <= lines.size()) {
      target = lines[finding.line - 1];
    } else if (finding.field.rfind("diagnoses[", 0) == 0) {
      size_t index = std::strtoul(finding.field.c_str() + 10, nullptr, 10);
      if (index < diagnoses.size()) target = diagnoses[index];
    }
    if (target < bill->items.size()) {
      const BillItem& item = bill->items[target].item;
      // A plan that allowed or paid a second visit has decided on it; an
      // EOB's visits may be different doctors'.
      if (flag->kind == BillFlagKind::kTwoVisitsOneDay &&
          (!item.paid.empty() || !item.allowed.empty())) {
        continue;
      }
      flag->detail = WithBillLines(flag->detail, bill_claim, bill->items);
      AddFlag(std::move(*flag), &bill->items[target]);
    }
  }
}

// Which checks ran over the lines of all `claims` (more than one): those of
// one claim of them all, with the first one's payer and setting.
std::vector<CheckStatus> ChecksOfAll(
    const std::vector<bills::BillClaim>& claims, const DataSet& data,
    const CheckOptions& options) {
  Claim all = claims.front().claim;
  for (size_t i = 1; i < claims.size(); ++i) {
    const Claim& claim = claims[i].claim;
    all.lines.insert(all.lines.end(), claim.lines.begin(), claim.lines.end());
    for (const std::string& diagnosis : claim.diagnoses) {
      if (std::find(all.diagnoses.begin(), all.diagnoses.end(), diagnosis) ==
          all.diagnoses.end()) {
        all.diagnoses.push_back(diagnosis);
      }
    }
  }
  return CheckClaim(all, data, options).checks;
}

// The bill's procedure lines and diagnoses as claims, checked; the first
// claim's payer is the bill's, and its checks are those of all its lines.
void FlagFromChecks(const DataSet& data, const BillOptions& options,
                    const std::string& payer, BillExplanation* bill) {
  CheckOptions check;
  check.today = options.today;
  const std::vector<bills::BillClaim> claims =
      bills::ClaimsOfBill(*bill, payer);
  bill->payer = payer;  // a bill of drugs alone has no claim to check
  for (const bills::BillClaim& bill_claim : claims) {
    const ClaimReport report = CheckClaim(bill_claim.claim, data, check);
    if (&bill_claim == &claims.front()) {
      bill->payer = report.payer;
      bill->checks = report.checks;
    }
    for (const CheckStatus& status : report.checks) {
      AddOnce(status.notice, &bill->notices);
    }
    FlagFromReport(data, bill_claim, report, !payer.empty(), bill);
  }
  if (claims.size() > 1) bill->checks = ChecksOfAll(claims, data, check);
}

}  // namespace

BillExplanation ExplainBill(const BillExtraction& extraction,
                            const DataSet& data, const BillOptions& options) {
  BillExplanation bill;
  bill.problems = extraction.problems;
  bill.uncoded_lines = extraction.uncoded_lines;
  bill.amount_due = extraction.amount_due;
  bill.insurance_paid = extraction.insurance_paid;
  bill.notes = extraction.notes;
  for (const BillItem& item : extraction.items) {
    ExplainedItem explained;
    explained.item = item;
    explained.charge_cents = Cents(item.charge);
    if (!item.paid.empty()) explained.paid_cents = Cents(item.paid);
    explained.patient_share_cents = bills::PatientShareCents(item);
    bill.items.push_back(std::move(explained));
  }
  ChooseDates(options, &bill);
  for (ExplainedItem& explained : bill.items) {
    switch (explained.item.kind) {
      case BillItemKind::kProcedure:
        ExplainProcedure(data, options, &explained);
        break;
      case BillItemKind::kDiagnosis:
        explained.explanation =
            bills::ExplainDiagnosis(explained.item.code, explained.date, data);
        break;
      case BillItemKind::kRevenue:
        explained.explanation = bills::ExplainRevenue(explained.item.code);
        break;
      case BillItemKind::kNdc:
        explained.explanation = bills::ExplainNdc(explained.item.code);
        break;
    }
    const std::string& revenue = explained.item.revenue_code;
    if (!revenue.empty()) {
      const std::string department = RevenueDepartment(revenue);
      explained.explanation.push_back(
          "The hospital billed it under revenue code " + revenue +
          (department.empty() ? "." : " (" + department + ")."));
    }
    for (std::string& sentence : bills::PaymentSentences(explained.item)) {
      explained.explanation.push_back(std::move(sentence));
    }
  }
  const std::string& payer =
      options.payer.empty() ? extraction.payer : options.payer;
  FlagFromChecks(data, options, payer, &bill);
  for (ExplainedItem& explained : bill.items) {
    if (std::optional<BillFlag> flag =
            bills::PlanPaidNothingFlag(explained.item)) {
      AddFlag(std::move(*flag), &explained);
    }
    if (!explained.price) continue;
    AddOnce(explained.price->notice, &bill.notices);
    // A line the plan has paid is no longer the patient's charge: the
    // patient owes the share the plan says, not a price to bargain over.
    if (bills::ShowsPayment(explained.item)) continue;
    int units = explained.item.units.empty()
                    ? 1
                    : std::atoi(explained.item.units.c_str());
    if (std::optional<BillFlag> flag = bills::ChargeFlag(
            explained.charge_cents, units, MedicareAmount(*explained.price),
            bills::IsFacilityLine(explained.item), explained.price->edition)) {
      AddFlag(std::move(*flag), &explained);
    }
  }
  for (const ExplainedItem& explained : bill.items) {
    for (const BillFlag& flag : explained.flags) {
      AddOnce(flag.question, &bill.questions);
    }
  }
  if (!bill.items.empty() && options.payer.empty()) {
    bill.notes.push_back(PayerNote(payer));
  }
  if (std::string note = UncodedNote(bill.uncoded_lines); !note.empty()) {
    bill.notes.push_back(std::move(note));
  }
  Date latest;
  for (const ExplainedItem& explained : bill.items) {
    if (latest < explained.date) latest = explained.date;
  }
  for (const StaleTable& table : StaleTables(data, latest)) {
    bill.notes.push_back(table.message);
  }
  for (const ExplainedItem& explained : bill.items) {
    if (explained.date_source == DateSource::kBill) continue;
    bill.notes.push_back(
        std::string("The bill shows no date of service, so the codes were "
                    "checked on ") +
        explained.date.ToIso() +
        (explained.date_source == DateSource::kUser ? ", the date you gave."
                                                    : ", today."));
    break;
  }
  return bill;
}

}  // namespace billcode
