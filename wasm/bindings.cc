// Embind bindings: a thin leaf over the core. Every function takes plain
// strings and numbers and returns plain strings (JSON for structured
// results), so JS callers never hold C++ handles and never call .delete().
// Errors come back as {"error": "..."} objects, never as exceptions.
// Files and texts of any size arrive as (address, size) of bytes the JS
// side copied into the module's memory for the call (billcode.js
// #withBytes): one copy, where Embind 3.1.6 copies a Uint8Array argument
// byte by byte.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <nlohmann/json.hpp>
#include <string>

#include "batch_summaries.h"
#include "billcode/base/zip.h"
#include "billcode/bills/bill_explanation.h"
#include "billcode/bills/bill_extraction.h"
#include "billcode/claims/input/claim_input.h"
#include "billcode/claims/rules/claim_batch.h"
#include "billcode/codes/lookup.h"
#include "billcode/codes/price.h"
#include "billcode/codes/typing.h"
#include "billcode/import/ncci_ptp_import.h"
#include "billcode/import/official_import.h"
#include "billcode/import/reference_import.h"
#include "billcode/json/json_output.h"
#include "billcode/pack/pack.h"
#include "billcode/tables/data_set.h"

namespace billcode {
namespace {

using nlohmann::json;

DataSet& Loaded() {
  static DataSet* data = new DataSet();
  return *data;
}

// The JSON of records written for the tables loaded now.
RecordJsonCache& RecordJson() {
  static RecordJsonCache* cache = new RecordJsonCache();
  return *cache;
}

// Called whenever tables are added or removed.
void TablesChanged() {
  DataChanged();
  RecordJson().Clear();
}

const ReleaseSet& LoadedReleases() { return Loaded().hcpcs(); }

std::string_view Input(size_t address, size_t size) {
  return {reinterpret_cast<const char*>(address), size};
}

void WriteError(std::string_view message, std::string_view code,
                JsonWriter* out) {
  out->BeginObject().Key("error").String(message);
  if (!code.empty()) out->Key("code").String(code);
  out->EndObject();
}

std::string Error(std::string_view message, std::string_view code = "") {
  JsonWriter out;
  WriteError(message, code, &out);
  return out.Take();
}

// Adds a data pack given as bytes (a Uint8Array from JS).
std::string LoadPack(size_t address, size_t size) {
  PackRead read = ReadPack(Input(address, size));
  if (read.error != PackError::kOk) {
    return Error(read.message, ToString(read.error));
  }
  JsonWriter out;
  out.BeginObject().Key("edition").String(InfoOf(read.pack).edition);
  Loaded().Add(std::move(read.pack));
  TablesChanged();
  return out.EndObject().Take();
}

void ClearData() {
  Loaded() = DataSet();
  TablesChanged();
}

std::string Versions() { return VersionsJson(Loaded()); }

std::string EnumNames() { return EnumNamesJson(); }

void WriteLookupText(JsonWriter* out, const std::string& text,
                     const std::string& date) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) return WriteError("date must be YYYY-MM-DD, not " + date, "", out);
  WriteLookup(
      Lookup(text, *day, LoadedReleases(), Loaded().cpt_descriptors(*day)), out,
      &Loaded(), &RecordJson());
}

// `texts` is a JSON array of strings; the answer is a JSON array of lookup
// results in the same order (one boundary crossing for any number).
std::string LookupBatch(const std::string& texts, const std::string& date) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) return Error("date must be YYYY-MM-DD, not " + date);
  const json list = json::parse(texts, nullptr, /*allow_exceptions=*/false);
  if (!list.is_array()) return Error("texts must be an array of strings");
  JsonWriter out;
  out.BeginArray();
  for (const json& text : list) {
    if (!text.is_string()) return Error("texts must be an array of strings");
    WriteLookup(Lookup(text.get<std::string>(), *day, LoadedReleases(),
                       Loaded().cpt_descriptors(*day)),
                &out, &Loaded(), &RecordJson());
  }
  return out.EndArray().Take();
}

