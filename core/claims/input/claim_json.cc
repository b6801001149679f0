// billcode JSON claims (schema: data/claim.schema.json): one claim object,
// or an array of them (a batch).
#include <set>

#include "billcode/claims/input/claim_input.h"
#include "claim_readers.h"
#include "json_reading.h"

namespace billcode {
namespace {

const std::set<std::string> kClaimKeys = {"id",
                                          "form",
                                          "facilityType",
                                          "payer",
                                          "setting",
                                          "dateOfService",
                                          "placeOfService",
                                          "diagnoses",
                                          "icd9Diagnoses",
                                          "frequency",
                                          "originalClaim",
                                          "providers",
                                          "memberId",
                                          "lines"};
const std::set<std::string> kLineKeys = {
    "code",          "modifiers",   "units",          "charge",
    "dateOfService", "dateTo",      "placeOfService", "diagnosisPointers",
    "ndc",           "description", "revenueCode",    "codeSystem",
    "teeth",         "providers"};
const std::set<std::string> kProviderKeys = {"role", "npi"};

void RejectUnknownKeys(const nlohmann::json& object,
                       const std::set<std::string>& known,
                       const std::string& path, JsonReading* reading) {
  for (const auto& item : object.items()) {
    if (!known.count(item.key())) {
      reading->Error(path + "." + item.key(),
                     "is not a field of a billcode claim (check its spelling)");
    }
  }
}

// Calls `read(item, at)` for each object of the array `key` of `object`;
// an item that is no object is an error: it "must be an object `shape`".
template <typename Read>
void ForEachObject(const nlohmann::json& object, const char* key,
                   const std::string& path, const char* shape,
                   JsonReading* reading, Read read) {
  const nlohmann::json* list = reading->Member(object, key, path, true);
  for (size_t i = 0; list && i < list->size(); ++i) {
    const std::string at = path + "." + key + "[" + std::to_string(i) + "]";
    if (!(*list)[i].is_object()) {
      reading->Error(at, std::string("must be an object ") + shape);
      continue;
    }
    read((*list)[i], at);
  }
}

// `providers`: [{role, npi}] of a claim or line.
std::vector<ProviderNpi> ReadProviders(const nlohmann::json& object,
                                       const std::string& path,
                                       JsonReading* reading) {
  std::vector<ProviderNpi> providers;
  ForEachObject(
      object, "providers", path, "{role, npi}", reading,
      [&](const nlohmann::json& item, const std::string& at) {
        RejectUnknownKeys(item, kProviderKeys, at, reading);
        providers.push_back(ProviderNpi{reading->Text(item, "role", at),
                                        reading->Text(item, "npi", at)});
      });
  return providers;
}

ClaimLine ReadLine(const nlohmann::json& item, const std::string& path,
                   JsonReading* reading) {
  ClaimLine line;
  if (!item.is_object()) {
    reading->Error(path, "must be an object");
    return line;
  }
  RejectUnknownKeys(item, kLineKeys, path, reading);
  if (!item.contains("code")) reading->Error(path + ".code", "is required");
  line.code = reading->Text(item, "code", path);
  line.modifiers = reading->Texts(item, "modifiers", path);
  line.units = reading->Text(item, "units", path);
  line.charge = reading->Text(item, "charge", path);
  line.date_of_service = reading->Text(item, "dateOfService", path);
  line.date_to = reading->Text(item, "dateTo", path);
  line.place_of_service = reading->Text(item, "placeOfService", path);
  line.diagnosis_pointers = reading->Texts(item, "diagnosisPointers", path);
  line.ndc = reading->Text(item, "ndc", path);
  line.description = reading->Text(item, "description", path);
  line.revenue_code = reading->Text(item, "revenueCode", path);
  line.code_system = reading->Text(item, "codeSystem", path);
  line.providers = ReadProviders(item, path, reading);
  ForEachObject(
      item, "teeth", path, "{number, surfaces}", reading,
      [&](const nlohmann::json& tooth, const std::string& at) {
        line.teeth.push_back(Tooth{reading->Text(tooth, "number", at),
                                   reading->Texts(tooth, "surfaces", at)});
      });
  return line;
}

ClaimParse ReadClaimObject(const nlohmann::json& root,
                           const std::string& path) {
  ClaimParse parse;
  parse.format = ClaimFormat::kJson;
  parse.location = path;
  JsonReading reading(&parse.errors);
  if (!root.is_object()) {
    reading.Error(path, "must be a JSON object with the claim's fields");
    return parse;
  }
  RejectUnknownKeys(root, kClaimKeys, path, &reading);
  parse.id = reading.Text(root, "id", path);
  Claim& claim = parse.claim;
  claim.form = reading.Text(root, "form", path);
  claim.facility_type = reading.Text(root, "facilityType", path);
  claim.payer = reading.Text(root, "payer", path);
  claim.setting = reading.Text(root, "setting", path);
  claim.date_of_service = reading.Text(root, "dateOfService", path);
  claim.place_of_service = reading.Text(root, "placeOfService", path);
  claim.diagnoses = reading.Texts(root, "diagnoses", path);
  claim.icd9_diagnoses = reading.Texts(root, "icd9Diagnoses", path);
  claim.frequency = reading.Text(root, "frequency", path);
  claim.original_claim = reading.Text(root, "originalClaim", path);
  claim.providers = ReadProviders(root, path, &reading);
  claim.member_id = reading.Text(root, "memberId", path);
  if (const nlohmann::json* lines = reading.Member(root, "lines", path, true)) {
    for (size_t i = 0; i < lines->size(); ++i) {
      claim.lines.push_back(ReadLine(
          (*lines)[i], path + ".lines[" + std::to_string(i) + "]", &reading));
    }
  }
  return parse;
}

}  // namespace

ReadSummary ReadJsonClaims(std::string_view text, const ClaimSink& sink) {
  ReadSummary summary;
  summary.format = ClaimFormat::kJson;
  const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
  if (root.is_discarded()) {
    summary.errors.push_back(InputError{"$", "is not valid JSON"});
    return summary;
  }
  const bool batch = root.is_array();
  const size_t count = batch ? root.size() : 1;
  for (size_t i = 0; i < count && !summary.stopped; ++i) {
    ++summary.claims;
    if (!sink(batch ? ReadClaimObject(root[i], "$[" + std::to_string(i) + "]")
                    : ReadClaimObject(root, "$"))) {
      summary.stopped = true;
    }
  }
  if (summary.claims == 0) {
    summary.errors.push_back(InputError{"$", "is an empty list of claims"});
  }
  return summary;
}

}  // namespace billcode
