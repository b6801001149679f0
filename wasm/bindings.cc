// Embind bindings: a thin leaf over the core. Every function takes and
// returns plain strings (JSON for structured results), so JS callers never
// hold C++ handles and never call .delete(). Errors come back as
// {"error": "..."} objects, never as exceptions.
#include <emscripten/bind.h>

#include <string>

#include "billcode/json_output.h"
#include "billcode/lookup.h"
#include "billcode/pack.h"
#include "billcode/typing.h"

namespace billcode {
namespace {

using nlohmann::json;

ReleaseSet& LoadedReleases() {
  static ReleaseSet* releases = new ReleaseSet();
  return *releases;
}

std::string Error(const std::string& message) {
  return Dump({{"error", message}});
}

// Adds a data pack given as bytes (a Uint8Array from JS).
std::string LoadPack(const std::string& bytes) {
  PackRead read = ReadPack(bytes);
  if (read.error != PackError::kOk) {
    return Dump({{"error", read.message}, {"code", ToString(read.error)}});
  }
  const std::string edition = read.release.info().edition;
  LoadedReleases().Add(std::move(read.release));
  return Dump({{"edition", edition}});
}

void ClearData() { LoadedReleases() = ReleaseSet(); }

std::string Versions() { return Dump(VersionsToJson(LoadedReleases())); }

std::string EnumNames() { return Dump(EnumNamesToJson()); }

std::string LookupText(const std::string& text, const std::string& date) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) return Error("date must be YYYY-MM-DD, not " + date);
  return Dump(LookupToJson(Lookup(text, *day, LoadedReleases())));
}

// `texts` is a JSON array of strings; the answer is a JSON array of lookup
// results in the same order (one boundary crossing for any number).
std::string LookupBatch(const std::string& texts, const std::string& date) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) return Error("date must be YYYY-MM-DD, not " + date);
  const json list = json::parse(texts, nullptr, /*allow_exceptions=*/false);
  if (!list.is_array()) return Error("texts must be an array of strings");
  json results = json::array();
  for (const json& text : list) {
    if (!text.is_string()) return Error("texts must be an array of strings");
    results.push_back(
        LookupToJson(Lookup(text.get<std::string>(), *day, LoadedReleases())));
  }
  return Dump(results);
}

std::string TypingText(const std::string& text, const std::string& date,
                       int limit) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) return Error("date must be YYYY-MM-DD, not " + date);
  if (limit < 0) return Error("limit must not be negative");
  return Dump(TypingToJson(
      Typing(text, *day, LoadedReleases(), static_cast<size_t>(limit))));
}

std::string ExplainText(const std::string& text, const std::string& date) {
  const std::optional<Date> day = Date::ParseIso(date);
  if (!day) return Error("date must be YYYY-MM-DD, not " + date);
  return Dump(ExplanationToJson(Lookup(text, *day, LoadedReleases())));
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