emscripten::val SummarizeTexts(size_t address, size_t size,
                               const std::string& date) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) {
    emscripten::val error = emscripten::val::object();
    error.set("error", "date must be YYYY-MM-DD, not " + date);
    return error;
  }
  return SummarizeBatch(Input(address, size), *day, Loaded());
}

std::string TypingText(const std::string& text, const std::string& date,
                       int limit) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) return Error("date must be YYYY-MM-DD, not " + date);
  if (limit < 0) return Error("limit must not be negative");
  return TypingJson(
      Typing(text, *day, LoadedReleases(), static_cast<size_t>(limit)));
}

std::string ExplainText(const std::string& text, const std::string& date) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) return Error("date must be YYYY-MM-DD, not " + date);
  return ExplanationJson(
      Lookup(text, *day, LoadedReleases(), Loaded().cpt_descriptors(*day)));
}

std::string ExplainOtherCodeText(const std::string& text,
                                 const std::string& date) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) return Error("date must be YYYY-MM-DD, not " + date);
  return OtherCodeJson(ExplainOtherCode(text, *day, Loaded()));
}

// Reads a claim in any format (kClaimFormatNames).
std::string ParseClaimText(size_t address, size_t size,
                           const std::string& format) {
  ClaimFormat claim_format;
  if (!FromString(format, &claim_format)) {
    return Error("format must be " + NamesInWords(kClaimFormatNames));
  }
  return ParsedClaimJson(ParseClaim(Input(address, size), claim_format));
}

// Reads the options of a claim check into `format` and `options`; an error
// message for a bad one, else "". Empty payer or setting: the claim's own.
std::string ReadCheckOptions(const std::string& format_name,
                             const std::string& payer,
                             const std::string& setting,
                             const std::string& today, ClaimFormat* format,
                             CheckOptions* options) {
  Payer payer_value;
  Setting setting_value;
  const std::optional<Date> day = Date::ParseIso(today);
  if (!FromString(format_name, format)) {
    return "format must be " + NamesInWords(kClaimFormatNames);
  }
  if (!payer.empty() && !FromString(payer, &payer_value)) {
    return "payer must be " + NamesInWords(kPayerNames);
  }
  if (!setting.empty() && !FromString(setting, &setting_value)) {
    return "setting must be " + NamesInWords(kSettingNames);
  }
  if (!day) return "today must be YYYY-MM-DD, not " + today;
  *options = CheckOptions{payer, setting, *day};
  return "";
}

// The report of a claim, or its input errors.
std::string CheckClaimText(size_t address, size_t size,
                           const std::string& format, const std::string& payer,
                           const std::string& setting,
                           const std::string& today) {
  ClaimFormat claim_format;
  CheckOptions options;
  if (const std::string problem = ReadCheckOptions(
          format, payer, setting, today, &claim_format, &options);
      !problem.empty()) {
    return Error(problem);
  }
  const ClaimParse parse = ParseClaim(Input(address, size), claim_format);
  if (!parse.errors.empty()) return InputErrorsJson(parse);
  return ClaimReportJson(CheckClaim(parse.claim, Loaded(), options));
}

// Every claim of a file checked on its own: `on_claim` (a JS function) is
// called with each claim's JSON in file order, so that no more than one
// claim's report is in wasm memory at a time; returns the batch summary,
// or {error} for bad options.
std::string CheckClaimsText(size_t address, size_t size,
                            const std::string& format, const std::string& payer,
                            const std::string& setting,
                            const std::string& today,
                            const std::string& columns,
                            emscripten::val on_claim) {
  ReadOptions read;
  CheckOptions options;
  std::string problem =
      ReadCheckOptions(format, payer, setting, today, &read.format, &options);
  if (problem.empty()) {
    problem = ParseColumnMap(columns, &read.columns);
    if (!problem.empty()) problem = "columns: " + problem;
  }
  if (!problem.empty()) return Error(problem);
  return BatchSummaryJson(
      CheckClaims(Input(address, size), read, Loaded(), options,
                  [&](const ClaimParse& parse, const ClaimReport* report) {
                    on_claim(BatchClaimJson(parse, report));
                    return true;
                  }));
}

