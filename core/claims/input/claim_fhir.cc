// FHIR R4 Claim resources. Mapping (README "Claim input formats"):
// item.productOrService (CPT or HCPCS system) -> code; item.modifier ->
// modifiers; quantity.value -> units; net.value (else unitPrice.value) ->
// charge; servicedDate / servicedPeriod -> dates (billablePeriod.start is
// the default); locationCodeableConcept -> place of service;
// diagnosisSequence -> pointers; diagnosis[] (ICD-10-CM) by sequence;
// detail[].productOrService (NDC) -> ndc; productOrService.text ->
// description; insurer / insurance coverage display naming Medicare or
// Medicaid -> payer.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "billcode/base/decimal.h"
#include "billcode/claims/input/claim_input.h"
#include "json_reading.h"

namespace billcode {
namespace {

using nlohmann::json;

constexpr const char* kCodeSystems[] = {
    "http://www.ama-assn.org/go/cpt",
    "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"};
constexpr const char* kIcd10System = "http://hl7.org/fhir/sid/icd-10-cm";
constexpr const char* kNdcSystem = "http://hl7.org/fhir/sid/ndc";

std::string Index(const std::string& path, size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

// The code of the first coding of `concept` whose system is one of
// `systems` (any system when `systems` is empty).
std::string CodingCode(const json& concept,
                       const std::vector<std::string>& systems,
                       const std::string& path, JsonReading* reading,
                       bool* found) {
  *found = false;
  const json* codings = reading->Member(concept, "coding", path, true);
  if (!codings) return "";
  for (size_t i = 0; i < codings->size(); ++i) {
    const json& coding = (*codings)[i];
    if (!coding.is_object()) continue;
    const std::string system =
        reading->Text(coding, "system", Index(path + ".coding", i));
    if (!systems.empty() &&
        std::find(systems.begin(), systems.end(), system) == systems.end()) {
      continue;
    }
    *found = true;
    return reading->Text(coding, "code", Index(path + ".coding", i));
  }
  return "";
}

std::string PayerFromDisplay(std::string display) {
  for (char& c : display) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (display.find("medicare") != std::string::npos) return "medicare";
  if (display.find("medicaid") != std::string::npos) return "medicaid";
  return "";
}

std::string ReadPayer(const json& root, JsonReading* reading) {
  if (const json* insurer = reading->Member(root, "insurer", "Claim", false)) {
    const std::string payer =
        PayerFromDisplay(reading->Text(*insurer, "display", "Claim.insurer"));
    if (!payer.empty()) return payer;
  }
  const json* insurance = reading->Member(root, "insurance", "Claim", true);
  for (size_t i = 0; insurance && i < insurance->size(); ++i) {
    const json& entry = (*insurance)[i];
    if (!entry.is_object()) continue;
    const std::string path = Index("Claim.insurance", i);
    if (const json* coverage =
            reading->Member(entry, "coverage", path, false)) {
      const std::string payer = PayerFromDisplay(
          reading->Text(*coverage, "display", path + ".coverage"));
      if (!payer.empty()) return payer;
    }
  }
  return "";
}

// The diagnoses in order of their sequence values; returns each sequence
// value's 1-based position, which the items' diagnosisSequence values name.
std::map<long long, int> ReadDiagnoses(const json& root, JsonReading* reading,
                                       Claim* claim) {
  std::map<long long, int> position_of_sequence;
  const json* diagnoses = reading->Member(root, "diagnosis", "Claim", true);
  if (!diagnoses) return position_of_sequence;
  std::map<long long, std::string> by_sequence;
  for (size_t i = 0; i < diagnoses->size(); ++i) {
    const std::string path = Index("Claim.diagnosis", i);
    const json& entry = (*diagnoses)[i];
    if (!entry.is_object()) {
      reading->Error(path, "must be an object");
      continue;
    }
    const std::string sequence_text = reading->Text(entry, "sequence", path);
    const long long sequence = sequence_text.empty()
                                   ? static_cast<long long>(i) + 1
                                   : std::atoll(sequence_text.c_str());
    const json* concept =
        reading->Member(entry, "diagnosisCodeableConcept", path, false);
    bool found = false;
    const std::string code =
        concept
            ? CodingCode(*concept, {kIcd10System},
                         path + ".diagnosisCodeableConcept", reading, &found)
            : "";
    if (!found) {
      reading->Error(path + ".diagnosisCodeableConcept",
                     "needs a coding with system " + std::string(kIcd10System));
      continue;
    }
    if (!by_sequence.emplace(sequence, code).second) {
      reading->Error(path + ".sequence", "repeats sequence " + sequence_text);
    }
  }
  for (const auto& [sequence, code] : by_sequence) {
    claim->diagnoses.push_back(code);
    position_of_sequence[sequence] = static_cast<int>(claim->diagnoses.size());
  }
  return position_of_sequence;
}

// diagnosisSequence values as pointers to the claim's diagnoses: a value
// that names no diagnosis becomes "sequence N", which no check accepts.
void PointBySequence(const std::map<long long, int>& position_of_sequence,
                     ClaimLine* line) {
  for (std::string& pointer : line->diagnosis_pointers) {
    const std::optional<int> sequence = ParseCount(pointer);
    const auto found = sequence ? position_of_sequence.find(*sequence)
                                : position_of_sequence.end();
    pointer = found != position_of_sequence.end()
                  ? std::to_string(found->second)
                  : "sequence " + pointer;
  }
}

// The date part of a FHIR date or dateTime ("2026-03-02T10:00:00Z").
std::string DatePart(std::string text) {
  if (text.size() > 10 && text[10] == 'T') text.resize(10);
  return text;
}

void ReadServiceDates(const json& item, const std::string& path,
                      JsonReading* reading, ClaimLine* line) {
  line->date_of_service = DatePart(reading->Text(item, "servicedDate", path));
  if (const json* period =
          reading->Member(item, "servicedPeriod", path, false)) {
    line->date_of_service =
        DatePart(reading->Text(*period, "start", path + ".servicedPeriod"));
    line->date_to =
        DatePart(reading->Text(*period, "end", path + ".servicedPeriod"));
  }
}

ClaimLine ReadItem(const json& item, const std::string& path,
                   JsonReading* reading) {
  ClaimLine line;
  if (!item.is_object()) {
    reading->Error(path, "must be an object");
    return line;
  }
  const json* product = reading->Member(item, "productOrService", path, false);
  bool found = false;
  if (product) {
    line.code =
        CodingCode(*product, {std::begin(kCodeSystems), std::end(kCodeSystems)},
                   path + ".productOrService", reading, &found);
    line.description =
        reading->Text(*product, "text", path + ".productOrService");
  }
  if (!found) {
    reading->Error(path + ".productOrService",
                   "needs a coding with the CPT or HCPCS system");
  }
  if (const json* modifiers = reading->Member(item, "modifier", path, true)) {
    for (size_t i = 0; i < modifiers->size(); ++i) {
      bool any = false;
      const std::string code = CodingCode(
          (*modifiers)[i], {}, Index(path + ".modifier", i), reading, &any);
      if (any) line.modifiers.push_back(code);
    }
  }
  if (const json* quantity = reading->Member(item, "quantity", path, false)) {
    line.units = reading->Text(*quantity, "value", path + ".quantity");
  }
  const char* money = item.contains("net") ? "net" : "unitPrice";
  if (const json* price = reading->Member(item, money, path, false)) {
    line.charge = reading->Text(*price, "value", path + "." + money);
  }
  ReadServiceDates(item, path, reading, &line);
  if (const json* location =
          reading->Member(item, "locationCodeableConcept", path, false)) {
    bool any = false;
    line.place_of_service = CodingCode(
        *location, {}, path + ".locationCodeableConcept", reading, &any);
  }
  line.diagnosis_pointers = reading->Texts(item, "diagnosisSequence", path);
  const json* details = reading->Member(item, "detail", path, true);
  for (size_t i = 0; details && i < details->size(); ++i) {
    const json& detail = (*details)[i];
    const json* ndc_product =
        detail.is_object() ? reading->Member(detail, "productOrService",
                                             Index(path + ".detail", i), false)
                           : nullptr;
    bool ndc = false;
    const std::string code =
        ndc_product
            ? CodingCode(*ndc_product, {kNdcSystem},
                         Index(path + ".detail", i) + ".productOrService",
                         reading, &ndc)
            : "";
    if (ndc) line.ndc = code;
  }
  return line;
}

}  // namespace

ClaimParse ParseClaimFhir(std::string_view text) {
  ClaimParse parse;
  JsonReading reading(&parse.errors);
  const json root = json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    reading.Error("Claim", "is not a JSON object");
    return parse;
  }
  if (reading.Text(root, "resourceType", "Claim") != "Claim") {
    reading.Error("Claim.resourceType", "must be \"Claim\"");
    return parse;
  }
  Claim& claim = parse.claim;
  claim.payer = ReadPayer(root, &reading);
  if (const json* period =
          reading.Member(root, "billablePeriod", "Claim", false)) {
    claim.date_of_service =
        DatePart(reading.Text(*period, "start", "Claim.billablePeriod"));
  }
  const std::map<long long, int> position_of_sequence =
      ReadDiagnoses(root, &reading, &claim);
  if (const json* items = reading.Member(root, "item", "Claim", true)) {
    for (size_t i = 0; i < items->size(); ++i) {
      claim.lines.push_back(
          ReadItem((*items)[i], Index("Claim.item", i), &reading));
      PointBySequence(position_of_sequence, &claim.lines.back());
    }
  }
  return parse;
}

}  // namespace billcode
