#include "billcode/json/json_output.h"

#include <algorithm>
#include <cstdio>

#include "billcode/codes/explanation.h"
#include "billcode/tables/field_values.h"
#include "billcode/tables/staleness.h"

namespace billcode {
namespace {

void WriteDate(Date date, JsonWriter* out) {
  date.empty() ? out->Null() : out->String(date.ToIso());
}

void WriteSection(const Section* section, JsonWriter* out) {
  if (!section) {
    out->Null();
    return;
  }
  out->BeginObject()
      .Key("id")
      .String(section->id)
      .Key("name")
      .String(section->name)
      .Key("explanation")
      .String(section->explanation)
      .EndObject();
}

// {code, meaning} for a coded field, or null when blank.
void WriteCodedValue(std::string_view field, const std::string& value,
                     JsonWriter* out) {
  if (value.empty()) {
    out->Null();
    return;
  }
  out->BeginObject()
      .Key("code")
      .String(value)
      .Key("meaning")
      .StringOrNull(FieldValueMeaning(field, value))
      .EndObject();
}

void WriteCodedValues(std::string_view field,
                      const std::vector<std::string>& values, JsonWriter* out) {
  out->BeginArray();
  for (const std::string& value : values) WriteCodedValue(field, value, out);
  out->EndArray();
}

void WriteShortRecord(const FoundRecord& found, JsonWriter* out) {
  if (!found.record) {
    out->Null();
    return;
  }
  out->BeginObject()
      .Key("shortDescription")
      .String(found.record->short_description)
      .Key("longDescription")
      .String(found.record->long_description)
      .Key("release")
      .String(found.release->info().edition)
      .EndObject();
}

void WriteLookalikes(const std::vector<CharacterFinding>& findings,
                     JsonWriter* out) {
  out->BeginArray();
  for (const CharacterFinding& finding : findings) {
    out->BeginObject()
        .Key("position")
        .Int(static_cast<long long>(finding.position))
        .Key("character")
        .String(finding.character)
        .Key("what")
        .String(finding.what)
        .Key("looksLike")
        .StringOrNull(finding.looks_like
                          ? std::string_view(&finding.looks_like, 1)
                          : std::string_view())
        .EndObject();
  }
  out->EndArray();
}

// The classification's fields, inside an object the caller opened.
void WriteClassificationFields(const Classification& c, JsonWriter* out) {
  const KindFacts* facts = FactsOfKind(c.kind);
  out->Key("input")
      .String(c.input)
      .Key("code")
      .StringOrNull(c.code)
      .Key("modifiers")
      .Strings(c.modifiers)
      .Key("kind")
      .String(ToString(c.kind))
      .Key("kindName")
      .StringOrNull(facts ? facts->name : "")
      .Key("level")
      .Int(c.level)
      .Key("section");
  WriteSection(c.section, out);
  out->Key("subsection");
  WriteSection(c.subsection, out);
  out->Key("shape")
      .String(ToString(c.shape))
      .Key("problem")
      .StringOrNull(c.problem == Problem::kNone ? "" : ToString(c.problem))
      .Key("missingCount")
      .Int(c.missing_count)
      .Key("missing")
      .StringOrNull(c.missing)
      .Key("detail")
      .StringOrNull(c.detail)
      .Key("suggestion")
      .StringOrNull(c.suggestion)
      .Key("lookalikes");
  WriteLookalikes(c.lookalikes, out);
  out->Key("passedOver").Strings(c.passed_over);
}

void WriteRecord(const HcpcsRecord& r, const HcpcsRelease& release,
                 JsonWriter* out) {
  out->BeginObject()
      .Key("code")
      .String(r.code)
      .Key("type")
      .String(r.is_modifier ? "modifier" : "procedure")
      .Key("longDescription")
      .String(r.long_description)
      .Key("shortDescription")
      .String(r.short_description)
      .Key("coverage");
  WriteCodedValue("coverage", r.coverage_code, out);
  out->Key("betos").StringOrNull(r.betos).Key("typesOfService");
  WriteCodedValues("type-of-service", r.types_of_service, out);
  out->Key("pricingIndicators");
  WriteCodedValues("pricing", r.pricing_indicators, out);
  out->Key("multiplePricingIndicator");
  WriteCodedValue("multiple-pricing", r.multiple_pricing_indicator, out);
  out->Key("addedDate");
  WriteDate(r.added, out);
  out->Key("actionEffectiveDate");
  WriteDate(r.action_effective, out);
  out->Key("terminationDate");
  WriteDate(r.termination, out);
  out->Key("actionCode");
  WriteCodedValue("action", r.action_code, out);
  out->Key("processingNote")
      .StringOrNull(r.processing_note)
      .Key("crossReferences")
      .Strings(r.cross_references)
      .Key("statute")
      .StringOrNull(r.statute)
      .Key("labCertifications")
      .Strings(r.lab_certifications)
      .Key("coverageIssuesManualRefs")
      .Strings(r.coverage_issues_refs)
      .Key("carriersManualRefs")
      .Strings(r.carriers_manual_refs)
      .Key("ascGroup")
      .StringOrNull(r.asc_group)
      .Key("ascEffectiveDate");
  WriteDate(r.asc_effective, out);
  out->Key("oppsStatus")
      .StringOrNull(r.opps_status)
      .Key("oppsPaymentIndicator")
      .StringOrNull(r.opps_payment_indicator)
      .Key("oppsEffectiveDate");
  WriteDate(r.opps_effective, out);
  out->Key("anesthesiaBaseUnits")
      .StringOrNull(r.anesthesia_base_units)
      .Key("release")
      .String(release.info().edition)
      .EndObject();
}

void WriteLineGroups(const std::vector<LineGroup>& groups, JsonWriter* out) {
  out->BeginArray();
  for (const LineGroup& group : groups) {
    out->BeginObject()
        .Key("reason")
        .String(group.reason)
        .Key("count")
        .Int(group.count)
        .Key("firstLines")
        .BeginArray();
    for (int line : group.first_lines) out->Int(line);
    out->EndArray().EndObject();
  }
  out->EndArray();
}

// Opens a version object and writes the fields every table has.
void WriteVersionStart(std::string_view kind, const ReleaseInfo& info,
                       size_t records, JsonWriter* out) {
  char checksum[17];
  std::snprintf(checksum, sizeof checksum, "%016llx",
                static_cast<unsigned long long>(info.source_checksum));
  out->BeginObject()
      .Key("kind")
      .String(kind)
      .Key("edition")
      .String(info.edition)
      .Key("releaseDate");
  WriteDate(info.release_date, out);
  out->Key("sourceName")
      .String(info.source_name)
      .Key("sourceChecksum")
      .String(checksum)
      .Key("records")
      .Int(static_cast<long long>(records))
      .Key("effectiveFrom");
  WriteDate(info.effective_from, out);
  out->Key("effectiveTo");
  WriteDate(info.effective_to, out);
  if (!info.notice.empty()) out->Key("notice").String(info.notice);
}

template <typename Names>
void WriteNames(std::string_view key, const Names& names, JsonWriter* out) {
  out->Key(key).BeginArray();
  for (std::string_view name : names) out->String(name);
  out->EndArray();
}

}  // namespace

// "medicare": {schedule, status, meaning, edition} for a complete code
// when a fee schedule covers the date, else null.
void WriteMedicare(const LookupResult& result, const DataSet& fees,
                   JsonWriter* out) {
  out->Key("medicare");
  const Classification& c = result.classification;
  const MedicareSchedule medicare =
      c.shape == Shape::kComplete && c.kind != CodeKind::kModifier
          ? MedicareScheduleOf(c.code, result.date, fees)
          : MedicareSchedule();
  if (!medicare.loaded) {
    out->Null();
    return;
  }
  out->BeginObject()
      .Key("schedule")
      .StringOrNull(medicare.schedule)
      .Key("status")
      .String(medicare.schedule.empty() ? "not-in-medicare-schedules"
                                        : medicare.status)
      .Key("meaning")
      .String(medicare.meaning)
      .Key("edition")
      .StringOrNull(medicare.edition)
      .EndObject();
}

namespace {

// Stale tables among `kinds` for the date: {table, edition, endsOn,
// message}.
void WriteStale(const DataSet& data, Date date,
                std::initializer_list<std::string_view> kinds,
                JsonWriter* out) {
  out->Key("stale").BeginArray();
  for (const StaleTable& table : StaleTables(data, date)) {
    if (std::find(kinds.begin(), kinds.end(), table.kind) == kinds.end()) {
      continue;
    }
    out->BeginObject()
        .Key("table")
        .String(table.kind)
        .Key("edition")
        .String(table.edition)
        .Key("endsOn")
        .String(table.ends.ToIso())
        .Key("message")
        .String(table.message)
        .EndObject();
  }
  out->EndArray();
}

}  // namespace

void RecordJsonCache::Write(const HcpcsRecord& record,
                            const HcpcsRelease& release, JsonWriter* out) {
  if (const auto found = json_.find(&record); found != json_.end()) {
    out->Raw(found->second);
    return;
  }
  if (json_.size() >= max_records_) json_.clear();
  const size_t start = out->text().size();
  WriteRecord(record, release, out);
  std::string_view json = out->text().substr(start);
  if (json.front() == ',') json.remove_prefix(1);  // the record in an array
  json_.emplace(&record, json);
}

void WriteLookup(const LookupResult& result, JsonWriter* out,
                 const DataSet* fees, RecordJsonCache* records) {
  out->BeginObject();
  WriteClassificationFields(result.classification, out);
  out->Key("date");
  WriteDate(result.date, out);
  out->Key("status").String(ToString(result.status)).Key("record");
  if (result.found.record && records) {
    records->Write(*result.found.record, *result.found.release, out);
  } else if (result.found.record) {
    WriteRecord(*result.found.record, *result.found.release, out);
  } else {
    out->Null();
  }
  out->Key("replacements").BeginArray();
  for (const Replacement& replacement : result.replacements) {
    out->BeginObject().Key("code").String(replacement.code).Key("record");
    WriteShortRecord(replacement.found, out);
    out->EndObject();
  }
  out->EndArray().Key("modifierStatus").BeginArray();
  for (const ModifierLookup& modifier : result.modifiers) {
    out->BeginObject()
        .Key("modifier")
        .String(modifier.modifier)
        .Key("status")
        .String(ToString(modifier.status))
        .Key("record");
    WriteShortRecord(modifier.found, out);
    out->EndObject();
  }
  out->EndArray().Key("cptDeletion");
  if (const CptDeletion* deletion = result.cpt_deletion) {
    out->BeginObject().Key("deleted");
    WriteDate(deletion->deleted, out);
    out->Key("lastValidDate");
    WriteDate(LastValidDate(result), out);
    out->Key("source").String(deletion->source).EndObject();
  } else {
    out->Null();
  }
  out->Key("cptDescriptor");
  if (result.cpt_descriptor) {
    out->BeginObject()
        .Key("descriptor")
        .String(result.cpt_descriptor->descriptor)
        .Key("edition")
        .String(result.cpt_table->info().edition)
        .Key("source")
        .String(result.cpt_table->info().source_name)
        .EndObject();
  } else {
    out->Null();
  }
  if (fees) {
    WriteMedicare(result, *fees, out);
    WriteStale(*fees, result.date, {"hcpcs-level2", "pfs-rvu", "clfs"}, out);
  }
  out->EndObject();
}

std::string LookupJson(const LookupResult& result, const DataSet* fees,
                       RecordJsonCache* records) {
  JsonWriter out;
  WriteLookup(result, &out, fees, records);
  return out.Take();
}

std::string TypingJson(const TypingState& state) {
  JsonWriter out;
  out.BeginObject();
  WriteClassificationFields(state.classification, &out);
  out.Key("completions").BeginArray();
  for (const Completion& completion : state.completions) {
    out.BeginObject()
        .Key("code")
        .String(completion.code)
        .Key("shortDescription")
        .String(completion.short_description)
        .Key("status")
        .String(ToString(completion.status))
        .EndObject();
  }
  out.EndArray().EndObject();
  return out.Take();
}

std::string ExplanationJson(const LookupResult& result) {
  JsonWriter out;
  out.BeginObject()
      .Key("code")
      .StringOrNull(result.classification.code)
      .Key("status")
      .String(ToString(result.status))
      .Key("sentences")
      .Strings(Explain(result))
      .EndObject();
  return out.Take();
}

std::string OtherCodeJson(const std::optional<OtherCode>& other) {
  JsonWriter out;
  if (!other) return out.Null().Take();
  out.BeginObject()
      .Key("kind")
      .String(ToString(other->kind))
      .Key("code")
      .String(other->code)
      .Key("sentences")
      .Strings(other->sentences)
      .EndObject();
  return out.Take();
}

namespace {

// One entry per edition of a table that has nothing beside its records.
template <typename Table>
void WriteEditions(std::string_view kind, const Editions<Table>& editions,
                   JsonWriter* out) {
  for (const Table& table : editions.all()) {
    WriteVersionStart(kind, table.info(), table.entries().size(), out);
    out->EndObject();
  }
}

}  // namespace

std::string VersionsJson(const DataSet& data) {
  JsonWriter out;
  out.BeginArray();
  for (const HcpcsRelease& release : data.hcpcs().releases()) {
    const ReleaseCounts counts = release.Counts();
    WriteVersionStart("hcpcs-level2", release.info(), release.records().size(),
                      &out);
    out.Key("codes")
        .Int(counts.codes)
        .Key("modifiers")
        .Int(counts.modifiers)
        .Key("terminated")
        .Int(counts.terminated)
        .EndObject();
  }
  for (size_t i = 0; i < std::size(kSettingNames); ++i) {
    for (const MueTable& mue :
         data.mue_editions(static_cast<Setting>(i)).all()) {
      WriteVersionStart("mue", mue.info(), mue.entries().size(), &out);
      out.Key("setting").String(kSettingNames[i]).EndObject();
    }
  }
  for (const AddOnTable& addons : data.addon_editions().all()) {
    WriteVersionStart("ncci-addon", addons.info(), addons.edits().size(), &out);
    out.EndObject();
  }
  for (const Icd10Table& icd : data.icd10cm_editions().all()) {
    WriteVersionStart("icd10cm", icd.info(), icd.codes().size(), &out);
    out.Key("validFrom");
    WriteDate(icd.valid_from(), &out);
    out.Key("validTo");
    WriteDate(icd.valid_to(), &out);
    out.EndObject();
  }
  for (const PlaceOfServiceTable& places : data.place_editions().all()) {
    WriteVersionStart("place-of-service", places.info(), places.places().size(),
                      &out);
    out.EndObject();
  }
  if (const PtpTable* ptp = data.ptp()) {
    WriteVersionStart("ncci-ptp", ptp->info(), ptp->edits().size(), &out);
    out.EndObject();
  }
  WriteEditions("pfs-rvu", data.rvu_editions(), &out);
  WriteEditions("gpci", data.gpci_editions(), &out);
  WriteEditions("zip-locality", data.zip_editions(), &out);
  WriteEditions("clfs", data.lab_fee_editions(), &out);
  WriteEditions("opps-cap", data.opps_cap_editions(), &out);
  WriteEditions("anesthesia", data.anesthesia_editions(), &out);
  WriteEditions("cpt-descriptors", data.cpt_descriptor_editions(), &out);
  out.EndArray();
  return out.Take();
}

void WriteCheckStatuses(const std::vector<CheckStatus>& checks, bool notices,
                        JsonWriter* out) {
  out->BeginArray();
  for (const CheckStatus& check : checks) {
    out->BeginObject()
        .Key("check")
        .String(check.check)
        .Key("state")
        .String(ToString(check.state))
        .Key("source")
        .StringOrNull(check.source)
        .Key("detail")
        .StringOrNull(check.detail)
        .Key("notice")
        .StringOrNull(notices ? check.notice : "")
        .EndObject();
  }
  out->EndArray();
}

std::string ClaimReportJson(const ClaimReport& report, bool notices) {
  JsonWriter out;
  out.BeginObject().Key("usable").Bool(true).Key("findings").BeginArray();
  for (const Finding& f : report.findings) {
    out.BeginObject().Key("line");
    f.line ? out.Int(f.line) : out.Null();
    out.Key("field")
        .String(f.field)
        .Key("rule")
        .String(ToString(f.rule))
        .Key("severity")
        .String(ToString(f.severity))
        .Key("message")
        .String(f.message)
        .Key("fix")
        .StringOrNull(f.fix)
        .Key("source")
        .StringOrNull(f.source)
        .EndObject();
  }
  out.EndArray()
      .Key("summary")
      .BeginObject()
      .Key("errors")
      .Int(report.Count(Severity::kError))
      .Key("warnings")
      .Int(report.Count(Severity::kWarning))
      .Key("info")
      .Int(report.Count(Severity::kInfo))
      .Key("lines")
      .Int(report.lines)
      .Key("findingsNotListed")
      .Int(report.findings_not_listed)
      .Key("payer")
      .String(report.payer)
      .Key("setting")
      .String(report.setting)
      .Key("notes")
      .Strings(report.notes)
      .Key("checks");
  WriteCheckStatuses(report.checks, notices, &out);
  out.Key("diagnoses").BeginArray();
  for (const DiagnosisSummary& diagnosis : report.diagnoses) {
    out.BeginObject()
        .Key("code")
        .String(diagnosis.code)
        .Key("description")
        .StringOrNull(diagnosis.description)
        .Key("status")
        .String(diagnosis.status)
        .EndObject();
  }
  out.EndArray().EndObject().EndObject();
  return out.Take();
}

std::string InputErrorsJson(const ClaimParse& parse) {
  JsonWriter out;
  out.BeginObject()
      .Key("usable")
      .Bool(false)
      .Key("format")
      .String(ToString(parse.format))
      .Key("errors")
      .BeginArray();
  for (const InputError& error : parse.errors) {
    out.BeginObject()
        .Key("location")
        .String(error.location)
        .Key("message")
        .String(error.message)
        .EndObject();
  }
  out.EndArray().EndObject();
  return out.Take();
}

namespace {

void WriteProviders(const std::vector<ProviderNpi>& providers,
                    JsonWriter* out) {
  out->BeginArray();
  for (const ProviderNpi& provider : providers) {
    out->BeginObject()
        .Key("role")
        .String(provider.role)
        .Key("npi")
        .String(provider.npi)
        .EndObject();
  }
  out->EndArray();
}

}  // namespace

std::string ParsedClaimJson(const ClaimParse& parse) {
  if (!parse.errors.empty()) return InputErrorsJson(parse);
  const Claim& claim = parse.claim;
  JsonWriter out;
  out.BeginObject()
      .Key("usable")
      .Bool(true)
      .Key("format")
      .String(ToString(parse.format))
      .Key("claim")
      .BeginObject()
      .Key("id")
      .String(parse.id)
      .Key("form")
      .String(claim.form)
      .Key("facilityType")
      .String(claim.facility_type)
      .Key("payer")
      .String(claim.payer)
      .Key("setting")
      .String(claim.setting)
      .Key("dateOfService")
      .String(claim.date_of_service)
      .Key("placeOfService")
      .String(claim.place_of_service)
      .Key("diagnoses")
      .Strings(claim.diagnoses)
      .Key("icd9Diagnoses")
      .Strings(claim.icd9_diagnoses)
      .Key("frequency")
      .String(claim.frequency)
      .Key("originalClaim")
      .String(claim.original_claim)
      .Key("memberId")
      .String(claim.member_id)
      .Key("providers");
  WriteProviders(claim.providers, &out);
  out.Key("lines").BeginArray();
  for (const ClaimLine& line : claim.lines) {
    out.BeginObject()
        .Key("code")
        .String(line.code)
        .Key("modifiers")
        .Strings(line.modifiers)
        .Key("units")
        .String(line.units)
        .Key("charge")
        .String(line.charge)
        .Key("dateOfService")
        .String(line.date_of_service)
        .Key("dateTo")
        .String(line.date_to)
        .Key("placeOfService")
        .String(line.place_of_service)
        .Key("diagnosisPointers")
        .Strings(line.diagnosis_pointers)
        .Key("ndc")
        .String(line.ndc)
        .Key("description")
        .String(line.description)
        .Key("revenueCode")
        .String(line.revenue_code)
        .Key("codeSystem")
        .String(line.code_system)
        .Key("teeth")
        .BeginArray();
    for (const Tooth& tooth : line.teeth) {
      out.BeginObject()
          .Key("number")
          .String(tooth.number)
          .Key("surfaces")
          .Strings(tooth.surfaces)
          .EndObject();
    }
    out.EndArray().Key("providers");
    WriteProviders(line.providers, &out);
    out.EndObject();
  }
  out.EndArray().EndObject().Key("notes").Strings(claim.notes).EndObject();
  return out.Take();
}

namespace {

void WriteInputErrors(const std::vector<InputError>& errors, JsonWriter* out) {
  out->BeginArray();
  for (const InputError& error : errors) {
    out->BeginObject()
        .Key("location")
        .String(error.location)
        .Key("message")
        .String(error.message)
        .EndObject();
  }
  out->EndArray();
}

}  // namespace

std::string BatchClaimJson(const ClaimParse& parse, const ClaimReport* report) {
  JsonWriter out;
  out.BeginObject()
      .Key("id")
      .StringOrNull(parse.id)
      .Key("source")
      .BeginObject()
      .Key("format")
      .String(ToString(parse.format))
      .Key("location")
      .String(parse.location)
      .EndObject()
      .Key("usable")
      .Bool(report != nullptr)
      .Key("payer")
      .StringOrNull(report ? report->payer : "")
      .Key("setting")
      .StringOrNull(report ? report->setting : "")
      .Key("errors");
  WriteInputErrors(parse.errors, &out);
  std::string text = out.Take();
  text += ",\"report\":";
  text += report ? ClaimReportJson(*report, false) : "null";
  text += "}";
  return text;
}

std::string BatchSummaryJson(const BatchCheck& batch) {
  const BatchTotals& totals = batch.totals;
  JsonWriter out;
  out.BeginObject()
      .Key("format")
      .String(ToString(batch.read.format))
      .Key("claims")
      .Int(totals.claims)
      .Key("unreadable")
      .Int(totals.unreadable)
      .Key("withErrors")
      .Int(totals.with_errors)
      .Key("stopped")
      .Bool(batch.read.stopped)
      .Key("bySeverity")
      .BeginObject();
  for (Severity severity :
       {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    out.Key(ToString(severity))
        .Int(totals.by_severity[static_cast<int>(severity)]);
  }
  out.EndObject().Key("byRule").BeginObject();
  for (const auto& [rule, count] : totals.by_rule) out.Key(rule).Int(count);
  out.EndObject().Key("checks").BeginArray();
  for (const auto& [check, states] : totals.checks) {
    out.BeginObject().Key("check").String(check);
    for (CheckState state :
         {CheckState::kRan, CheckState::kNoData, CheckState::kNotChecked}) {
      out.Key(ToString(state)).Int(states[static_cast<int>(state)]);
    }
    out.EndObject();
  }
  out.EndArray().Key("notices").Strings(
      {totals.notices.begin(), totals.notices.end()});
  out.Key("fileErrors");
  WriteInputErrors(batch.read.errors, &out);
  out.EndObject();
  return out.Take();
}

std::string EnumNamesJson() {
  JsonWriter out;
  out.BeginObject();
  WriteNames("codeKind", kCodeKindNames, &out);
  WriteNames("shape", kShapeNames, &out);
  WriteNames("problem", kProblemNames, &out);
  WriteNames("lookupStatus", kLookupStatusNames, &out);
  WriteNames("rule", kRuleNames, &out);
  WriteNames("severity", kSeverityNames, &out);
  WriteNames("checkState", kCheckStateNames, &out);
  WriteNames("payer", kPayerNames, &out);
  WriteNames("setting", kSettingNames, &out);
  WriteNames("claimFormat", kClaimFormatNames, &out);
  WriteNames("claimForm", kClaimFormNames, &out);
  WriteNames("billItemKind", kBillItemKindNames, &out);
  WriteNames("billFlag", kBillFlagKindNames, &out);
  WriteNames("dateSource", kDateSourceNames, &out);
  WriteNames("tableKind", kTableKindNames, &out);
  WriteNames("otherCodeKind", kOtherCodeKindNames, &out);
  out.EndObject();
  return out.Take();
}

std::string OfficialImportJson(const OfficialImport& import) {
  const ReleaseInfo& info = InfoOf(import.pack);
  JsonWriter out;
  out.BeginObject().Key("kind").String(ToString(import.kind));
  if (const auto* release = std::get_if<HcpcsRelease>(&import.pack)) {
    const ReleaseCounts counts = release->Counts();
    out.Key("codes")
        .Int(counts.codes)
        .Key("modifiers")
        .Int(counts.modifiers)
        .Key("terminated")
        .Int(counts.terminated);
  }
  out.Key("edition").String(info.edition).Key("effectiveFrom");
  WriteDate(info.effective_from, &out);
  out.Key("effectiveTo");
  WriteDate(info.effective_to, &out);
  out.Key("records")
      .Int(static_cast<long long>(import.records))
      .Key("skipped")
      .Int(import.report.SkippedLines())
      .Key("lines")
      .Int(import.report.lines)
      .Key("skippedLines");
  WriteLineGroups(import.report.skipped, &out);
  out.Key("warnings");
  WriteLineGroups(import.report.warnings, &out);
  return out.EndObject().Take();
}

namespace {

void WriteCents(long long cents, JsonWriter* out) {
  if (cents < 0) {
    out->Null();
    return;
  }
  out->Fixed(cents, 2);
}

void WriteAmounts(const PriceAmounts& amounts, JsonWriter* out) {
  out->BeginObject().Key("nonFacility");
  WriteCents(amounts.nonfacility, out);
  out->Key("facility");
  WriteCents(amounts.facility, out);
  out->EndObject();
}

}  // namespace

void WritePrice(const PriceResult& price, JsonWriter* writer) {
  JsonWriter& out = *writer;
  out.BeginObject()
      .Key("input")
      .String(price.input)
      .Key("code")
      .StringOrNull(price.code)
      .Key("modifier")
      .StringOrNull(price.modifier)
      .Key("problem")
      .StringOrNull(price.error)
      .Key("schedule")
      .StringOrNull(price.schedule)
      .Key("status")
      .StringOrNull(price.status)
      .Key("statusMeaning")
      .StringOrNull(price.status_meaning)
      .Key("reason")
      .StringOrNull(price.reason)
      .Key("national");
  WriteAmounts(price.national, writer);
  out.Key("local");
  if (price.has_local) {
    out.BeginObject().Key("amounts");
    WriteAmounts(price.local, writer);
    out.Key("locality")
        .BeginObject()
        .Key("mac")
        .String(price.locality.mac)
        .Key("number")
        .String(price.locality.number)
        .Key("name")
        .String(price.locality.name)
        .Key("state")
        .String(price.locality.state)
        .EndObject()
        .Key("approximate")
        .Bool(price.approximate)
        .Key("reason")
        .StringOrNull(price.approximate_reason)
        .EndObject();
  } else {
    out.Null();
  }
  out.Key("placeOfService")
      .StringOrNull(price.place_of_service)
      .Key("rate")
      .StringOrNull(price.rate)
      .Key("amount");
  WriteCents(price.amount, writer);
  out.Key("global");
  if (price.global_days.empty()) {
    out.Null();
  } else {
    out.BeginObject()
        .Key("days")
        .String(price.global_days)
        .Key("meaning")
        .StringOrNull(price.global_meaning)
        .EndObject();
  }
  out.Key("indicators").BeginObject();
  for (const PriceIndicator& indicator : price.indicators) {
    out.Key(indicator.name)
        .BeginObject()
        .Key("code")
        .Int(indicator.code)
        .Key("meaning")
        .StringOrNull(indicator.meaning)
        .EndObject();
  }
  out.EndObject().Key("anesthesia");
  if (price.anesthesia_national < 0) {
    out.Null();
  } else {
    out.BeginObject().Key("nationalConversionFactor");
    out.Fixed(price.anesthesia_national, 4);
    out.Key("localConversionFactor");
    if (price.anesthesia_local < 0) {
      out.Null();
    } else {
      out.Fixed(price.anesthesia_local, 4);
    }
    out.Key("locality").StringOrNull(price.locality.name).EndObject();
  }
  out.Key("patientShare")
      .StringOrNull(price.patient_share)
      .Key("notes")
      .Strings(price.notes)
      .Key("edition")
      .StringOrNull(price.edition)
      .Key("notice")
      .StringOrNull(price.notice)
      .EndObject();
}

std::string PriceJson(const PriceResult& price) {
  JsonWriter out;
  WritePrice(price, &out);
  return out.Take();
}

}  // namespace billcode