// What Medicare pays for `text` on `date` (PriceJson), or {error} for a bad
// date. zip, locality ("MAC:NN") and place of service may be "".
std::string PriceText(const std::string& text, const std::string& date,
                      const std::string& zip, const std::string& locality,
                      const std::string& place_of_service) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) return Error("date must be YYYY-MM-DD, not " + date);
  return PriceJson(
      Price(text, PriceQuery{*day, zip, locality, place_of_service}, Loaded()));
}

// Every code on a bill (text or bytes) explained (BillJson), or {error} for
// bad options. `date` ("" = none) is used when the bill shows no date.
std::string ExplainBillText(size_t address, size_t size,
                            const std::string& date, const std::string& zip,
                            const std::string& payer,
                            const std::string& today) {
  BillOptions options;
  if (!date.empty()) {
    const std::optional<Date> day = Date::ParseIso(date);
    if (!day) return Error("date must be YYYY-MM-DD, not " + date);
    options.date = *day;
  }
  const std::optional<Date> now = Date::ParseIso(today);
  if (!now) return Error("today must be YYYY-MM-DD, not " + today);
  options.today = *now;
  Payer payer_value;
  if (!payer.empty() && !FromString(payer, &payer_value)) {
    return Error("payer must be medicare, medicaid or commercial");
  }
  options.zip = zip;
  options.payer = payer;
  return BillJson(ExplainBill(ExtractBill(Input(address, size), Loaded()),
                              Loaded(), options),
                  Loaded());
}

// The kind of an official file by its name and bytes ("" when billcode
// does not read it).
std::string DetectKind(const std::string& name, size_t address, size_t size) {
  const std::optional<TableKind> kind =
      DetectTableKind(name, Input(address, size));
  return kind ? std::string(ToString(*kind)) : "";
}

// The members of a ZIP archive: {members: [{name, method, offset,
// compressedSize, size}], error}; the caller inflates deflated members.
std::string ZipMembers(size_t address, size_t size) {
  const ZipListing listing = ReadZipDirectory(Input(address, size));
  JsonWriter out;
  out.BeginObject().Key("members").BeginArray();
  for (const ZipMember& member : listing.members) {
    out.BeginObject()
        .Key("name")
        .String(member.name)
        .Key("method")
        .Int(member.method)
        .Key("offset")
        .Int(static_cast<long long>(member.offset))
        .Key("compressedSize")
        .Int(static_cast<long long>(member.compressed_size))
        .Key("size")
        .Int(static_cast<long long>(member.size))
        .EndObject();
  }
  return out.EndArray()
      .Key("error")
      .StringOrNull(listing.error)
      .EndObject()
      .Take();
}

// Imports an official file as `kind` and loads it: {summary:
// OfficialImportJson, pack: Uint8Array of the data pack}, or {error}.
emscripten::val ImportFile(size_t address, size_t size, const std::string& name,
                           const std::string& kind_name,
                           const std::string& edition, const std::string& from,
                           const std::string& to, const std::string& setting,
                           const std::string& cpt_code_column,
                           const std::string& cpt_descriptor_column) {
  emscripten::val result = emscripten::val::object();
  TableKind kind;
  ImportOptions options;
  options.edition = edition;
  options.setting = setting;
  options.cpt_columns = CptColumns{cpt_code_column, cpt_descriptor_column};
  std::string problem;
  if (!FromString(kind_name, &kind)) problem = "unknown kind " + kind_name;
  for (const auto& [text, date] :
       {std::pair{from, &options.from}, std::pair{to, &options.to}}) {
    if (text.empty() || !problem.empty()) continue;
    if (auto day = Date::ParseIso(text)) {
      *date = *day;
    } else {
      problem = "dates must be YYYY-MM-DD, not " + text;
    }
  }
  OfficialImport import;
  if (problem.empty()) {
    import = ImportOfficialFile(kind, name, Input(address, size), options);
    problem = import.error;
  }
  if (!problem.empty()) {
    result.set("error", problem);
    return result;
  }
  const std::string pack = WritePack(import.pack);
  result.set("summary", OfficialImportJson(import));
  result.set("pack", emscripten::val::global("Uint8Array")
                         .new_(emscripten::typed_memory_view(
                             pack.size(),
                             reinterpret_cast<const uint8_t*>(pack.data()))));
  Loaded().Add(std::move(import.pack));
  TablesChanged();
  return result;
}

