// Internal to CheckClaim(): the context every rule group reads, and the
// groups themselves (claim_rules_*.cc).
#ifndef BILLCODE_CLAIMS_RULES_CLAIM_RULES_H_
#define BILLCODE_CLAIMS_RULES_CLAIM_RULES_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "billcode/claims/input/claim.h"
#include "billcode/claims/rules/claim_report.h"
#include "billcode/codes/lookup.h"
#include "billcode/tables/data_set.h"

namespace billcode {

// What every rule needs to know about one line, worked out once.
struct LineFacts {
  int number = 0;  // 1-based
  const ClaimLine* line = nullptr;
  Date date;         // date of service; empty when missing or bad
  double units = 1;  // 1 when not given
  bool units_valid = true;
  LookupResult lookup;  // the code on `date` (on today without one)
  std::string place;    // place of service, with the claim's default

  bool HasModifier(std::string_view modifier) const;
  bool IsValidCode() const;  // a complete code, not a modifier
};

struct CheckContext {
  const Claim& claim;
  ClaimForm form;
  const DataSet& data;
  Payer payer;
  Setting setting;
  Date today;
  std::vector<LineFacts> lines;
};

// The findings of one check. At most kMaxPerLineAndRule findings of one
// rule on one line are kept, so no input makes their number grow faster
// than its lines; Take() adds one finding that counts the rest.
class Findings {
 public:
  static constexpr int kMaxPerLineAndRule = 5;

  void Add(int line, std::string field, Rule rule, Severity severity,
           std::string message, std::string fix, std::string source = "");
  std::vector<Finding> Take();

 private:
  struct Kept {
    int count = 0;
    Severity severity = Severity::kInfo;
  };
  std::vector<Finding> list_;
  std::map<std::pair<int, Rule>, Kept> per_line_and_rule_;
};

// Two letters or digits.
bool IsModifierShaped(std::string_view text);
// "modifiers[1]" and the like.
std::string Indexed(std::string_view field, size_t index);
// A number without trailing zeros: 3, 2.5.
std::string FormatNumber(double value);
// A finding's source: "CMS HCPCS Level II 2026-JAN" from what and edition.
std::string SourceOf(std::string_view what, const ReleaseInfo& info);
// "FY2026, 2025-10-01 to 2026-09-30": an edition and the dates it governs.
std::string Coverage(const ReleaseInfo& info);
template <typename Table>
std::string EditionsCoverage(const Editions<Table>& editions) {
  std::string text;
  for (const Table& table : editions.all()) {
    text += (text.empty() ? "" : "; ") + Coverage(table.info());
  }
  return text;
}

// The Level II codes Medicare expects instead of a CPT code it does not pay
// ({codes, reason, source}), from data/medicare_level2_alternatives.tsv;
// {} when the table does not know the code.
std::vector<std::string> Level2Alternative(std::string_view code);

// The claim's date of service for diagnoses: its default, else the first
// line's date; empty when there is none.
Date ClaimDate(const CheckContext& context);

void CheckClaimShape(const CheckContext& context, Findings* findings);
// npi-invalid on each NPI of the claim and of its lines.
void CheckProviderNpis(const CheckContext& context, Findings* findings);
// mbi-invalid on a Medicare claim's member ID that is no MBI.
void CheckMedicareId(const CheckContext& context, Findings* findings);
void CheckLineValues(const CheckContext& context, Findings* findings);
void CheckCodes(const CheckContext& context, Findings* findings);
// code-system-unknown on the lines whose code is no CPT/HCPCS (they are
// left out of the context of the code checks).
void CheckCodeSystems(const CheckContext& context, Findings* findings);
void CheckModifiers(const CheckContext& context, Findings* findings);
void CheckMue(const CheckContext& context, Findings* findings);
void CheckAddOns(const CheckContext& context, Findings* findings);
// medicare-use-level2 on 90471 and 90472 when a Medicare claim bills a
// vaccine whose administration Medicare pays only as G0008, G0009 or G0010
// (data/medicare_vaccine_administration.tsv) without that code.
void CheckVaccineAdministration(const CheckContext& context,
                                Findings* findings);
// drug-waste-modifier (info) on a Medicare claim's injected drug lines (J
// codes but J7 and J8, biosimilar Q5 codes) of a practitioner or an
// outpatient hospital without JW or JZ on any line of that drug.
void CheckDrugWasteModifiers(const CheckContext& context, Findings* findings);
void CheckPtp(const CheckContext& context, Findings* findings);
// em-same-day on a practitioner's second office visit of a day.
void CheckSameDayVisits(const CheckContext& context, Findings* findings);
// pos-code-mismatch on a practitioner's visit codes whose place of
// service they do not describe: an emergency department visit (99281-99285)
// outside POS 23, an office visit in an inpatient place (21, 31, 51, 61),
// inpatient or observation care (99221-99239) in an office or home.
void CheckVisitPlaces(const CheckContext& context, Findings* findings);
void CheckDiagnoses(const CheckContext& context, Findings* findings);
// Medicare claims of practitioners: the status codes and indicators of the
// Physician Fee Schedule (claim_rules_fees.cc).
void CheckFeeSchedule(const CheckContext& context, Findings* findings);
std::vector<DiagnosisSummary> SummarizeDiagnoses(const CheckContext& context);

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_RULES_CLAIM_RULES_H_
