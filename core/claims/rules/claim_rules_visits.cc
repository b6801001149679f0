// Rules on visits: em-same-day, pos-code-mismatch.
#include <map>
#include <string>
#include <string_view>

#include "claim_rules.h"

namespace billcode {
namespace {

bool InRange(const LineFacts& facts, std::string_view first,
             std::string_view last) {
  const Classification& c = facts.lookup.classification;
  return c.kind == CodeKind::kCptCategory1 && c.code.size() == 5 &&
         c.code >= first && c.code <= last;
}

// An office or other outpatient visit: 99202-99205 (a new patient) or
// 99211-99215 (an established one); 99201 until its deletion in 2021.
bool IsOfficeVisit(const LineFacts& facts) {
  return InRange(facts, "99201", "99205") || InRange(facts, "99211", "99215");
}

// Places of service where a patient is an inpatient: a hospital (21), a
// skilled nursing facility (31), a psychiatric facility (51) or a
// rehabilitation facility (61).
bool IsInpatientPlace(const std::string& place) {
  return place == "21" || place == "31" || place == "51" || place == "61";
}

// Why a visit code does not fit its place of service, or "".
std::string VisitPlaceMismatch(const LineFacts& facts) {
  const std::string& place = facts.place;
  if (InRange(facts, "99281", "99285") && place != "23") {
    return "an emergency department visit code is for a hospital's "
           "emergency department, place of service 23";
  }
  if (IsOfficeVisit(facts) && IsInpatientPlace(place)) {
    return "an office or outpatient visit code for an inpatient (place of "
           "service " +
           place +
           "): visits in a hospital or nursing facility have codes of their "
           "own";
  }
  if (InRange(facts, "99221", "99239") && (place == "11" || place == "12")) {
    return "a hospital inpatient or observation care code in an office or a "
           "home (place of service " +
           place + ")";
  }
  return "";
}

// A practitioner's claim: a hospital bills several visits of a day (with
// modifier 27), and its claims carry no place of service.
bool IsPractitionerClaim(const CheckContext& context) {
  return context.form == ClaimForm::kProfessional &&
         context.setting == Setting::kPractitioner;
}

}  // namespace

// Medicare pays one office visit a day by a practitioner (or practitioners
// of one specialty in a group) unless the visits were for unrelated
// problems that one visit could not have seen to (Pub. 100-04, ch. 12,
// §30.6.7.B). A line repeating a visit's code and modifiers is left to
// line-duplicate.
void CheckVisitPlaces(const CheckContext& context, Findings* findings) {
  if (!IsPractitionerClaim(context)) return;
  for (const LineFacts& facts : context.lines) {
    if (facts.place.empty()) continue;
    const std::string why = VisitPlaceMismatch(facts);
    if (why.empty()) continue;
    findings->Add(facts.number, "placeOfService", Rule::kPosCodeMismatch,
                  Severity::kWarning,
                  facts.lookup.classification.code + ": " + why +
                      ", so payers deny it as inconsistent with the place "
                      "of service.",
                  "Check the place of service and the visit code: one of "
                  "them is likely wrong.");
  }
}

void CheckSameDayVisits(const CheckContext& context, Findings* findings) {
  if (!IsPractitionerClaim(context)) return;
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
