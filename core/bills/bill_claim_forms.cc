#include "bill_claim_forms.h"

#include <vector>

#include "billcode/base/text.h"
#include "billcode/claims/input/cms1500_text.h"
#include "billcode/claims/input/ub04_text.h"

namespace billcode::bills {
namespace {

// "MM/DD/YYYY" of YYYY-MM-DD.
std::string UsDate(const std::string& date) {
  return date.substr(5, 2) + "/" + date.substr(8, 2) + "/" + date.substr(0, 4);
}

}  // namespace

std::optional<std::string> PlainCms1500Line(std::string_view line) {
  if (std::optional<Cms1500ServiceLine> service =
          ReadCms1500ServiceLine(line)) {
    std::string text = UsDate(service->from) + "  " + service->code;
    for (const std::string& modifier : service->modifiers) {
      text += "-" + modifier;
    }
    text += "  " + service->charge;
    if (!service->units.empty()) text += "  Units: " + service->units;
    return text;
  }
  const std::vector<Cms1500Diagnosis> diagnoses = ReadCms1500Diagnoses(line);
  if (diagnoses.empty()) return std::nullopt;
  std::string text = "Diagnoses:";
  for (const Cms1500Diagnosis& diagnosis : diagnoses) {
    text += " " + diagnosis.code;
  }
  return text;
}

std::optional<std::string> PlainUb04Line(std::string_view line) {
  const std::optional<Ub04ServiceLine> service = ReadUb04ServiceLine(line);
  if (!service) {
    const std::string_view trimmed = TrimAsciiSpace(line);
    // The FL 42-49 headings, whose columns the lines above no longer keep.
    const std::string upper = AsciiUpper(trimmed);
    if (upper.find("REV") != std::string::npos &&
        upper.find("DESCRIPTION") != std::string::npos) {
      return "";
    }
    if (const std::optional<std::string> total = ReadUb04Total(line)) {
      return "Rev 0001  TOTAL CHARGES  $" + *total;
    }
    return std::nullopt;
  }
  std::string text;
  if (!service->date.empty()) text = UsDate(service->date) + "  ";
  text += "Rev " + service->revenue_code;
  if (!service->description.empty()) text += "  " + service->description;
  if (!service->code.empty()) {
    text += "  " + service->code;
    for (const std::string& modifier : service->modifiers) {
      text += "-" + modifier;
    }
  }
  return text + "  $" + service->charge + "  Units: " + service->units;
}

}  // namespace billcode::bills
