// Embind bindings: a thin leaf over the core. Every function takes and
// returns plain strings (JSON for structured results), so JS callers never
// hold C++ handles and never call .delete(). Errors come back as
// {"error": "..."} objects, never as exceptions.
#include <emscripten/bind.h>

#include <nlohmann/json.hpp>
#include <string>

#include "billcode/data_set.h"
#include "billcode/json_output.h"
#include "billcode/lookup.h"
#include "billcode/pack.h"
#include "billcode/typing.h"

namespace billcode {
namespace {

using nlohmann::json;

DataSet& Loaded() {
  static DataSet* data = new DataSet();
  return *data;
}

const ReleaseSet& LoadedReleases() { return Loaded().hcpcs(); }

std::string Error(std::string_view message, std::string_view code = "") {
  JsonWriter out;
  out.BeginObject().Key("error").String(message);
  if (!code.empty()) out.Key("code").String(code);
  return out.EndObject().Take();
}

// Adds a data pack given as bytes (a Uint8Array from JS).
std::string LoadPack(const std::string& bytes) {
  PackRead read = ReadPack(bytes);
  if (read.error != PackError::kOk) {
    return Error(read.message, ToString(read.error));
  }
  JsonWriter out;
  out.BeginObject().Key("edition").String(InfoOf(read.pack).edition);
  Loaded().Add(std::move(read.pack));
  return out.EndObject().Take();
}

void ClearData() { Loaded() = DataSet(); }

std::string Versions() { return VersionsJson(Loaded()); }

std::string EnumNames() { return EnumNamesJson(); }

std::string LookupText(const std::string& text, const std::string& date) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) return Error("date must be YYYY-MM-DD, not " + date);
  return LookupJson(Lookup(text, *day, LoadedReleases()));
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
    WriteLookup(Lookup(text.get<std::string>(), *day, LoadedReleases()), &out);
  }
  return out.EndArray().Take();
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
  return ExplanationJson(Lookup(text, *day, LoadedReleases()));
}

}  // namespace
}  // namespace billcode

EMSCRIPTEN_BINDINGS(billcode) {
  emscripten::function("loadPack", &billcode::LoadPack);
  emscripten::function("clearData", &billcode::ClearData);
  emscripten::function("versions", &billcode::Versions);
  emscripten::function("enumNames", &billcode::EnumNames);
  emscripten::function("lookup", &billcode::LookupText);
  emscripten::function("lookupBatch", &billcode::LookupBatch);
  emscripten::function("typing", &billcode::TypingText);
  emscripten::function("explain", &billcode::ExplainText);
}
