// X12 837P (005010X222A1) claims. Read: the SBR of loop 2000B, before the
// CLM (payer from SBR09: MA/MB Medicare, MC Medicaid, else commercial), CLM
// (place of service in CLM05-1), HI (ABK/ABF diagnoses), LX (a new line),
// SV1 (HC code and modifiers, charge, UN units, place of service, pointers,
// description in SV101-7), DTP*472 (D8 or RD8; before the first LX: the
// claim's date), LIN*N4 (NDC). Other segments are passed over. Separators
// come from ISA. PRV*BI with taxonomy 332B (DME supplier) sets the setting.
#include <algorithm>
#include <cctype>

#include "billcode/base/date.h"
#include "billcode/base/text.h"
#include "billcode/claims/input/claim_input.h"

namespace billcode {
namespace {

constexpr size_t kIsaLength = 106;

struct Separators {
  char element = '*';
  char component = ':';
  char segment = '~';
};

Separators SeparatorsOf(std::string_view text) {
  Separators separators;
  if (text.size() >= kIsaLength && text.substr(0, 3) == "ISA") {
    separators.element = text[3];
    separators.component = text[104];
    separators.segment = text[105];
  }
  return separators;
}

std::vector<std::string> Split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t end = text.find(separator, start);
    parts.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

// YYYYMMDD -> YYYY-MM-DD; anything else is kept as given.
std::string IsoDate(const std::string& compact) {
  if (auto date = Date::ParseCompact(compact)) return date->ToIso();
  return compact;
}

class X12Reader {
 public:
  X12Reader(Separators separators, ClaimParse* parse)
      : separators_(separators), parse_(parse) {}

  void Read(int number, const std::vector<std::string>& elements) {
    number_ = number;
    id_ = elements[0];
    const auto get = [&](size_t i) {
      return i < elements.size() ? elements[i] : std::string();
    };
    if (id_ == "SBR") {
      ReadPayer(get(9));
    } else if (id_ == "PRV" && get(1) == "BI" && !seen_claim_) {
      ReadBillingTaxonomy(get(3));
    } else if (id_ == "CLM") {
      ReadClaim(get(5));
    } else if (id_ == "HI") {
      for (size_t i = 1; i < elements.size(); ++i) ReadDiagnosis(elements[i]);
    } else if (id_ == "LX") {
      RequireClaim();
      parse_->claim.lines.emplace_back();
      has_sv1_ = false;
    } else if (id_ == "SV1") {
      ReadService(elements);
    } else if (id_ == "DTP" && get(1) == "472") {
      ReadDate(get(2), get(3));
    } else if (id_ == "LIN") {
      ReadNdc(get(2), get(3));
    }
  }

  void Finish() {
    if (!seen_claim_) Error("the input", "has no CLM segment");
    if (!parse_->claim.lines.empty() && !has_sv1_) {
      Error("the last LX", "has no SV1 segment");
    }
  }

 private:
  void Error(const std::string& where, const std::string& message) {
    parse_->errors.push_back(InputError{where, message});
  }
  void Error(const std::string& message) {
    Error("segment " + std::to_string(number_) + " (" + id_ + ")", message);
  }
  bool RequireClaim() {
    if (!seen_claim_) Error("comes before the CLM segment");
    return seen_claim_;
  }
  ClaimLine* CurrentLine(const char* what) {
    if (parse_->claim.lines.empty()) {
      Error(std::string(what) + " must follow an LX segment");
      return nullptr;
    }
    return &parse_->claim.lines.back();
  }

  // A billing provider whose taxonomy is 332B... (durable medical equipment
  // and medical supplies) is a DME supplier: its claims use the DME MUEs.
  void ReadBillingTaxonomy(const std::string& taxonomy) {
    if (taxonomy.rfind("332B", 0) == 0) parse_->claim.setting = "dme";
  }

  // The payer of the claim is its subscriber's (loop 2000B SBR, before the
  // CLM), whatever its responsibility (P, S, T ...); the SBRs of loop 2320
  // after the CLM describe other payers and are passed over.
  void ReadPayer(const std::string& filing) {
    if (seen_claim_) return;
    parse_->claim.payer.clear();
    if (filing == "MA" || filing == "MB") {
      parse_->claim.payer = "medicare";
    } else if (filing == "MC") {
      parse_->claim.payer = "medicaid";
    } else if (!filing.empty()) {
      parse_->claim.payer = "commercial";
    }
  }

