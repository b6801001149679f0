// Rules on the claim's shape and on each line's values: claim-empty,
// claim-too-many-lines, original-claim-missing, units-invalid, charge-invalid,
// date-invalid, date-order, date-future, filing-late, pos-invalid, pos-missing,
// line-duplicate.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>

#include "billcode/base/decimal.h"
#include "billcode/tables/place_of_service.h"
#include "claim_rules.h"

namespace billcode {
namespace {

// Service lines an electronic claim allows: 837P and 837D 50, 837I 999.
constexpr size_t kMaxLines = 50;
constexpr size_t kMaxInstitutionalLines = 999;

// A charge: empty, or dollars with at most 2 decimals (no sign).
bool IsMoney(const std::string& text) {
  return text.empty() || ParseDecimal(text, 2).has_value();
}

// The date a text written day first means ("13/01/2026", which no U.S.
// month/day order reads), as YYYY-MM-DD; else "".
std::string DayFirstReading(std::string_view text) {
  const size_t first = text.find_first_of("/-.");
  if (first == std::string_view::npos) return "";
  const size_t second = text.find(text[first], first + 1);
  if (second == std::string_view::npos) return "";
  const std::string_view year_text = text.substr(second + 1);
  const std::optional<int> day = ParseCount(text.substr(0, first));
  const std::optional<int> month =
      ParseCount(text.substr(first + 1, second - first - 1));
  const std::optional<int> year = ParseCount(year_text);
  if (!day || !month || !year || *day <= 12 || year_text.size() != 4) {
    return "";
  }
  const std::optional<Date> date = Date::FromYmd(*year, *month, *day);
  return date ? date->ToIso() : "";
}

// The last day Medicare takes a claim for a service on `date`: one
// calendar year after it (42 CFR 424.44; a service on February 29, on
// February 28).
Date MedicareFilingDeadline(Date date) {
  if (std::optional<Date> same_day =
          Date::FromYmd(date.year() + 1, date.month(), date.day())) {
    return *same_day;
  }
  return Date::FromYmd(date.year() + 1, 3, 1)->PreviousDay();
}

// The date Medicare's filing limit counts from: the line's date of
// service; on a facility's claim, the last day of a span of service.
Date FilingDate(const CheckContext& context, const LineFacts& facts) {
  const std::optional<Date> to = Date::ParseIso(facts.line->date_to);
  const bool span = to && !(*to < facts.date);
  return context.form == ClaimForm::kInstitutional && span ? *to : facts.date;
}

void CheckDates(const CheckContext& context, const LineFacts& facts,
                Findings* findings) {
  const ClaimLine& line = *facts.line;
  const std::string& given = line.date_of_service.empty()
                                 ? context.claim.date_of_service
                                 : line.date_of_service;
  if (given.empty()) {
    findings->Add(facts.number, "dateOfService", Rule::kDateInvalid,
                  Severity::kError, "The line has no date of service.",
                  "Enter the date the service was given (YYYY-MM-DD).");
  } else if (facts.date.empty()) {
    const std::string day_first = DayFirstReading(given);
    findings->Add(
        facts.number, "dateOfService", Rule::kDateInvalid, Severity::kError,
        "\"" + given + "\" is not a date of service" +
            (day_first.empty() ? "."
                               : ": read day first, it is " + day_first + "."),
        day_first.empty() ? "Write the date as YYYY-MM-DD."
                          : "Write it as " + day_first +
                                " if that is the date (YYYY-MM-DD).");
  } else if (context.today < facts.date) {
    findings->Add(
        facts.number, "dateOfService", Rule::kDateFuture, Severity::kError,
        "The date of service " + facts.date.ToIso() + " is in the future.",
        "Bill a service only after it was given.");
  } else if (context.payer == Payer::kMedicare &&
             MedicareFilingDeadline(FilingDate(context, facts)) <
                 context.today) {
    const Date served = FilingDate(context, facts);
    findings->Add(
        facts.number, "dateOfService", Rule::kFilingLate, Severity::kError,
        "Medicare takes a claim up to one calendar year after the date of "
        "service; for " +
            served.ToIso() + " that was " +
            MedicareFilingDeadline(served).ToIso() +
            ", so the line will be denied as filed too late.",
        "Bill it only if an exception applies (such as an administrative "
        "error by Medicare or retroactive entitlement), and say so.",
        "42 CFR 424.44");
  }
  if (line.date_to.empty()) return;
  const auto to = Date::ParseIso(line.date_to);
  if (!to) {
    findings->Add(facts.number, "dateTo", Rule::kDateInvalid, Severity::kError,
                  "\"" + line.date_to + "\" is not a date.",
                  "Write the date as YYYY-MM-DD.");
  } else if (!facts.date.empty() && *to < facts.date) {
    findings->Add(facts.number, "dateTo", Rule::kDateOrder, Severity::kError,
                  "The end date " + to->ToIso() +
                      " is before the date of service " + facts.date.ToIso() +
                      ".",
                  "Swap or correct the dates.");
  } else if (context.today < *to && !(context.today < facts.date)) {
    findings->Add(
        facts.number, "dateTo", Rule::kDateFuture, Severity::kError,
        "The service period ends on " + to->ToIso() + ", in the future.",
        "Bill the days already given; bill the rest after they "
        "are.");
  }
}

// The place whose name `text` is, any case ("office" -> 11), or nullptr.
const PlaceOfService* PlaceNamed(const PlaceOfServiceTable& places,
                                 std::string_view text) {
  const auto same = [&](const std::string& name) {
    return name.size() == text.size() &&
           std::equal(name.begin(), name.end(), text.begin(),
                      [](char a, char b) {
                        return std::tolower(static_cast<unsigned char>(a)) ==
                               std::tolower(static_cast<unsigned char>(b));
                      });
  };
  for (const PlaceOfService& place : places.entries()) {
    if (same(place.name)) return &place;
  }
  return nullptr;
}

void CheckPlace(const CheckContext& context, const LineFacts& facts,
                Findings* findings) {
  const std::string field = "placeOfService";
  if (facts.place.empty() && context.form == ClaimForm::kInstitutional) {
    return;  // a UB-04 has a type of bill, no place of service
  }
  if (facts.place.empty()) {
    findings->Add(facts.number, field, Rule::kPosMissing, Severity::kError,
                  "The line has no place of service.",
                  "Enter the two-digit CMS place of service code (11 for an "
                  "office).");
    return;
  }
  const PlaceOfServiceTable* places = context.data.places(facts.date);
  if (places && !places->Find(facts.place)) {
    const PlaceOfService* named = PlaceNamed(*places, facts.place);
    findings->Add(
        facts.number, field, Rule::kPosInvalid, Severity::kError,
        "\"" + facts.place + "\" is not a CMS place of service code.",
        named ? "Use its code: " + named->code + " (" + named->name + ")."
              : "Use a two-digit code from the CMS Place of Service "
                "code set.",
        SourceOf("CMS Place of Service", places->info()));
  }
}

// What makes two lines the same service: code, modifiers, date, units, NDC
// and revenue code (two J0696 lines with different NDCs are two drugs; a
// facility bills one code under several revenue codes).
std::string ServiceKey(const LineFacts& facts) {
  std::string key = facts.line->code + '\x1f' +
                    std::to_string(facts.date.packed()) + '\x1f' +
                    FormatNumber(facts.units) + '\x1f' + facts.line->ndc +
                    '\x1f' + facts.line->revenue_code;
  for (const std::string& modifier : facts.line->modifiers) {
    key += '\x1f' + modifier;
  }
  return key;
}
}  // namespace

void CheckClaimShape(const CheckContext& context, Findings* findings) {
  const size_t lines = context.claim.lines.size();
  const bool institutional = context.form == ClaimForm::kInstitutional;
  const size_t allowed = institutional ? kMaxInstitutionalLines : kMaxLines;
  if (lines == 0) {
    findings->Add(0, "lines", Rule::kClaimEmpty, Severity::kError,
                  "The claim has no service lines.",
                  "Add at least one line with a code.");
  } else if (lines > allowed) {
    findings->Add(0, "lines", Rule::kClaimTooManyLines, Severity::kError,
                  "The claim has " + std::to_string(lines) + " lines; an " +
                      (institutional ? "institutional claim (837I)"
                                     : "electronic claim (837P, 837D)") +
                      " allows " + std::to_string(allowed) + ".",
                  "Split the services over several claims.");
  }
  const Claim& claim = context.claim;
  if ((claim.frequency == "7" || claim.frequency == "8") &&
      claim.original_claim.empty()) {
    findings->Add(
        0, "originalClaim", Rule::kOriginalClaimMissing, Severity::kError,
        std::string(claim.frequency == "7" ? "The claim replaces"
                                           : "The claim voids") +
            " one sent before (frequency code " + claim.frequency +
            ") but does not give the payer's number for that claim, so the "
            "payer cannot match it and rejects it.",
        "Give the payer's claim number of the original claim (837: REF*F8 "
        "in the claim's 2300 loop; CMS-1500: box 22, Original Ref. No.).");
  }
}

void CheckLineValues(const CheckContext& context, Findings* findings) {
  std::map<std::string, int> first_of_service;  // line number by ServiceKey
  for (const LineFacts& facts : context.lines) {
    const ClaimLine& line = *facts.line;
    if (!facts.units_valid) {
      findings->Add(facts.number, "units", Rule::kUnitsInvalid,
                    Severity::kError,
                    "\"" + line.units +
                        "\" is not a number of units above 0 (digits, with "
                        "at most 3 decimals).",
                    "Enter how many units were given, such as 1.");
    }
    if (!IsMoney(line.charge)) {
      findings->Add(facts.number, "charge", Rule::kChargeInvalid,
                    Severity::kError,
                    "\"" + line.charge +
                        "\" is not an amount of money (digits, with at most "
                        "2 decimals).",
                    "Enter the charge as a number such as 125.00.");
    }
    CheckDates(context, facts, findings);
    CheckPlace(context, facts, findings);
    const auto [first, added] =
        first_of_service.emplace(ServiceKey(facts), facts.number);
    if (!added) {
      findings->Add(facts.number, "code", Rule::kLineDuplicate,
                    Severity::kWarning,
                    "This line repeats line " + std::to_string(first->second) +
                        " (same code, modifiers, date, units, NDC and revenue "
                        "code).",
                    "Remove the copy, or combine the units on one line.");
    }
  }
}

}  // namespace billcode
