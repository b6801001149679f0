// What a claim check found: findings with stable rule ids, and a summary
// of which data-backed checks ran.
#ifndef BILLCODE_CLAIMS_RULES_CLAIM_REPORT_H_
#define BILLCODE_CLAIMS_RULES_CLAIM_REPORT_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "billcode/base/enum_names.h"

namespace billcode {

// error: will be rejected or denied; warning: likely denied or reviewed;
// info: worth knowing.
#define BILLCODE_SEVERITIES(X) \
  X(kError, "error")           \
  X(kWarning, "warning")       \
  X(kInfo, "info")

BILLCODE_ENUM(Severity, BILLCODE_SEVERITIES)

// Rule ids are part of the API: never rename one.
#define BILLCODE_RULES(X)                            \
  X(kCodeInvalid, "code-invalid")                    \
  X(kCodeUnknown, "code-unknown")                    \
  X(kCodeNotYetEffective, "code-not-yet-effective")  \
  X(kCodeTerminated, "code-terminated")              \
  X(kCodeNoData, "code-no-data")                     \
  X(kCodeUnlisted, "code-unlisted")                  \
  X(kCat2Charge, "cat2-charge")                      \
  X(kCat3Coverage, "cat3-coverage")                  \
  X(kMedicareNotPayable, "medicare-not-payable")     \
  X(kMedicareUseLevel2, "medicare-use-level2")       \
  X(kNdcMissing, "ndc-missing")                      \
  X(kMueUnits, "mue-units")                          \
  X(kMueNoData, "mue-no-data")                       \
  X(kAddonWithoutPrimary, "addon-without-primary")   \
  X(kPtpBundled, "ptp-bundled")                      \
  X(kPtpBypassed, "ptp-bypassed")                    \
  X(kModifierInvalid, "modifier-invalid")            \
  X(kModifierTerminated, "modifier-terminated")      \
  X(kModifierTooMany, "modifier-too-many")           \
  X(kModifierDuplicate, "modifier-duplicate")        \
  X(kModifierConflict, "modifier-conflict")          \
  X(kEmWithout25, "em-without-25")                   \
  X(kDxInvalid, "dx-invalid")                        \
  X(kDxUnknown, "dx-unknown")                        \
  X(kDxNotBillable, "dx-not-billable")               \
  X(kDxNoData, "dx-no-data")                         \
  X(kDxPointer, "dx-pointer")                        \
  X(kDxMissing, "dx-missing")                        \
  X(kDxTooMany, "dx-too-many")                       \
  X(kUnitsInvalid, "units-invalid")                  \
  X(kChargeInvalid, "charge-invalid")                \
  X(kDateInvalid, "date-invalid")                    \
  X(kDateOrder, "date-order")                        \
  X(kDateFuture, "date-future")                      \
  X(kPosInvalid, "pos-invalid")                      \
  X(kPosMissing, "pos-missing")                      \
  X(kPayerInvalid, "payer-invalid")                  \
  X(kLineDuplicate, "line-duplicate")                \
  X(kClaimEmpty, "claim-empty")                      \
  X(kClaimTooManyLines, "claim-too-many-lines")      \
  X(kSettingInvalid, "setting-invalid")              \
  X(kDxIcd9, "dx-icd9")                              \
  X(kCodeSystemUnknown, "code-system-unknown")       \
  X(kPfsNotValidMedicare, "pfs-not-valid-medicare")  \
  X(kPfsBundled, "pfs-bundled")                      \
  X(kPfsNotCovered, "pfs-not-covered")               \
  X(kPfsExcluded, "pfs-excluded")                    \
  X(kPfsMeasurement, "pfs-measurement")              \
  X(kModifierPctc, "modifier-pctc")                  \
  X(kModifierBilateral, "modifier-bilateral")        \
  X(kModifierAssistant, "modifier-assistant")        \
  X(kModifierCoSurgeon, "modifier-cosurgeon")        \
  X(kModifierTeam, "modifier-team")                  \
  X(kGlobalPeriodEm, "global-period-em")             \
  X(kDrugWasteModifier, "drug-waste-modifier")       \
  X(kDxFirstListed, "dx-first-listed")               \
  X(kModifierMisused, "modifier-misused")            \
  X(kFilingLate, "filing-late")                      \
  X(kEmSameDay, "em-same-day")                       \
  X(kOriginalClaimMissing, "original-claim-missing") \
  X(kPosCodeMismatch, "pos-code-mismatch")           \
  X(kNpiInvalid, "npi-invalid")                      \
  X(kMbiInvalid, "mbi-invalid")

BILLCODE_ENUM(Rule, BILLCODE_RULES)

struct Finding {
  int line = 0;       // 1-based; 0 for the claim as a whole
  std::string field;  // e.g. "modifiers[1]", "units", "diagnoses[0]"
  Rule rule = Rule::kCodeInvalid;
  Severity severity = Severity::kError;
  std::string message;  // plain words
  std::string fix;      // what to do
  std::string source;   // the release or table, with its edition
};

// Whether a data-backed check ran. "no-data" and "not-checked" are never a
// pass.
#define BILLCODE_CHECK_STATES(X) \
  X(kRan, "ran")                 \
  X(kNoData, "no-data")          \
  X(kNotChecked, "not-checked")

BILLCODE_ENUM(CheckState, BILLCODE_CHECK_STATES)

struct CheckStatus {
  std::string check;  // "hcpcs", "cpt", "mue", "addon", "ptp", "icd10cm",
                      // "pos"
  CheckState state = CheckState::kNoData;
  std::string source;  // edition used, when it ran
  std::string detail;  // plain words
  std::string notice;  // copyright notice of the data shown, if any
};

// A diagnosis of the claim in plain words.
struct DiagnosisSummary {
  std::string code;         // written with its dot ("E11.9") when well formed
  std::string description;  // from ICD-10-CM, "" when unknown or not loaded
  std::string status;       // "billable", "category", "unknown", "invalid",
                            // "not-checked"
};

// Findings listed per claim; the rest are counted (findings_not_listed).
inline constexpr size_t kMaxFindingsListed = 100;

struct ClaimReport {
  std::vector<Finding> findings;  // sorted: claim first, then by line;
                                  // at most kMaxFindingsListed
  int findings_not_listed = 0;
  std::string payer;               // the payer class the checks used
  std::string setting;             // the setting the checks used
  std::vector<std::string> notes;  // e.g. defaults that were assumed
  std::vector<CheckStatus> checks;
  std::vector<DiagnosisSummary> diagnoses;
  int lines = 0;
  // Findings listed or not: by Severity, and by rule.
  int totals[3] = {0, 0, 0};
  std::map<Rule, int> rule_totals;
  int Count(Severity severity) const;
};

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_RULES_CLAIM_REPORT_H_