  void ReadClaim(const std::string& facility) {
    if (seen_claim_) {
      Error("a second claim: give one claim at a time");
      return;
    }
    seen_claim_ = true;
    parse_->claim.place_of_service = Split(facility, separators_.component)[0];
  }

  void ReadDiagnosis(const std::string& element) {
    if (!RequireClaim() || element.empty()) return;
    const std::vector<std::string> parts =
        Split(element, separators_.component);
    if (parts[0] == "ABK" || parts[0] == "ABF") {
      if (parts.size() < 2 || parts[1].empty()) {
        Error(parts[0] + " has no diagnosis code");
      } else {
        parse_->claim.diagnoses.push_back(parts[1]);
      }
    } else if (parts[0] == "BK" || parts[0] == "BF") {
      Error("ICD-9 diagnoses (" + parts[0] + ") are not accepted; use ABK/ABF");
    }
  }

  void ReadService(const std::vector<std::string>& elements) {
    ClaimLine* line = CurrentLine("SV1");
    if (!line) return;
    if (has_sv1_) {
      Error("a second SV1 in one LX loop");
      return;
    }
    has_sv1_ = true;
    const auto get = [&](size_t i) {
      return i < elements.size() ? elements[i] : std::string();
    };
    const std::vector<std::string> procedure =
        Split(get(1), separators_.component);
    if (procedure[0] != "HC" || procedure.size() < 2) {
      Error("SV1-01 must be HC:code (HCPCS/CPT), not \"" + get(1) + "\"");
      return;
    }
    line->code = procedure[1];
    for (size_t i = 2; i < procedure.size() && i < 6; ++i) {
      if (!procedure[i].empty()) line->modifiers.push_back(procedure[i]);
    }
    if (procedure.size() > 6) line->description = procedure[6];
    line->charge = get(2);
    if (!get(3).empty() && get(3) != "UN" && get(3) != "MJ") {
      Error("SV1-03 unit basis must be UN (units) or MJ (minutes)");
    }
    line->units = get(4);
    line->place_of_service = get(5);
    if (!get(7).empty()) {
      line->diagnosis_pointers = Split(get(7), separators_.component);
    }
  }

  void ReadDate(const std::string& format, const std::string& value) {
    std::string from = value, to;
    if (format == "RD8") {
      const size_t dash = value.find('-');
      if (dash == std::string::npos) {
        Error("DTP-03 with RD8 must be YYYYMMDD-YYYYMMDD");
        return;
      }
      from = value.substr(0, dash);
      to = value.substr(dash + 1);
    } else if (format != "D8") {
      Error("DTP-02 must be D8 or RD8");
      return;
    }
    if (parse_->claim.lines.empty()) {
      parse_->claim.date_of_service = IsoDate(from);
      return;
    }
    ClaimLine& line = parse_->claim.lines.back();
    line.date_of_service = IsoDate(from);
    if (!to.empty()) line.date_to = IsoDate(to);
  }

  void ReadNdc(const std::string& qualifier, const std::string& ndc) {
    ClaimLine* line = CurrentLine("LIN");
    if (!line) return;
    if (qualifier != "N4") {
      Error("LIN-02 must be N4 (National Drug Code)");
      return;
    }
    line->ndc = ndc;
  }

  Separators separators_;
  ClaimParse* parse_;
  int number_ = 0;
  std::string id_;
  bool seen_claim_ = false;
  bool has_sv1_ = false;
};

}  // namespace

ClaimParse ParseClaimX12(std::string_view text) {
  ClaimParse parse;
  const std::string_view trimmed = TrimAsciiSpace(text);
  const Separators separators = SeparatorsOf(trimmed);
  X12Reader reader(separators, &parse);
  int number = 0;
  for (const std::string& raw : Split(trimmed, separators.segment)) {
    const std::string_view segment = TrimAsciiSpace(raw);
    if (segment.empty()) continue;
    ++number;
    const std::vector<std::string> elements =
        Split(segment, separators.element);
    const std::string& id = elements[0];
    if (id.empty() || id.size() > 3 ||
        !std::all_of(id.begin(), id.end(), [](char c) {
          return std::isupper(static_cast<unsigned char>(c)) ||
                 std::isdigit(static_cast<unsigned char>(c));
        })) {
      parse.errors.push_back(InputError{"segment " + std::to_string(number),
                                        "is not an X12 segment (\"" +
                                            std::string(segment.substr(0, 20)) +
                                            "\")"});
      continue;
    }
    reader.Read(number, elements);
  }
  reader.Finish();
  return parse;
}

}  // namespace billcode
