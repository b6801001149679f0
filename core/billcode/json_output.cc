#include "billcode/json_output.h"

#include <cstdio>

#include "billcode/explanation.h"
#include "billcode/field_values.h"

namespace billcode {
namespace {

using nlohmann::json;

json TextOrNull(const std::string& text) {
  return text.empty() ? json(nullptr) : json(text);
}

json DateOrNull(Date date) {
  return date.empty() ? json(nullptr) : json(date.ToIso());
}

json KindName(CodeKind kind) {
  const KindFacts* facts = FactsOfKind(kind);
  return facts ? json(facts->name) : json(nullptr);
}

json SectionToJson(const Section* section) {
  if (!section) return nullptr;
  return {{"id", section->id},
          {"name", section->name},
          {"explanation", section->explanation}};
}

// {code, meaning} for a coded field, or null when blank.
json CodedValue(std::string_view field, const std::string& value) {
  if (value.empty()) return nullptr;
  const std::string_view meaning = FieldValueMeaning(field, value);
  return {{"code", value},
          {"meaning", meaning.empty() ? json(nullptr) : json(meaning)}};
}

json CodedValues(std::string_view field,
                 const std::vector<std::string>& values) {
  json list = json::array();
  for (const std::string& value : values) {
    list.push_back(CodedValue(field, value));
  }
  return list;
}

json ShortRecord(const FoundRecord& found) {
  if (!found.record) return nullptr;
  return {{"shortDescription", found.record->short_description},
          {"longDescription", found.record->long_description},
          {"release", found.release->info().edition}};
}

json LookalikesToJson(const std::vector<CharacterFinding>& findings) {
  json list = json::array();
  for (const CharacterFinding& finding : findings) {
    list.push_back({{"position", finding.position},
                    {"character", finding.character},
                    {"what", finding.what},
                    {"looksLike", finding.looks_like
                                      ? json(std::string(1, finding.looks_like))
                                      : json(nullptr)}});
  }
  return list;
}

}  // namespace

json ClassificationToJson(const Classification& c) {
  return {{"input", c.input},
          {"code", TextOrNull(c.code)},
          {"modifiers", c.modifiers},
          {"kind", ToString(c.kind)},
          {"kindName", KindName(c.kind)},
          {"level", c.level},
          {"section", SectionToJson(c.section)},
          {"subsection", SectionToJson(c.subsection)},
          {"shape", ToString(c.shape)},
          {"problem", c.problem == Problem::kNone ? json(nullptr)
                                                  : json(ToString(c.problem))},
          {"missing", TextOrNull(c.missing)},
          {"missingCount", c.missing_count},
          {"detail", TextOrNull(c.detail)},
          {"suggestion", TextOrNull(c.suggestion)},
          {"lookalikes", LookalikesToJson(c.lookalikes)}};
}

namespace {

json LineGroupsToJson(const std::vector<LineGroup>& groups) {
  json list = json::array();
  for (const LineGroup& group : groups) {
    list.push_back({{"reason", group.reason},
                    {"count", group.count},
                    {"firstLines", group.first_lines}});
  }
  return list;
}

}  // namespace

json RecordToJson(const HcpcsRecord& r, const HcpcsRelease& release) {
  return {
      {"code", r.code},
      {"type", r.is_modifier ? "modifier" : "procedure"},
      {"longDescription", r.long_description},
      {"shortDescription", r.short_description},
      {"coverage", CodedValue("coverage", r.coverage_code)},
      {"betos", TextOrNull(r.betos)},
      {"typesOfService", CodedValues("type-of-service", r.types_of_service)},
      {"pricingIndicators", CodedValues("pricing", r.pricing_indicators)},
      {"multiplePricingIndicator",
       CodedValue("multiple-pricing", r.multiple_pricing_indicator)},
      {"addedDate", DateOrNull(r.added)},
      {"actionEffectiveDate", DateOrNull(r.action_effective)},
      {"terminationDate", DateOrNull(r.termination)},
      {"actionCode", CodedValue("action", r.action_code)},
      {"processingNote", TextOrNull(r.processing_note)},
      {"crossReferences", r.cross_references},
      {"statute", TextOrNull(r.statute)},
      {"labCertifications", r.lab_certifications},
      {"coverageIssuesManualRefs", r.coverage_issues_refs},
      {"carriersManualRefs", r.carriers_manual_refs},
      {"ascGroup", TextOrNull(r.asc_group)},
      {"ascEffectiveDate", DateOrNull(r.asc_effective)},
      {"oppsStatus", TextOrNull(r.opps_status)},
      {"oppsPaymentIndicator", TextOrNull(r.opps_payment_indicator)},
      {"oppsEffectiveDate", DateOrNull(r.opps_effective)},
      {"anesthesiaBaseUnits", TextOrNull(r.anesthesia_base_units)},
      {"release", release.info().edition},
  };
}

json LookupToJson(const LookupResult& result) {
  json out = ClassificationToJson(result.classification);
  out["date"] = DateOrNull(result.date);
  out["status"] = ToString(result.status);
  out["record"] = result.found.record ? RecordToJson(*result.found.record,
                                                     *result.found.release)
                                      : json(nullptr);
  json replacements = json::array();
  for (const Replacement& replacement : result.replacements) {
    replacements.push_back({{"code", replacement.code},
                            {"record", ShortRecord(replacement.found)}});
  }
  out["replacements"] = replacements;
  json modifiers = json::array();
  for (const ModifierLookup& modifier : result.modifiers) {
    modifiers.push_back({{"modifier", modifier.modifier},
                         {"status", ToString(modifier.status)},
                         {"record", ShortRecord(modifier.found)}});
  }
  out["modifierStatus"] = modifiers;
  return out;
}

json ImportSummaryToJson(const HcpcsImport& import) {
  const ReleaseCounts counts = import.release.Counts();
  return {{"codes", counts.codes},
          {"modifiers", counts.modifiers},
          {"terminated", counts.terminated},
          {"skipped", import.report.SkippedLines()},
          {"edition", import.release.info().edition},
          {"lines", import.report.lines},
          {"skippedLines", LineGroupsToJson(import.report.skipped)},
          {"warnings", LineGroupsToJson(import.report.warnings)}};
}

json TypingToJson(const TypingState& state) {
  json out = ClassificationToJson(state.classification);
  json completions = json::array();
  for (const Completion& completion : state.completions) {
    completions.push_back({{"code", completion.code},
                           {"shortDescription", completion.short_description},
                           {"status", ToString(completion.status)}});
  }
  out["completions"] = completions;
  return out;
}

json ExplanationToJson(const LookupResult& result) {
  return {{"code", TextOrNull(result.classification.code)},
          {"status", ToString(result.status)},
          {"sentences", Explain(result)}};
}

json VersionsToJson(const ReleaseSet& releases) {
  json list = json::array();
  for (const HcpcsRelease& release : releases.releases()) {
    const ReleaseInfo& info = release.info();
    const ReleaseCounts counts = release.Counts();
    char checksum[17];
    std::snprintf(checksum, sizeof checksum, "%016llx",
                  static_cast<unsigned long long>(info.source_checksum));
    list.push_back({{"edition", info.edition},
                    {"releaseDate", DateOrNull(info.release_date)},
                    {"sourceName", info.source_name},
                    {"sourceChecksum", checksum},
                    {"codes", counts.codes},
                    {"modifiers", counts.modifiers},
                    {"terminated", counts.terminated}});
  }
  return list;
}

json EnumNamesToJson() {
  auto names = [](const auto& array) {
    return json(std::vector<std::string>(std::begin(array), std::end(array)));
  };
  return {{"codeKind", names(kCodeKindNames)},
          {"shape", names(kShapeNames)},
          {"problem", names(kProblemNames)},
          {"lookupStatus", names(kLookupStatusNames)}};
}

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace billcode
