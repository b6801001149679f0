// Rules on modifiers: modifier-too-many, modifier-invalid,
// modifier-terminated, modifier-duplicate, modifier-conflict, em-without-25,
// modifier-misused.
#include <cctype>
#include <set>
#include <string_view>

#include "billcode/codes/ambulance.h"
#include "claim_rules.h"

namespace billcode {
namespace {

constexpr size_t kMaxModifiers = 4;

struct Conflict {
  const char* first;
  const char* second;
  const char* why;
};

constexpr Conflict kConflicts[] = {
    {"LT", "RT",
     "left side (LT) and right side (RT) on one line; a service on "
     "both sides is one line with 50, or two lines"},
    {"50", "LT", "bilateral (50) with left side (LT)"},
    {"50", "RT", "bilateral (50) with right side (RT)"},
    {"26", "TC",
     "professional component (26) with technical component (TC); "
     "for both, bill the code without either"},
    // Equipment is rented or bought, new or used: one pricing modifier.
    {"RR", "NU", "rental (RR) with purchase of new equipment (NU)"},
    {"RR", "UE", "rental (RR) with purchase of used equipment (UE)"},
    {"NU", "UE", "new equipment (NU) with used equipment (UE)"},
};

void CheckOneModifier(const CheckContext& context, const LineFacts& facts,
                      size_t index, Findings* findings) {
  const std::string& modifier = facts.line->modifiers[index];
  const std::string field = Indexed("modifiers", index);
  if (!IsModifierShaped(modifier)) {
    findings->Add(facts.number, field, Rule::kModifierInvalid, Severity::kError,
                  "\"" + modifier +
                      "\" is not a modifier (two letters or "
                      "digits).",
                  "Correct or remove the modifier.");
    return;
  }
  if (std::isdigit(static_cast<unsigned char>(modifier[0])) &&
      std::isdigit(static_cast<unsigned char>(modifier[1]))) {
    return;  // CPT modifiers: licensed, not checked
  }
  const ReleaseSet& releases = context.data.hcpcs();
  if (releases.empty()) return;
  const ReleaseSet::Found found = releases.Find(modifier);
  const Date date = facts.date.empty() ? context.today : facts.date;
  const bool known = found.record && found.record->is_modifier;
  if (!known && IsAmbulanceOriginDestination(modifier)) {
    if (IsAmbulanceCode(facts.lookup.classification.code)) return;
    findings->Add(facts.number, field, Rule::kModifierInvalid, Severity::kError,
                  modifier + " is an ambulance trip modifier (" +
                      AmbulanceTripInWords(modifier) +
                      "): it is valid only on ambulance codes (A0021 to "
                      "A0999).",
                  "Remove it, or bill the ambulance code it belongs to.",
                  "CMS Medicare Claims Processing Manual, ch. 15, sec. 30");
    return;
  }
  if (!known) {
    findings->Add(
        facts.number, field, Rule::kModifierInvalid, Severity::kError,
        modifier + " is not a modifier in the HCPCS release.",
        "Check the modifier for typing mistakes.",
        SourceOf("CMS HCPCS Level II", releases.releases().front().info()));
    return;
  }
  const LookupStatus status = StatusOnDate(*found.record, date);
  if (status == LookupStatus::kTerminated ||
      status == LookupStatus::kNotYetEffective) {
    findings->Add(
        facts.number, field, Rule::kModifierTerminated, Severity::kError,
        modifier +
            (status == LookupStatus::kTerminated
                 ? " ended on " + found.record->termination.ToIso()
                 : " takes effect on " + found.record->added.ToIso()) +
            " and is not valid on the date of service.",
        "Use a modifier that is valid on the date of service.",
        SourceOf("CMS HCPCS Level II", found.release->info()));
  }
}

void CheckLineModifiers(const CheckContext& context, const LineFacts& facts,
                        Findings* findings) {
  const std::vector<std::string>& modifiers = facts.line->modifiers;
  if (modifiers.size() > kMaxModifiers) {
    findings->Add(facts.number, Indexed("modifiers", kMaxModifiers),
                  Rule::kModifierTooMany, Severity::kError,
                  "The line has " + std::to_string(modifiers.size()) +
                      " modifiers; a claim line holds 4.",
                  "Keep the 4 that matter most for payment, or split the "
                  "line.");
  }
  std::set<std::string_view> seen;
  for (size_t i = 0; i < modifiers.size(); ++i) {
    CheckOneModifier(context, facts, i, findings);
    if (!seen.insert(modifiers[i]).second) {
      findings->Add(facts.number, Indexed("modifiers", i),
                    Rule::kModifierDuplicate, Severity::kWarning,
                    modifiers[i] + " is given twice.",
                    "Remove the repeated modifier.");
    }
  }
  for (const Conflict& conflict : kConflicts) {
    if (facts.HasModifier(conflict.first) &&
        facts.HasModifier(conflict.second)) {
      findings->Add(facts.number, "modifiers", Rule::kModifierConflict,
                    Severity::kError,
                    std::string("Modifiers that contradict each other: ") +
                        conflict.why + ".",
                    "Keep only the modifier that describes the service.");
    }
  }
}

bool InSection(const LineFacts& facts, std::string_view section) {
  const Classification& c = facts.lookup.classification;
  return c.kind == CodeKind::kCptCategory1 && c.section &&
         c.section->id == section;
}

// Whether a visit on the day of `procedure` is bundled into it: a surgery
// code whose fee schedule global period is 0, 10 or 90 days; any surgery
// code when no fee schedule covers its date. (Codes of the surgery section
// with no global period, such as a blood draw, 36415, bundle nothing.)
bool BundlesSameDayVisits(const CheckContext& context,
                          const LineFacts& procedure) {
  if (!InSection(procedure, "surgery")) return false;
  const RvuTable* table = context.data.rvus(procedure.date);
  const RvuEntry* row =
      table ? table->Find(procedure.lookup.classification.code) : nullptr;
  return !row || row->global_days == "000" || row->global_days == "010" ||
         row->global_days == "090";
}

void CheckEvaluationWith25(const CheckContext& context, const LineFacts& visit,
                           Findings* findings) {
  if (!InSection(visit, "evaluation-management") || visit.HasModifier("25")) {
    return;
  }
  for (const LineFacts& other : context.lines) {
    if (other.date == visit.date && BundlesSameDayVisits(context, other)) {
      findings->Add(visit.number, "modifiers", Rule::kEmWithout25,
                    Severity::kWarning,
                    "The visit " + visit.lookup.classification.code +
                        " is billed on the same date as the procedure " +
                        other.lookup.classification.code + " (line " +
                        std::to_string(other.number) +
                        ") without modifier 25, so it is likely bundled "
                        "into the procedure and denied.",
                    "If the visit was a significant, separate service, add "
                    "modifier 25 to it and document why.");
      return;
    }
  }
}

// Modifiers that belong to one kind of code (NCCI Policy Manual, ch. I):
// 25 marks a separate visit, so it goes on an evaluation and management
// code (or the eye exams 92002-92014); 59 and XE, XS, XP, XU mark a
// distinct procedure, never a visit (which takes 25 or 57).
void CheckModifierFitsCode(const LineFacts& facts, Findings* findings) {
  const Classification& c = facts.lookup.classification;
  if (c.kind != CodeKind::kCptCategory1 || c.code.size() != 5) return;
  const bool visit = InSection(facts, "evaluation-management");
  const bool eye_exam = c.code >= "92002" && c.code <= "92014";
  if (facts.HasModifier("25") && !visit && !eye_exam) {
    findings->Add(
        facts.number, "modifiers", Rule::kModifierMisused, Severity::kWarning,
        "Modifier 25 marks a separate evaluation and management "
        "visit; on " +
            c.code + ", which is not a visit, payers reject or ignore it.",
        "Put 25 on the visit's line; if this service was distinct "
        "from another on the day, 59 or XE, XS, XP or XU may "
        "apply.");
  }
  if (!visit) return;
  for (const char* distinct : {"59", "XE", "XS", "XP", "XU"}) {
    if (!facts.HasModifier(distinct)) continue;
    findings->Add(facts.number, "modifiers", Rule::kModifierMisused,
                  Severity::kWarning,
                  std::string("Modifier ") + distinct +
                      " marks a distinct procedure and is never for a visit "
                      "such as " +
                      c.code + ".",
                  "For a significant, separate visit on the day of a "
                  "procedure, use 25 (57 for the decision to operate).");
    return;
  }
}

}  // namespace

void CheckModifiers(const CheckContext& context, Findings* findings) {
  for (const LineFacts& facts : context.lines) {
    CheckLineModifiers(context, facts, findings);
    CheckEvaluationWith25(context, facts, findings);
    CheckModifierFitsCode(facts, findings);
  }
}

}  // namespace billcode
