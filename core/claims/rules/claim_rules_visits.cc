// Rule on visits: em-same-day.
#include <map>
#include <string>

#include "claim_rules.h"

namespace billcode {
namespace {

// An office or other outpatient visit: 99202-99205 (a new patient) or
// 99211-99215 (an established one); 99201 until its deletion in 2021.
bool IsOfficeVisit(const LineFacts& facts) {
  const Classification& c = facts.lookup.classification;
  if (c.kind != CodeKind::kCptCategory1 || c.code.size() != 5) return false;
  return (c.code >= "99201" && c.code <= "99205") ||
         (c.code >= "99211" && c.code <= "99215");
}

}  // namespace

// Medicare pays one office visit a day by a practitioner (or practitioners
// of one specialty in a group) unless the visits were for unrelated
// problems that one visit could not have seen to (Pub. 100-04, ch. 12,
// §30.6.7.B). A line repeating a visit's code and modifiers is left to
// line-duplicate.
void CheckSameDayVisits(const CheckContext& context, Findings* findings) {
  if (context.form != ClaimForm::kProfessional) return;
  std::map<Date, const LineFacts*> first_visit;  // by date of service
  for (const LineFacts& facts : context.lines) {
    if (facts.date.empty() || !IsOfficeVisit(facts)) continue;
    const auto [first, added] = first_visit.emplace(facts.date, &facts);
    const LineFacts& earlier = *first->second;
    if (added || (earlier.line->code == facts.line->code &&
                  earlier.line->modifiers == facts.line->modifiers)) {
      continue;
    }
    findings->Add(
        facts.number, "code", Rule::kEmSameDay, Severity::kWarning,
        "A second office visit, " + facts.lookup.classification.code + ", on " +
            facts.date.ToIso() + ", the day of " +
            earlier.lookup.classification.code + " (line " +
            std::to_string(earlier.number) +
            "): Medicare pays one office visit a day by one practitioner, or "
            "by practitioners of one specialty in a group, unless the visits "
            "were for unrelated problems that one visit could not have seen "
            "to; most plans do the same.",
        "Bill one visit whose level covers both; if the second was for an "
        "unrelated problem, document why it could not wait for or join the "
        "first.",
        "Medicare Claims Processing Manual, ch. 12, 30.6.7");
  }
}

}  // namespace billcode
