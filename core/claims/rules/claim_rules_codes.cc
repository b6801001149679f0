// Rules on each line's code and the payer: code-invalid, code-unknown,
// code-not-yet-effective, code-terminated, code-no-data, code-unlisted,
// cat2-charge, cat3-coverage, medicare-not-payable, ndc-missing.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>

#include "billcode/base/embedded_data.h"
#include "billcode/base/tsv.h"
#include "billcode/codes/not_otherwise_classified.h"
#include "billcode/tables/field_values.h"
#include "claim_rules.h"

namespace billcode {
namespace {

std::string Source(const LookupResult& lookup) {
  return lookup.found.release
             ? SourceOf("CMS HCPCS Level II", lookup.found.release->info())
             : "";
}

std::string Replacements(const LookupResult& lookup) {
  std::string codes;
  for (const Replacement& replacement : lookup.replacements) {
    codes += (codes.empty() ? "" : ", ") + replacement.code;
  }
  return codes;
}

void CheckCodeStatus(const LineFacts& facts, Findings* findings) {
  const LookupResult& lookup = facts.lookup;
  const std::string& code = lookup.classification.code;
  switch (lookup.status) {
    case LookupStatus::kUnknown:
      findings->Add(
          facts.number, "code", Rule::kCodeUnknown, Severity::kError,
          code + (lookup.cpt_table ? " is not in your licensed CPT file (" +
                                         lookup.cpt_table->info().edition + ")."
                                   : " is not in the HCPCS Level II release."),
          "Check the code for typing mistakes.", Source(lookup));
      break;
    case LookupStatus::kNotYetEffective:
      findings->Add(
          facts.number, "code", Rule::kCodeNotYetEffective, Severity::kError,
          code + " takes effect on " + lookup.found.record->added.ToIso() +
              ", after the date of service.",
          "Use the code that was valid on the date of service.",
          Source(lookup));
      break;
    case LookupStatus::kTerminated: {
      const std::string replacements = Replacements(lookup);
      findings->Add(
          facts.number, "code", Rule::kCodeTerminated, Severity::kError,
          code + " ended on " + LastValidDate(lookup).ToIso() +
              " and is not valid on the date of service.",
          replacements.empty() ? "Use the code that replaced it."
                               : "CMS points to " + replacements + " instead.",
          lookup.cpt_deletion ? lookup.cpt_deletion->source : Source(lookup));
      break;
    }
    case LookupStatus::kNoData:
      findings->Add(facts.number, "code", Rule::kCodeNoData, Severity::kInfo,
                    code + " was not checked: " +
                        (lookup.classification.kind == CodeKind::kHcpcsLevel2
                             ? "no HCPCS release is loaded."
                             : "CPT and CDT code sets are licensed and not "
                               "loaded."),
                    "Check the code against a current licensed code book.");
      break;
    default:
      break;
  }
}

void CheckInvalid(const LineFacts& facts, Findings* findings) {
  const Classification& c = facts.lookup.classification;
  std::string message;
  if (facts.line->code.empty()) {
    message = "The line has no code.";
  } else if (c.kind == CodeKind::kModifier && c.shape == Shape::kComplete) {
    message = "\"" + facts.line->code + "\" is a modifier, not a code.";
  } else {
    message =
        "\"" + facts.line->code + "\" is not a valid code: " +
        (c.shape == Shape::kIncomplete ? c.missing + " missing." : c.detail);
  }
  findings->Add(facts.number, "code", Rule::kCodeInvalid, Severity::kError,
                message,
                c.suggestion.empty() ? "Enter a CPT or HCPCS code."
                                     : "Did you mean " + c.suggestion + "?");
}

void CheckKindRules(const CheckContext& context, const LineFacts& facts,
                    Findings* findings) {
  const Classification& c = facts.lookup.classification;
  const HcpcsRecord* record = facts.lookup.found.record;
  if (c.kind == CodeKind::kCptCategory2 && !facts.line->charge.empty() &&
      std::strtod(facts.line->charge.c_str(), nullptr) > 0) {
    findings->Add(facts.number, "charge", Rule::kCat2Charge, Severity::kWarning,
                  c.code +
                      " is a Category II tracking code; it is reported "
                      "with no charge.",
                  "Bill it with a charge of 0.00 (some payers want 0.01).");
  }
  if (c.kind == CodeKind::kCptCategory3) {
    findings->Add(facts.number, "code", Rule::kCat3Coverage, Severity::kInfo,
                  c.code +
                      " is a Category III (emerging technology) code: "
                      "many payers decide coverage case by case.",
                  "Check the payer's coverage policy before the service.");
  }
  if (record && IsNotOtherwiseClassified(*record) &&
      facts.line->description.empty()) {
    findings->Add(facts.number, "description", Rule::kCodeUnlisted,
                  Severity::kWarning,
                  c.code +
                      " is a not-otherwise-classified code; payers need "
                      "a description of what was given.",
                  "Describe the item or service (and for a drug, its name "
                  "and dose).",
                  Source(facts.lookup));
  }
  const bool s_code = c.kind == CodeKind::kHcpcsLevel2 && c.code[0] == 'S';
  const std::string& coverage = record ? record->coverage_code : "";
  if (context.payer == Payer::kMedicare &&
      (s_code || coverage == "I" || coverage == "M" || coverage == "S")) {
    const std::string meaning =
        coverage.empty() ? ""
                         : std::string(FieldValueMeaning("coverage", coverage));
    findings->Add(facts.number, "code", Rule::kMedicareNotPayable,
                  Severity::kError,
                  s_code ? c.code +
                               " is an S code: Medicare does not accept "
                               "S codes." +
                               (meaning.empty() ? "" : " " + meaning)
                         : c.code + ": " + meaning,
                  "Bill Medicare with a code it covers, or give the patient "
                  "an Advance Beneficiary Notice before the service.",
                  Source(facts.lookup));
  }
  if (context.payer == Payer::kMedicaid && c.kind == CodeKind::kHcpcsLevel2 &&
      c.code[0] == 'J' && facts.line->ndc.empty()) {
    findings->Add(facts.number, "ndc", Rule::kNdcMissing, Severity::kError,
                  "Medicaid needs the National Drug Code (NDC) of the drug "
                  "billed with " +
                      c.code + ".",
                  "Enter the 11-digit NDC from the drug's package.");
  }
}

}  // namespace

void CheckCodes(const CheckContext& context, Findings* findings) {
  for (const LineFacts& facts : context.lines) {
    if (!facts.IsValidCode()) {
      CheckInvalid(facts, findings);
      continue;
    }
    CheckCodeStatus(facts, findings);
    CheckKindRules(context, facts, findings);
  }
}

void CheckCodeSystems(const CheckContext& context, Findings* findings) {
  for (const LineFacts& facts : context.lines) {
    const ClaimLine& line = *facts.line;
    if (line.code_system.empty()) continue;
    const bool revenue_only = line.code_system == "revenue code";
    const std::string message =
        revenue_only ? "The line has revenue code " + line.code +
                           " and no HCPCS code: its code was not checked."
        : line.code_system == "none"
            ? "The line has no CPT or HCPCS code: its code was not checked."
            : "The line's code \"" + line.code + "\" is in " +
                  line.code_system +
                  ", not CPT or HCPCS: its code was not checked.";
    // Many lines of an institutional claim carry a revenue code alone
    // (room and board, pharmacy, supplies): no fault of the claim.
    findings->Add(
        facts.number, "code", Rule::kCodeSystemUnknown,
        revenue_only ? Severity::kInfo : Severity::kWarning,
        message + " Code status, modifiers, MUE and NCCI checks skip it.",
        revenue_only ? "Add the HCPCS code of the service where the "
                       "payer asks for one."
                     : "Send the CPT or HCPCS code of the service.");
  }
}

void CheckVaccineAdministration(const CheckContext& context,
                                Findings* findings) {
  if (context.payer != Payer::kMedicare) return;
  static const std::vector<TsvRow>* rows = new std::vector<TsvRow>(
      ParseTsv(embedded::MedicareVaccineAdministrationTsv()));
  std::set<std::string> billed;
  for (const LineFacts& facts : context.lines) {
    billed.insert(facts.lookup.classification.code);
  }
  // Each administration code the claim's vaccines need and it lacks, and
  // the first vaccine that needs it.
  std::map<std::string, std::string> missing;
  for (const LineFacts& facts : context.lines) {
    const std::string& code = facts.lookup.classification.code;
    for (const TsvRow& row : *rows) {
      if (row.size() != 3 || row[0] != code) continue;
      const std::string administration(row[1]);
      if (billed.count(administration)) continue;
      missing.emplace(administration, std::string(row[2]) + " vaccine " + code +
                                          " (line " +
                                          std::to_string(facts.number) + ")");
    }
  }
  if (missing.empty()) return;
  std::string codes, vaccines;
  for (const auto& [administration, vaccine] : missing) {
    codes += (codes.empty() ? "" : " and ") + administration;
    vaccines += (vaccines.empty() ? "" : " and the ") + vaccine;
  }
  for (const LineFacts& facts : context.lines) {
    const std::string& code = facts.lookup.classification.code;
    if (code != "90471" && code != "90472") continue;
    findings->Add(
        facts.number, "code", Rule::kMedicareUseLevel2, Severity::kError,
        "Medicare pays the administration of the " + vaccines + " only as " +
            codes + ", not as " + code + ".",
        "Bill " + codes + " for the administration instead of " + code + ".",
        "CMS Medicare Claims Processing Manual (Pub. 100-04) ch. 18 § 10");
  }
}

namespace {

// A drug given by injection or infusion that Medicare Part B pays by the
// amount: J codes other than J7 (fluids, inhaled and immunosuppressive
// drugs) and J8 (oral drugs), and biosimilars (Q5).
bool IsInjectedDrug(const std::string& code) {
  if (code.size() != 5) return false;
  if (code[0] == 'J') return code[1] != '7' && code[1] != '8';
  return code.compare(0, 2, "Q5") == 0;
}

bool HasWasteModifier(const ClaimLine& line) {
  return std::any_of(
      line.modifiers.begin(), line.modifiers.end(),
      [](const std::string& m) { return m == "JW" || m == "JZ"; });
}

}  // namespace

void CheckDrugWasteModifiers(const CheckContext& context, Findings* findings) {
  if (context.payer != Payer::kMedicare || context.setting == Setting::kDme) {
    return;
  }
  std::set<std::string> marked;  // drugs with JW or JZ on some line
  for (const LineFacts& facts : context.lines) {
    if (HasWasteModifier(*facts.line)) {
      marked.insert(facts.lookup.classification.code);
    }
  }
  for (const LineFacts& facts : context.lines) {
    const std::string& code = facts.lookup.classification.code;
    if (!IsInjectedDrug(code) || marked.count(code)) continue;
    findings->Add(
        facts.number, "modifiers", Rule::kDrugWasteModifier, Severity::kInfo,
        "If " + code +
            " came from a single-dose vial or package, Medicare requires JZ "
            "(none of it discarded) or JW on a line of its own for the "
            "amount discarded; a line with neither is returned.",
        "Add JZ, or bill the discarded amount on its own line with JW, when "
        "the drug came from a single-dose container.",
        "CMS Medicare Claims Processing Manual (Pub. 100-04) ch. 17 § 40");
  }
}

}  // namespace billcode
