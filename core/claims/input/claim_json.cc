// billcode JSON claims (schema: data/claim.schema.json).
#include <set>

#include "billcode/claims/input/claim_input.h"
#include "json_reading.h"

namespace billcode {
namespace {

const std::set<std::string> kClaimKeys = {"payer",         "setting",
                                          "dateOfService", "placeOfService",
                                          "diagnoses",     "lines"};
const std::set<std::string> kLineKeys = {
    "code",          "modifiers",  "units",          "charge",
    "dateOfService", "dateTo",     "placeOfService", "diagnosisPointers",
    "ndc",           "description"};

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
  return line;
}

}  // namespace

ClaimParse ParseClaimJson(std::string_view text) {
  ClaimParse parse;
  JsonReading reading(&parse.errors);
  const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
  if (root.is_discarded()) {
    reading.Error("$", "is not valid JSON");
    return parse;
  }
  if (!root.is_object()) {
    reading.Error("$", "must be a JSON object with the claim's fields");
    return parse;
  }
  RejectUnknownKeys(root, kClaimKeys, "$", &reading);
  Claim& claim = parse.claim;
  claim.payer = reading.Text(root, "payer", "$");
  claim.setting = reading.Text(root, "setting", "$");
  claim.date_of_service = reading.Text(root, "dateOfService", "$");
  claim.place_of_service = reading.Text(root, "placeOfService", "$");
  claim.diagnoses = reading.Texts(root, "diagnoses", "$");
  if (const nlohmann::json* lines = reading.Member(root, "lines", "$", true)) {
    for (size_t i = 0; i < lines->size(); ++i) {
      claim.lines.push_back(ReadLine(
          (*lines)[i], "$.lines[" + std::to_string(i) + "]", &reading));
    }
  }
  return parse;
}

}  // namespace billcode
