// Rules the Medicare Physician Fee Schedule drives, for Medicare claims of
// practitioners (suppliers and hospitals are paid under other schedules):
// medicare-use-level2 (status I or N of a CPT code with a known Level II
// alternative), pfs-not-valid-medicare, pfs-bundled, pfs-not-covered,
// pfs-excluded,
// pfs-measurement (status codes), modifier-pctc, modifier-bilateral,
// modifier-assistant, modifier-cosurgeon, modifier-team (the indicators of
// each code's row), and global-period-em (a visit inside a procedure's
// global period). Every message names the relative value file's edition.
#include "billcode/tables/field_values.h"
#include "claim_rules.h"

namespace billcode {
namespace {

constexpr std::string_view kPriced[] = {"26", "TC", "53"};

// The row of the line's code: with its 26, TC or 53 modifier when the file
// has one, else the code's own.
const RvuEntry* RowOf(const RvuTable& table, const LineFacts& facts) {
  const std::string& code = facts.lookup.classification.code;
  for (std::string_view modifier : kPriced) {
    if (!facts.HasModifier(modifier)) continue;
    if (const RvuEntry* row = table.Find(code + std::string(modifier))) {
      return row;
    }
  }
  return table.Find(code);
}

std::string StatusWords(const RvuEntry& row) {
  return std::string(PfsFieldMeaning("status", row.status));
}

void CheckStatusCode(const CheckContext& context, const LineFacts& facts,
                     const RvuEntry& row, const std::string& source,
                     Findings* findings) {
  const std::string& code = facts.lookup.classification.code;
  const std::string why =
      " (fee schedule status " + row.status + ": " + StatusWords(row) + ")";
  const std::vector<std::string> alternative =
      row.status == "I" || row.status == "N" ? Level2Alternative(code)
                                             : std::vector<std::string>();
  if (!alternative.empty()) {
    // An MUE of 0 reports the same (CheckMue): say it once.
    const MueTable* mue = context.data.mue(context.setting, facts.date);
    const MueEntry* entry = mue ? mue->Find(code) : nullptr;
    if (entry && entry->value == 0) return;
    findings->Add(
        facts.number, "code", Rule::kMedicareUseLevel2, Severity::kError,
        "Medicare does not pay " + code + why +
            ": it wants a HCPCS Level II code. " + alternative[1],
        "Bill " + alternative[0] + " instead.", source + "; " + alternative[2]);
  } else if (row.status == "I") {
    findings->Add(facts.number, "code", Rule::kPfsNotValidMedicare,
                  Severity::kError,
                  "Medicare does not accept " + code + why + ".",
                  "Bill the code Medicare uses for this service (often a "
                  "HCPCS Level II G code).",
                  source);
  } else if (row.status == "B") {
    findings->Add(facts.number, "code", Rule::kPfsBundled, Severity::kWarning,
                  "Medicare never pays " + code + " separately" + why + ".",
                  "Expect no payment for this line; its payment is part of "
                  "the service it goes with.",
                  source);
  } else if (row.status == "P") {
    // Supplies and the like: part of a practitioner's service, or paid
    // under another schedule when a supplier bills them.
    findings->Add(facts.number, "code", Rule::kPfsBundled, Severity::kWarning,
                  "Medicare does not pay " + code +
                      " separately on a practitioner's claim" + why + ".",
                  "Expect no payment for this line from a practitioner; a "
                  "supply the patient takes home is billed by a DME "
                  "supplier to the DME MAC.",
                  source);
  } else if (row.status == "N") {
    findings->Add(facts.number, "code", Rule::kPfsNotCovered, Severity::kError,
                  "Medicare does not cover " + code + why + ".",
                  "Have the patient sign an Advance Beneficiary Notice "
                  "before the service, and bill with modifier GA; else the "
                  "provider cannot bill the patient.",
                  source);
  } else if (row.status == "E" ||
             (row.status == "X" &&
              !(context.data.lab_fees(facts.date) &&
                context.data.lab_fees(facts.date)->Find(code)))) {
    // Information only: drugs (status E), ambulance and the like are paid,
    // under other schedules.
    findings->Add(
        facts.number, "code", Rule::kPfsExcluded, Severity::kInfo,
        code + " is not paid under the physician fee schedule" + why + ".",
        "Medicare pays it another way (drug prices, ambulance, "
        "equipment schedules) or not at all; check which before "
        "billing.",
        source);
  } else if (row.status == "M" && !facts.line->charge.empty() &&
             facts.lookup.classification.kind != CodeKind::kCptCategory2) {
    findings->Add(facts.number, "charge", Rule::kPfsMeasurement,
                  Severity::kWarning,
                  code +
                      " is a measurement code: it reports quality data and "
                      "is never paid" +
                      why + ".",
                  "Bill it with a $0.00 or token charge.", source);
  }
}

// One finding per modifier the line's indicators do not allow.
void CheckIndicators(const LineFacts& facts, const RvuEntry& row,
                     const std::string& source, Findings* findings) {
  const std::string& code = facts.lookup.classification.code;
  const auto add = [&](const std::string& modifier, Rule rule,
                       Severity severity, const char* field,
                       const std::string& value, const std::string& fix) {
    findings->Add(facts.number, "modifiers", rule, severity,
                  "Modifier " + modifier + " on " + code + ": " +
                      std::string(PfsFieldMeaning(field, value)),
                  fix, source);
  };
  const std::string pctc = std::to_string(row.pctc);
  if (facts.HasModifier("26") && row.pctc != 1 && row.pctc != 6) {
    add("26", Rule::kModifierPctc, Severity::kError, "pctc", pctc,
        "Remove 26: this code has no separate professional component.");
  }
  if (facts.HasModifier("TC") && row.pctc != 1) {
    add("TC", Rule::kModifierPctc, Severity::kError, "pctc", pctc,
        "Remove TC: this code has no separate technical component.");
  }
  if (facts.HasModifier("50") &&
      (row.bilateral == 0 || row.bilateral == 2 || row.bilateral == 9)) {
    add("50", Rule::kModifierBilateral,
        row.bilateral == 9 ? Severity::kError : Severity::kWarning, "bilateral",
        std::to_string(row.bilateral),
        row.bilateral == 9 ? "Remove 50: it does not apply to this code."
                           : "Bill one line without 50; Medicare pays no "
                             "more for both sides.");
  }
  for (const char* assistant : {"80", "81", "82", "AS"}) {
    if (facts.HasModifier(assistant) && row.assistant == 1) {
      add(assistant, Rule::kModifierAssistant, Severity::kError, "assistant",
          "1", "Do not bill an assistant at surgery for this procedure.");
    }
  }
  if (facts.HasModifier("62") && row.co_surgeon == 0) {
    add("62", Rule::kModifierCoSurgeon, Severity::kError, "co-surgeon", "0",
        "Bill the procedure by one surgeon, without 62.");
  }
  if (facts.HasModifier("66") && row.team == 0) {
    add("66", Rule::kModifierTeam, Severity::kError, "team", "0",
        "Bill the procedure without 66.");
  }
}

bool IsVisit(const LineFacts& facts) {
  const Classification& c = facts.lookup.classification;
  return c.kind == CodeKind::kCptCategory1 && c.section &&
         c.section->id == "evaluation-management";
}

// Days after the procedure its global period covers (and one day before
// for 090); 0 when it has none of 10 or 90 days.
int GlobalDays(const RvuEntry& row) {
  if (row.global_days == "010") return 10;
  if (row.global_days == "090") return 90;
  return 0;
}

bool WithinGlobal(Date visit, Date procedure, int days) {
  if (visit.empty() || procedure.empty()) return false;
  const Date before = days == 90 ? procedure.PreviousDay() : procedure;
  if (visit < before) return false;
  Date last = procedure;
  for (int i = 0; i < days; ++i) last = last.NextDay();
  return visit <= last;
}

void CheckGlobalPeriod(const CheckContext& context, const LineFacts& visit,
                       const RvuTable& table, const std::string& source,
                       Findings* findings) {
  if (!IsVisit(visit) || visit.HasModifier("24") || visit.HasModifier("25") ||
      visit.HasModifier("57")) {
    return;
  }
  for (const LineFacts& other : context.lines) {
    if (&other == &visit || IsVisit(other)) continue;
    const RvuEntry* row = table.Find(other.lookup.classification.code);
    const int days = row ? GlobalDays(*row) : 0;
    if (days == 0 || !WithinGlobal(visit.date, other.date, days)) continue;
    findings->Add(visit.number, "modifiers", Rule::kGlobalPeriodEm,
                  Severity::kWarning,
                  "The visit " + visit.lookup.classification.code + " on " +
                      visit.date.ToIso() + " falls in the " +
                      std::to_string(days) + "-day global period of " +
                      other.lookup.classification.code + " (line " +
                      std::to_string(other.number) + ", " + other.date.ToIso() +
                      "): Medicare counts it as part of the surgery.",
                  "If the visit was unrelated, add 24 (after surgery) or 25 "
                  "(same day); if it decided on a major surgery, 57.",
                  source);
    return;
  }
}

}  // namespace

void CheckFeeSchedule(const CheckContext& context, Findings* findings) {
  if (context.payer != Payer::kMedicare ||
      context.setting != Setting::kPractitioner) {
    return;
  }
  for (const LineFacts& facts : context.lines) {
    if (!facts.IsValidCode()) continue;
    const RvuTable* table = context.data.rvus(facts.date);
    if (!table || facts.date.empty()) continue;
    const std::string source = SourceOf("Medicare PFS", table->info());
    if (const RvuEntry* row = RowOf(*table, facts)) {
      CheckStatusCode(context, facts, *row, source, findings);
      CheckIndicators(facts, *row, source, findings);
    }
    CheckGlobalPeriod(context, facts, *table, source, findings);
  }
}

}  // namespace billcode