// Loads the CMS PTP file the user supplies (tab-delimited text).
std::string LoadPtp(size_t address, size_t size, const std::string& name) {
  PtpImport ptp =
      ImportPtpText(Input(address, size), SourceInfo(name, name, Date()));
  if (!ptp.error.empty()) return Error(ptp.error);
  JsonWriter out;
  out.BeginObject()
      .Key("edition")
      .String(ptp.table.info().edition)
      .Key("records")
      .Int(static_cast<long long>(ptp.table.edits().size()))
      .Key("skipped")
      .Int(ptp.report.SkippedLines())
      .EndObject();
  Loaded().AddPtp(std::move(ptp.table));
  return out.Take();
}

// A function answering JSON, registered so that its answer crosses as a
// Uint8Array view of the UTF-8 bytes (billcode.js decodes it with
// TextDecoder before its next call): Embind 3.1.6 reads a returned
// std::string in a JS loop, byte by byte.
template <auto F>
struct BytesAnswer;
template <typename... Args, std::string (*F)(Args...)>
struct BytesAnswer<F> {
  static emscripten::val Call(Args... args) {
    static std::string* last = new std::string();
    std::string().swap(*last);  // the previous answer, read by now
    *last = F(args...);
    return emscripten::val(emscripten::typed_memory_view(
        last->size(), reinterpret_cast<const uint8_t*>(last->data())));
  }
};

// The same for a small answer asked for often, F(writer, args...) writing
// it into one writer kept between calls: no buffer is allocated or copied.
template <auto F>
struct WrittenAnswer;
template <typename... Args, void (*F)(JsonWriter*, Args...)>
struct WrittenAnswer<F> {
  static emscripten::val Call(Args... args) {
    static JsonWriter* out = new JsonWriter();
    out->Clear();  // the previous answer, read by now
    F(out, args...);
    return emscripten::val(emscripten::typed_memory_view(
        out->text().size(),
        reinterpret_cast<const uint8_t*>(out->text().data())));
  }
};

}  // namespace
}  // namespace billcode

EMSCRIPTEN_BINDINGS(billcode) {
  using billcode::BytesAnswer;
  using billcode::WrittenAnswer;
  emscripten::function("loadPack", &billcode::LoadPack);
  emscripten::function("clearData", &billcode::ClearData);
  emscripten::function("versions", &BytesAnswer<&billcode::Versions>::Call);
  emscripten::function("enumNames", &billcode::EnumNames);
  emscripten::function("lookup",
                       &WrittenAnswer<&billcode::WriteLookupText>::Call);
  emscripten::function("lookupBatch",
                       &BytesAnswer<&billcode::LookupBatch>::Call);
  emscripten::function("summarizeBatch", &billcode::SummarizeTexts);
  emscripten::function("typing", &BytesAnswer<&billcode::TypingText>::Call);
  emscripten::function("explain", &BytesAnswer<&billcode::ExplainText>::Call);
  emscripten::function("explainOtherCode",
                       &BytesAnswer<&billcode::ExplainOtherCodeText>::Call);
  emscripten::function("parseClaim",
                       &BytesAnswer<&billcode::ParseClaimText>::Call);
  emscripten::function("checkClaim",
                       &BytesAnswer<&billcode::CheckClaimText>::Call);
  emscripten::function("checkClaims", &billcode::CheckClaimsText);
  emscripten::function("price", &BytesAnswer<&billcode::PriceText>::Call);
  emscripten::function("loadPtp", &billcode::LoadPtp);
  emscripten::function("explainBill",
                       &BytesAnswer<&billcode::ExplainBillText>::Call);
  emscripten::function("detectKind", &billcode::DetectKind);
  emscripten::function("zipMembers", &billcode::ZipMembers);
  emscripten::function("importFile", &billcode::ImportFile);
}
