// JSON shapes shared by the CLI and the JS module (one shape, one place).
// Each function returns compact JSON text; absent values are null.
#ifndef BILLCODE_JSON_JSON_OUTPUT_H_
#define BILLCODE_JSON_JSON_OUTPUT_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "billcode/bills/bill_explanation.h"
#include "billcode/bills/other_code.h"
#include "billcode/claims/input/claim_input.h"
#include "billcode/claims/rules/claim_batch.h"
#include "billcode/claims/rules/claim_report.h"
#include "billcode/codes/lookup.h"
#include "billcode/codes/price.h"
#include "billcode/codes/typing.h"
#include "billcode/import/official_import.h"
#include "billcode/json/json_writer.h"
#include "billcode/tables/data_set.h"

namespace billcode {

// The JSON of HCPCS records already written (a record is the longest part
// of a lookup), for a caller that writes many lookups. Records are known by
// address: the owner clears the cache whenever its tables change. Holds at
// most `max_records` (about 1.3 KB each), and starts again when full.
class RecordJsonCache {
 public:
  explicit RecordJsonCache(size_t max_records = 1024)
      : max_records_(max_records) {}
  // Writes the record's JSON as a value of `out`, remembering it.
  void Write(const HcpcsRecord& record, const HcpcsRelease& release,
             JsonWriter* out);
  void Clear() { json_.clear(); }

 private:
  size_t max_records_;
  std::unordered_map<const HcpcsRecord*, std::string> json_;
};

// {input, code, modifiers, kind, kindName, level, section, subsection,
//  shape, problem, missingCount, missing, detail, suggestion, lookalikes,
//  date, status, record, replacements, modifierStatus, cptDeletion}; with
// `fees`, also medicare: {schedule: "pfs" | "clfs" | null, status (the PFS
// status letter, "" for a lab-only code, or "not-in-medicare-schedules"),
// meaning, edition}, null when no fee schedule covers the date.
std::string LookupJson(const LookupResult& result,
                       const DataSet* fees = nullptr,
                       RecordJsonCache* records = nullptr);
void WriteLookup(const LookupResult& result, JsonWriter* out,
                 const DataSet* fees = nullptr,
                 RecordJsonCache* records = nullptr);

// The classification fields plus completions: [{code, shortDescription,
// status}].
std::string TypingJson(const TypingState& state);

// {code, status, sentences: [...]} from Explain().
std::string ExplanationJson(const LookupResult& result);

// {kind, code, sentences: [...]} from ExplainOtherCode(), or null.
std::string OtherCodeJson(const std::optional<OtherCode>& other);

// Every loaded table: [{kind, edition, releaseDate, sourceName,
// sourceChecksum, records}], HCPCS releases first (newest first, with
// codes, modifiers, terminated), then MUE (with setting), add-on codes,
// ICD-10-CM, places of service, PTP, and the fee schedule tables (pfs-rvu,
// gpci, zip-locality, clfs, opps-cap, anesthesia).
std::string VersionsJson(const DataSet& data);

// {usable: true, findings: [{line, field, rule, severity, message, fix,
// source}],
//  summary: {errors, warnings, info, lines, payer, setting, notes,
//  checks: [{check, state, source, detail, notice}],
//  diagnoses: [{code, description, status}]}}; line is null for the claim
// as a whole. `notices` false leaves each check's notice null (a batch
// lists them once, in its summary).
std::string ClaimReportJson(const ClaimReport& report, bool notices = true);
// The `checks` array of a report: [{check, state, source, detail, notice}].
void WriteCheckStatuses(const std::vector<CheckStatus>& checks, bool notices,
                        JsonWriter* out);

// {usable: false, format, errors: [{location, message}]} for input that
// cannot be used.
std::string InputErrorsJson(const ClaimParse& parse);

// {usable: true, format, claim, notes} with the claim in billcode JSON form
// (the schema in data/claim.schema.json) and what its reader assumed or
// passed over, or InputErrorsJson().
std::string ParsedClaimJson(const ClaimParse& parse);

// One claim of a batch: {id, source: {format, location}, usable, payer,
// setting, errors: [{location, message}], report: ClaimReportJson() without
// notices, or null when the claim could not be read}.
std::string BatchClaimJson(const ClaimParse& parse, const ClaimReport* report);

// {format, claims, unreadable, withErrors, stopped, bySeverity: {error,
// warning, info}, byRule: {rule: count}, checks: [{check, ran, no-data,
// not-checked}], notices: the copyright notices of the data the claims'
// checks used, once each, fileErrors: [{location, message}]}.
std::string BatchSummaryJson(const BatchCheck& batch);

// {input, code, modifier, problem, schedule, status, statusMeaning, reason,
//  national: {nonFacility, facility}, local: {amounts, locality: {mac,
//  number, name, state}, approximate, reason} | null, placeOfService, rate,
//  amount, global: {days, meaning} | null, indicators: {pctc,
//  multipleProcedure, bilateral, assistant, coSurgeon, team: {code,
//  meaning}}, anesthesia: {nationalConversionFactor, localConversionFactor,
//  locality} | null, patientShare, notes, edition, notice}; amounts are
//  dollars
// with two decimals, null when there is none. `problem` is bad input (a
// ZIP not in the file): not named "error", which the JS module throws.
std::string PriceJson(const PriceResult& price);
void WritePrice(const PriceResult& price, JsonWriter* out);

// An explained bill: {items: [{line, text, kind, code, modifiers, units,
// charge, dateOfService, revenueCode, ndc, description, repaired, date,
// dateSource, explanation: [...], lookup: LookupJson() | null, price:
// PriceJson() | null, flags: [{id, sentence, question, detail, source}]}],
// summary: {items, byKind: {procedure, diagnosis, revenue, ndc}, flags,
// byFlag: {id: count}, totalCharges}, questions, notes, problems, payer,
// checks: [{check, state, source, detail, notice: null}], notices}. Every code
// found is one entry of `items`; the summary holds counts only.
std::string BillJson(const BillExplanation& bill, const DataSet& data);

// The wire names of every enum at the boundary, for the TypeScript check:
// {codeKind, shape, problem, lookupStatus, rule, severity, checkState,
// payer, setting, claimFormat, claimForm, billItemKind, billFlag,
// dateSource}.
std::string EnumNamesJson();

// {kind, (HCPCS: codes, modifiers, terminated,) edition, effectiveFrom,
//  effectiveTo, records, skipped, lines, skippedLines, warnings}.
std::string OfficialImportJson(const OfficialImport& import);

}  // namespace billcode

#endif  // BILLCODE_JSON_JSON_OUTPUT_H_
