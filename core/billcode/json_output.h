// JSON shapes shared by the CLI and the JS module (one shape, one place).
#ifndef BILLCODE_JSON_OUTPUT_H_
#define BILLCODE_JSON_OUTPUT_H_

#include <nlohmann/json.hpp>
#include <string>

#include "billcode/hcpcs_import.h"
#include "billcode/lookup.h"
#include "billcode/typing.h"

namespace billcode {

// {input, code, modifiers, kind, level, section, subsection, shape,
//  problem, missing, detail, suggestion, lookalikes, date, status, record,
//  replacements, modifierStatus}; absent values are null.
nlohmann::json LookupToJson(const LookupResult& result);

// The classification part of the lookup shape.
nlohmann::json ClassificationToJson(const Classification& classification);

// The classification plus {completions: [{code, shortDescription,
// status}]}.
nlohmann::json TypingToJson(const TypingState& state);

// {code, status, sentences: [...]} from Explain().
nlohmann::json ExplanationToJson(const LookupResult& result);

// [{edition, releaseDate, sourceName, sourceChecksum, codes, modifiers,
//   terminated}], newest first.
nlohmann::json VersionsToJson(const ReleaseSet& releases);

// The wire names of every enum at the boundary, for the TypeScript check:
// {codeKind, shape, problem, lookupStatus}.
nlohmann::json EnumNamesToJson();

// Every field of a record in plain words, with the release it came from.
nlohmann::json RecordToJson(const HcpcsRecord& record,
                            const HcpcsRelease& release);

// {codes, modifiers, terminated, skipped, edition} plus the report's
// skipped and warning groups.
nlohmann::json ImportSummaryToJson(const HcpcsImport& import);

// Compact JSON text; malformed UTF-8 in any string is replaced, never
// thrown about.
std::string Dump(const nlohmann::json& value);

}  // namespace billcode

#endif  // BILLCODE_JSON_OUTPUT_H_
