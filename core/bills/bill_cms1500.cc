#include "bill_cms1500.h"

#include <vector>

#include "billcode/claims/input/cms1500_text.h"

namespace billcode::bills {

std::optional<std::string> PlainCms1500Line(std::string_view line) {
  if (std::optional<Cms1500ServiceLine> service =
          ReadCms1500ServiceLine(line)) {
    const std::string& from = service->from;  // YYYY-MM-DD
    std::string text = from.substr(5, 2) + "/" + from.substr(8, 2) + "/" +
                       from.substr(0, 4) + "  " + service->code;
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

}  // namespace billcode::bills
