// Rules on diagnoses and the lines' pointers to them: dx-invalid,
// dx-unknown, dx-not-billable, dx-no-data, dx-too-many, dx-pointer,
// dx-missing, dx-icd9, dx-first-listed.
#include "billcode/base/text.h"
#include "billcode/tables/icd10cm.h"
#include "claim_rules.h"

namespace billcode {
namespace {

constexpr size_t kMaxDiagnoses = 12;               // CMS-1500 and 837P
constexpr size_t kMaxInstitutionalDiagnoses = 25;  // UB-04 / 837I
constexpr size_t kMaxPointers = 4;
// ICD-10-CM replaced ICD-9-CM for services from this day (HIPAA).
constexpr int kIcd10Start = 20151001;

void CheckDiagnosis(const CheckContext& context, size_t index, Date date,
                    Findings* findings) {
  const std::string& given = context.claim.diagnoses[index];
  const std::string field = Indexed("diagnoses", index);
  if (!IsIcd10Shaped(TrimAsciiSpace(given))) {
    findings->Add(0, field, Rule::kDxInvalid, Severity::kError,
                  "\"" + given +
                      "\" is not an ICD-10-CM code (a letter, "
                      "then 2 to 6 letters or digits).",
                  "Copy the diagnosis code from the medical record, such as "
                  "E11.9.");
    return;
  }
  const Editions<Icd10Table>& editions = context.data.icd10cm_editions();
  if (editions.empty()) return;
  const std::string code = NormalizeDiagnosis(given);
  const Icd10Table* table = date.empty() ? nullptr : editions.Governing(date);
  if (!table) {
    findings->Add(0, field, Rule::kDxNoData, Severity::kInfo,
                  code + " was not checked: " +
                      (date.empty() ? "the claim has no date of service; "
                                    : "no ICD-10-CM release loaded covers " +
                                          date.ToIso() + "; ") +
                      "loaded: " + EditionsCoverage(editions) + ".",
                  "Check the diagnosis against the release for the date of "
                  "service.",
                  SourceOf("ICD-10-CM", editions.all().front().info()));
    return;
  }
  const std::string source = SourceOf("ICD-10-CM", table->info());
  if (table->Find(code)) {
    return;
  } else if (table->HasMoreSpecific(code)) {
    findings->Add(0, field, Rule::kDxNotBillable, Severity::kError,
                  given +
                      " is a category: a claim needs a complete code with "
                      "more characters.",
                  "Use the most specific code under " + given +
                      " that the record supports.",
                  source);
  } else if (EndsBefore(table->info(), date)) {
    // A code added after the newest edition loaded is not in it.
    findings->Add(0, field, Rule::kDxUnknown, Severity::kWarning,
                  given + " is not in ICD-10-CM " + table->info().edition +
                      ", the newest release loaded, which ends before " +
                      date.ToIso() + ": it is a typing mistake or a code " +
                      "added since.",
                  "Check the code against the release for the date of "
                  "service.",
                  source);
  } else {
    findings->Add(0, field, Rule::kDxUnknown, Severity::kError,
                  given + " is not an ICD-10-CM code.",
                  "Check the code for typing mistakes.", source);
  }
}

// The first diagnosis is the claim's principal (first-listed) one. The
// ICD-10-CM Official Guidelines never allow an external cause code
// (V00-Y99) there, nor a manifestation code, which says "in diseases
// classified elsewhere" (nor B95-B97, "as the cause of diseases classified
// elsewhere"): each goes after the condition it adds to.
void CheckFirstListed(const CheckContext& context, Date date,
                      Findings* findings) {
  if (context.claim.diagnoses.empty()) return;
  const std::string& given = context.claim.diagnoses.front();
  if (!IsIcd10Shaped(TrimAsciiSpace(given))) return;
  const std::string code = NormalizeDiagnosis(given);
  if (std::string_view("VWXY").find(code[0]) != std::string_view::npos) {
    findings->Add(
        0, Indexed("diagnoses", 0), Rule::kDxFirstListed, Severity::kError,
        given +
            " is an external cause code (V00-Y99): it tells how an "
            "injury happened and may never be the first diagnosis.",
        "List the injury or condition first and " + given + " after it.",
        "ICD-10-CM Official Guidelines, section I.C.20");
    return;
  }
  const Icd10Table* table =
      date.empty() ? nullptr : context.data.icd10cm_editions().Governing(date);
  const Icd10Code* found = table ? table->Find(code) : nullptr;
  if (found &&
      found->description.find("classified elsewhere") != std::string::npos) {
    findings->Add(
        0, Indexed("diagnoses", 0), Rule::kDxFirstListed, Severity::kWarning,
        given + " (\"" + found->description +
            "\") adds to a condition coded elsewhere, so it may "
            "not be the first diagnosis.",
        "List the underlying condition first and " + given + " after it.",
        SourceOf("ICD-10-CM", table->info()) +
            "; Official Guidelines, section I.A.13");
  }
}

void CheckPointers(const CheckContext& context, const LineFacts& facts,
                   Findings* findings) {
  const std::vector<std::string>& pointers = facts.line->diagnosis_pointers;
  const size_t diagnoses = context.claim.diagnoses.size();
  if (pointers.empty()) {
    if (diagnoses > 0 && !facts.line->points_at_unread_diagnosis) {
      findings->Add(facts.number, "diagnosisPointers", Rule::kDxMissing,
                    Severity::kError, "The line does not point to a diagnosis.",
                    "Point the line to the diagnosis (1 to " +
                        std::to_string(diagnoses) + ") that explains it.");
    }
    return;
  }
  for (size_t i = 0; i < pointers.size(); ++i) {
    const std::string& pointer = pointers[i];
    const std::string field = Indexed("diagnosisPointers", i);
    if (i >= kMaxPointers) {
      findings->Add(facts.number, field, Rule::kDxPointer, Severity::kError,
                    "A line points to at most 4 diagnoses.",
                    "Keep the 4 most important pointers.");
      break;
    }
    const bool number = IsAsciiDigits(pointer) && pointer.size() <= 2;
    const size_t value = number ? std::stoul(pointer) : 0;
    if (value < 1 || value > diagnoses) {
      findings->Add(facts.number, field, Rule::kDxPointer, Severity::kError,
                    "Pointer \"" + pointer +
                        "\" points at no diagnosis (the "
                        "claim has " +
                        std::to_string(diagnoses) + ").",
                    diagnoses ? "Use a number from 1 to " +
                                    std::to_string(diagnoses) + "."
                              : "Add the diagnoses to the claim.");
    }
  }
}

}  // namespace

Date ClaimDate(const CheckContext& context) {
  if (auto date = Date::ParseIso(context.claim.date_of_service)) return *date;
  for (const LineFacts& line : context.lines) {
    if (!line.date.empty()) return line.date;
  }
  return Date();
}

std::vector<DiagnosisSummary> SummarizeDiagnoses(const CheckContext& context) {
  std::vector<DiagnosisSummary> summaries;
  const Icd10Table* table = context.data.icd10cm(ClaimDate(context));
  for (const std::string& given : context.claim.diagnoses) {
    DiagnosisSummary summary{given, "", "not-checked"};
    const std::string code = NormalizeDiagnosis(given);
    if (!IsIcd10Shaped(TrimAsciiSpace(given))) {
      summary.status = "invalid";
      summaries.push_back(std::move(summary));
      continue;
    }
    summary.code = DisplayDiagnosis(code);
    if (table) {
      if (const Icd10Code* found = table->Find(code)) {
        summary.status = "billable";
        summary.description = found->description;
      } else {
        summary.status = table->HasMoreSpecific(code) ? "category" : "unknown";
      }
    }
    summaries.push_back(std::move(summary));
  }
  return summaries;
}

// ICD-9-CM diagnoses: an error for services from 2015-10-01 (or without a
// date); for earlier services they were the code set, and are not checked.
void CheckIcd9(const CheckContext& context, Findings* findings) {
  const std::vector<std::string>& icd9 = context.claim.icd9_diagnoses;
  if (icd9.empty()) return;
  bool current = context.lines.empty();
  for (const LineFacts& line : context.lines) {
    if (line.date.empty() || line.date.packed() >= kIcd10Start) current = true;
  }
  std::string codes;
  for (const std::string& code : icd9)
    codes += (codes.empty() ? "" : ", ") + code;
  if (current) {
    findings->Add(0, "icd9Diagnoses", Rule::kDxIcd9, Severity::kError,
                  "The claim gives ICD-9-CM diagnoses (" + codes +
                      "); services on or after 2015-10-01 need ICD-10-CM.",
                  "Code the diagnoses in ICD-10-CM.");
  } else {
    findings->Add(0, "icd9Diagnoses", Rule::kDxIcd9, Severity::kInfo,
                  "The claim gives ICD-9-CM diagnoses (" + codes +
                      "), the code set before 2015-10-01; they were not "
                      "checked.",
                  "Nothing to do for services before 2015-10-01.");
  }
}

void CheckDiagnoses(const CheckContext& context, Findings* findings) {
  CheckIcd9(context, findings);
  if (context.form == ClaimForm::kDental) return;  // diagnoses are optional
  const std::vector<std::string>& diagnoses = context.claim.diagnoses;
  if (diagnoses.empty() && context.claim.icd9_diagnoses.empty() &&
      !context.lines.empty()) {
    findings->Add(0, "diagnoses", Rule::kDxMissing, Severity::kError,
                  "The claim has no diagnosis.",
                  "Add the ICD-10-CM codes that explain the services.");
  }
  const bool institutional = context.form == ClaimForm::kInstitutional;
  const size_t allowed =
      institutional ? kMaxInstitutionalDiagnoses : kMaxDiagnoses;
  if (diagnoses.size() > allowed) {
    findings->Add(
        0, Indexed("diagnoses", allowed), Rule::kDxTooMany, Severity::kError,
        "The claim has " + std::to_string(diagnoses.size()) +
            " diagnoses; a claim holds " + std::to_string(allowed) + ".",
        "Keep the " + std::to_string(allowed) +
            " that explain the services best.");
  }
  const Date date = ClaimDate(context);
  for (size_t i = 0; i < diagnoses.size(); ++i) {
    CheckDiagnosis(context, i, date, findings);
  }
  CheckFirstListed(context, date, findings);
  // UB-04 lines do not point at diagnoses; ICD-9 ones are not checked.
  if (institutional || !context.claim.icd9_diagnoses.empty()) return;
  for (const LineFacts& facts : context.lines) {
    CheckPointers(context, facts, findings);
  }
}

}  // namespace billcode
