#include "billcode/claims/rules/claim_check.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <tuple>

#include "billcode/base/decimal.h"
#include "billcode/base/text.h"
#include "billcode/codes/classification.h"
#include "billcode/tables/staleness.h"
#include "claim_rules.h"

namespace billcode {

bool LineFacts::HasModifier(std::string_view modifier) const {
  for (const std::string& m : line->modifiers) {
    if (m == modifier) return true;
  }
  return false;
}

bool LineFacts::IsValidCode() const {
  const Classification& c = lookup.classification;
  return c.shape == Shape::kComplete && c.kind != CodeKind::kModifier &&
         c.kind != CodeKind::kNone;
}

void Findings::Add(int line, std::string field, Rule rule, Severity severity,
                   std::string message, std::string fix, std::string source) {
  Kept& kept = per_line_and_rule_[{line, rule}];
  if (kept.count++ == 0) kept.severity = severity;
  if (kept.count > kMaxPerLineAndRule) return;
  list_.push_back(Finding{line, std::move(field), rule, severity,
                          std::move(message), std::move(fix),
                          std::move(source)});
}

std::vector<Finding> Findings::Take() {
  for (const auto& [key, kept] : per_line_and_rule_) {
    const int more = kept.count - kMaxPerLineAndRule;
    if (more <= 0) continue;
    list_.push_back(Finding{
        key.first, "", key.second, kept.severity,
        std::to_string(more) + " more " + std::string(ToString(key.second)) +
            " finding(s) " + (key.first ? "on this line" : "on the claim") +
            " are not listed.",
        "Correct the ones listed, then check again.", ""});
  }
  per_line_and_rule_.clear();
  return std::move(list_);
}

bool IsModifierShaped(std::string_view text) {
  return text.size() == 2 &&
         std::isalnum(static_cast<unsigned char>(text[0])) &&
         std::isalnum(static_cast<unsigned char>(text[1]));
}

std::string Indexed(std::string_view field, size_t index) {
  return std::string(field) + "[" + std::to_string(index) + "]";
}

std::string FormatNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

std::string SourceOf(std::string_view what, const ReleaseInfo& info) {
  return std::string(what) + " " + info.edition;
}

std::string Coverage(const ReleaseInfo& info) {
  const Date from = info.effective_from, to = info.effective_to;
  if (from.empty() && to.empty()) return info.edition;
  if (to.empty()) return info.edition + ", from " + from.ToIso();
  if (from.empty()) return info.edition + ", to " + to.ToIso();
  return info.edition + ", " + from.ToIso() + " to " + to.ToIso();
}

int ClaimReport::Count(Severity severity) const {
  return totals[static_cast<int>(severity)];
}

namespace {

// Units: empty (1 is assumed) or a decimal above 0 with at most 3 decimals,
// as X12 allows.
bool ParseUnits(const std::string& text, double* units) {
  if (text.empty()) return true;
  const std::optional<double> value = ParseDecimal(text, 3);
  if (!value || *value <= 0) return false;
  *units = *value;
  return true;
}

// The line with the modifiers written in its code field ("99213-25",
// "99213 25", "E0114-RR-NU", "E0114RR") moved after its own modifiers, and
// the code field holding the code alone. Other lines are unchanged.
ClaimLine WithModifiersOfTheCode(ClaimLine line) {
  const Classification read = ClassifyCodeField(line.code);
  if (read.shape != Shape::kComplete || read.modifiers.empty()) return line;
  line.code = read.code;
  line.modifiers.insert(line.modifiers.end(), read.modifiers.begin(),
                        read.modifiers.end());
  return line;
}

LineFacts FactsOf(const Claim& claim, const ClaimLine& line, int number,
                  const DataSet& data, Date today) {
  LineFacts facts;
  facts.number = number;
  facts.line = &line;
  const std::string& date_text = line.date_of_service.empty()
                                     ? claim.date_of_service
                                     : line.date_of_service;
  if (auto date = Date::ParseIso(date_text)) facts.date = *date;
  facts.units_valid = ParseUnits(line.units, &facts.units);
  const Date lookup_date = facts.date.empty() ? today : facts.date;
  facts.lookup = Lookup(line.code, lookup_date, data.hcpcs(),
                        data.cpt_descriptors(lookup_date));
  facts.place = line.place_of_service.empty() ? claim.place_of_service
                                              : line.place_of_service;
  return facts;
}

// True when the claim has lines and each bills durable medical equipment:
// a Level II code of section E (DME) or K (the DME MACs' temporary codes),
// or a rental or purchase modifier (RR, NU, UE).
bool IsDmeSupplierClaim(const std::vector<LineFacts>& lines) {
  if (lines.empty()) return false;
  return std::all_of(lines.begin(), lines.end(), [](const LineFacts& line) {
    const Classification& c = line.lookup.classification;
    const bool dme_section = c.kind == CodeKind::kHcpcsLevel2 &&
                             (c.code[0] == 'E' || c.code[0] == 'K');
    return dme_section || line.HasModifier("RR") || line.HasModifier("NU") ||
           line.HasModifier("UE");
  });
}

// Payer or setting from the options, else the claim, else the default
// (`why` tells how the default was chosen); an unknown name is an
// `invalid` finding on field `what`, and the default is used.
template <typename Enum>
Enum Choose(const std::string& option, const std::string& given, Enum fallback,
            std::string_view what, std::string_view why, Rule invalid,
            Findings* findings, ClaimReport* report) {
  const std::string& name = option.empty() ? given : option;
  Enum value = fallback;
  if (name.empty()) {
    report->notes.push_back(
        std::string("No ") + std::string(what) + " given: checked as " +
        std::string(ToString(fallback)) + std::string(why) + ".");
  } else if (!FromString(name, &value)) {
    findings->Add(0, std::string(what), invalid, Severity::kError,
                  "\"" + name + "\" is not a " + std::string(what) +
                      "; checked as " + std::string(ToString(fallback)) + ".",
                  "Use one of the documented values.");
  }
  return value;
}

CheckStatus Status(std::string check, bool loaded, const ReleaseInfo* info,
                   std::string detail_when_missing) {
  CheckStatus status;
  status.check = std::move(check);
  status.state = loaded ? CheckState::kRan : CheckState::kNoData;
  if (loaded) {
    status.source = info->edition;
    status.notice = info->notice;
  } else {
    status.detail = std::move(detail_when_missing);
  }
  return status;
}

// The status of a check that reads the edition governing each of `dates`:
// ran with the editions used, or no data when none is loaded or none
// governs any date; the dates no edition governs are named.
template <typename Table>
CheckStatus EditionStatus(std::string check, const Editions<Table>& editions,
                          const std::vector<Date>& dates,
                          std::string detail_when_missing) {
  if (editions.empty()) {
    return Status(std::move(check), false, nullptr,
                  std::move(detail_when_missing));
  }
  std::vector<const Table*> used;
  std::vector<std::string> ungoverned;
  for (const Date date : dates) {
    const Table* table = editions.Governing(date);
    if (!table) {
      const std::string iso = date.ToIso();
      if (std::find(ungoverned.begin(), ungoverned.end(), iso) ==
          ungoverned.end()) {
        ungoverned.push_back(iso);
      }
    } else if (std::find(used.begin(), used.end(), table) == used.end()) {
      used.push_back(table);
    }
  }
  CheckStatus status = Status(std::move(check), !used.empty(),
                              used.empty() ? nullptr : &used[0]->info(), "");
  for (size_t i = 1; i < used.size(); ++i) {
    status.source += ", " + used[i]->info().edition;
  }
  if (!ungoverned.empty()) {
    std::string list;
    for (const std::string& date : ungoverned) {
      list += (list.empty() ? "" : ", ") + date;
    }
    status.detail = "No loaded edition covers " + list +
                    " (loaded: " + EditionsCoverage(editions) + ").";
    if (used.empty()) status.notice = editions.all().front().info().notice;
  }
  return status;
}

// The dates of service of the lines (an empty date for a line without
// one, which the newest edition answers), or one empty date without lines.
std::vector<Date> LineDates(const CheckContext& context) {
  std::vector<Date> dates;
  for (const LineFacts& line : context.lines) dates.push_back(line.date);
  if (dates.empty()) dates.push_back(Date());
  return dates;
}

// A per-day check that ran cannot judge lines without a date of service
// (neither their own nor the claim's): it names how many, and is
// not-checked when no line has a date.
CheckStatus WithUndatedLines(const CheckContext& context, std::string_view what,
                             CheckStatus status) {
  if (status.state != CheckState::kRan) return status;
  int coded = 0, undated = 0;
  for (const LineFacts& line : context.lines) {
    if (!line.IsValidCode()) continue;
    ++coded;
    if (line.date.empty()) ++undated;
  }
  if (undated == 0) return status;
  if (undated == coded) status.state = CheckState::kNotChecked;
  status.detail += (status.detail.empty() ? "" : " ") +
                   std::to_string(undated) + " of " + std::to_string(coded) +
                   " line(s) have no date of service: their " +
                   std::string(what) + " were not checked.";
  return status;
}

// Whether the claim is a facility's for an inpatient stay (type of bill
// 11x hospital inpatient, 18x swing bed, 21x skilled nursing inpatient):
// NCCI's MUE and PTP edits are for practitioner, outpatient facility and
// DME claims, not these.
bool IsInpatientBill(const CheckContext& context) {
  const std::string_view type = context.claim.facility_type;
  return context.form == ClaimForm::kInstitutional && type.size() >= 2 &&
         (type.substr(0, 2) == "11" || type.substr(0, 2) == "18" ||
          type.substr(0, 2) == "21");
}

// The status of an NCCI check an inpatient claim does not get.
CheckStatus NotForInpatients(std::string check, const CheckContext& context) {
  return CheckStatus{std::move(check), CheckState::kNotChecked, "",
                     "Type of bill " + context.claim.facility_type +
                         " is an inpatient stay: NCCI edits apply to "
                         "practitioner, outpatient facility and DME claims.",
                     ""};
}

std::vector<CheckStatus> Statuses(const CheckContext& context) {
  const DataSet& data = context.data;
  const std::vector<Date> dates = LineDates(context);
  std::vector<CheckStatus> checks;
  const bool hcpcs = !data.hcpcs().empty();
  checks.push_back(Status(
      "hcpcs", hcpcs, hcpcs ? &data.hcpcs().releases().front().info() : nullptr,
      "No HCPCS Level II release is loaded: Level II "
      "codes and modifiers were not checked."));
  int cpt_lines = 0;
  for (const LineFacts& line : context.lines) {
    const CodeKind kind = line.lookup.classification.kind;
    if (IsCpt(kind) || kind == CodeKind::kCdt) ++cpt_lines;
  }
  CheckStatus cpt{"cpt", CheckState::kNotChecked, "",
                  std::to_string(cpt_lines) +
                      " CPT or CDT line(s): their existence and descriptions "
                      "were not checked (licensed code sets, not loaded).",
                  ""};
  if (cpt_lines == 0) cpt.detail = "No CPT or CDT lines.";
  if (const CptDescriptorTable* file = context.data.cpt_descriptors()) {
    if (cpt_lines > 0) {
      cpt.state = CheckState::kRan;
      cpt.source = file->info().edition;
      cpt.detail =
          "CPT codes checked against your licensed CPT file; CDT "
          "codes are not checked.";
    }
  }
  checks.push_back(cpt);
  const bool inpatient = IsInpatientBill(context);
  checks.push_back(
      inpatient
          ? NotForInpatients("mue", context)
          : WithUndatedLines(
                context, "per-day units",
                EditionStatus("mue", data.mue_editions(context.setting), dates,
                              "No NCCI MUE table is loaded for the " +
                                  std::string(ToString(context.setting)) +
                                  " setting.")));
  checks.push_back(
      WithUndatedLines(context, "add-on codes",
                       EditionStatus("addon", data.addon_editions(), dates,
                                     "No NCCI add-on code table is loaded.")));
  CheckStatus ptp =
      Status("ptp", data.ptp(), data.ptp() ? &data.ptp()->info() : nullptr, "");
  if (!data.ptp()) {
    ptp.state = CheckState::kNotChecked;
    ptp.detail =
        "NCCI procedure-to-procedure edits were not checked: supply "
        "the CMS PTP file to check them.";
  }
  checks.push_back(inpatient ? NotForInpatients("ptp", context) : ptp);
  checks.push_back(EditionStatus("icd10cm", data.icd10cm_editions(),
                                 {ClaimDate(context)},
                                 "No ICD-10-CM release is loaded: diagnoses "
                                 "were only checked for their format."));
  checks.push_back(EditionStatus("pos", data.place_editions(), dates,
                                 "No Place of Service code set is loaded."));
  if (context.payer == Payer::kMedicare &&
      context.setting == Setting::kPractitioner) {
    checks.push_back(EditionStatus(
        "pfs", data.rvu_editions(), dates,
        "No Medicare Physician Fee Schedule is loaded: its status codes "
        "and modifier indicators were not checked."));
  }
  return checks;
}

int SeverityRank(Severity severity) { return static_cast<int>(severity); }

void SortFindings(std::vector<Finding>* findings) {
  std::stable_sort(
      findings->begin(), findings->end(),
      [](const Finding& a, const Finding& b) {
        return std::make_tuple(a.line, SeverityRank(a.severity),
                               static_cast<int>(a.rule), a.field, a.message) <
               std::make_tuple(b.line, SeverityRank(b.severity),
                               static_cast<int>(b.rule), b.field, b.message);
      });
}

// The latest date of service of the claim's lines (or the claim's own).
Date LatestDate(const Claim& claim) {
  Date latest;
  auto consider = [&](const std::string& text) {
    std::optional<Date> date = Date::ParseIso(text);
    if (date && latest < *date) latest = *date;
  };
  consider(claim.date_of_service);
  for (const ClaimLine& line : claim.lines) consider(line.date_of_service);
  return latest;
}

}  // namespace

ClaimReport CheckClaim(const Claim& given, const DataSet& data,
                       const CheckOptions& options) {
  Claim claim = given;
  for (ClaimLine& line : claim.lines) {
    if (line.code_system.empty())
      line = WithModifiersOfTheCode(std::move(line));
  }
  ClaimReport report;
  Findings findings;
  const Payer payer =
      Choose(options.payer, claim.payer, Payer::kCommercial, "payer", "",
             Rule::kPayerInvalid, &findings, &report);
  ClaimForm form = ClaimForm::kProfessional;
  if (!claim.form.empty() && !FromString(claim.form, &form)) {
    report.notes.push_back("\"" + claim.form +
                           "\" is not a claim form: checked as professional.");
  }
  std::vector<LineFacts> lines, coded;
  for (size_t i = 0; i < claim.lines.size(); ++i) {
    lines.push_back(FactsOf(claim, claim.lines[i], static_cast<int>(i) + 1,
                            data, options.today));
    if (claim.lines[i].code_system.empty()) coded.push_back(lines.back());
  }
  const bool dme = IsDmeSupplierClaim(coded);
  const bool facility = form == ClaimForm::kInstitutional;
  const Setting setting = Choose(
      options.setting, claim.setting,
      dme        ? Setting::kDme
      : facility ? Setting::kOutpatientHospital
                 : Setting::kPractitioner,
      "setting",
      dme ? ": every line is durable medical equipment (E or K codes, or "
            "RR, NU or UE)"
      : facility ? ": an institutional claim is a facility's"
                 : "",
      Rule::kSettingInvalid, &findings, &report);
  // Lines whose code is in another system than CPT/HCPCS are left out of
  // the code checks.
  const CheckContext context{
      claim, form, data, payer, setting, options.today, std::move(lines)};
  const CheckContext coded_context{
      claim, form, data, payer, setting, options.today, std::move(coded)};
  CheckClaimShape(context, &findings);
  CheckProviderNpis(context, &findings);
  CheckMedicareId(context, &findings);
  CheckLineValues(context, &findings);
  CheckCodeSystems(context, &findings);
  CheckCodes(coded_context, &findings);
  CheckModifiers(coded_context, &findings);
  CheckSameDayVisits(coded_context, &findings);
  CheckVisitPlaces(coded_context, &findings);
  const bool inpatient = IsInpatientBill(context);
  if (!inpatient) CheckMue(coded_context, &findings);
  CheckAddOns(coded_context, &findings);
  CheckVaccineAdministration(coded_context, &findings);
  CheckDrugWasteModifiers(coded_context, &findings);
  if (!inpatient) CheckPtp(coded_context, &findings);
  CheckFeeSchedule(coded_context, &findings);
  CheckDiagnoses(context, &findings);
  report.findings = findings.Take();
  SortFindings(&report.findings);
  for (const Finding& finding : report.findings) {
    ++report.totals[static_cast<int>(finding.severity)];
    ++report.rule_totals[finding.rule];
  }
  if (report.findings.size() > kMaxFindingsListed) {
    report.findings_not_listed =
        static_cast<int>(report.findings.size() - kMaxFindingsListed);
    report.findings.resize(kMaxFindingsListed);
  }
  report.payer = std::string(ToString(payer));
  report.setting = std::string(ToString(setting));
  report.checks = Statuses(context);
  report.diagnoses = SummarizeDiagnoses(context);
  report.lines = static_cast<int>(claim.lines.size());
  report.notes.insert(report.notes.begin(), claim.notes.begin(),
                      claim.notes.end());
  for (const StaleTable& table : StaleTables(data, LatestDate(claim))) {
    if (table.kind != "clfs") report.notes.push_back(table.message);
  }
  return report;
}

}  // namespace billcode
