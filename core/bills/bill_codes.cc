#include "bill_codes.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "billcode/codes/classification.h"

namespace billcode::bills {
namespace {

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)); }

// Modifiers seen on most bills: the CPT modifiers, and the Level II ones
// of anatomy, DME, drugs, waivers and telehealth.
constexpr std::string_view kCommonModifiers[] = {
    "22", "23", "24", "25", "26", "27", "32", "33", "47", "50", "51",
    "52", "53", "54", "55", "56", "57", "58", "59", "62", "63", "66",
    "76", "77", "78", "79", "80", "81", "82", "90", "91", "92", "95",
    "96", "97", "99", "AS", "AT", "CR", "CS", "E1", "E2", "E3", "E4",
    "FA", "FX", "FY", "GA", "GC", "GN", "GO", "GP", "GT", "GW", "GX",
    "GY", "GZ", "JW", "JZ", "KX", "LT", "NU", "QW", "RR", "RT", "SA",
    "TA", "TC", "UE", "XE", "XP", "XS", "XU", "Q5", "Q6"};

bool IsCommonModifier(std::string_view text) {
  return std::find(std::begin(kCommonModifiers), std::end(kCommonModifiers),
                   text) != std::end(kCommonModifiers);
}

bool IsProcedureKind(CodeKind kind) {
  return kind != CodeKind::kNone && kind != CodeKind::kModifier;
}

// The digit a letter stands for in OCR output, or 0.
char OcrDigit(char c) {
  switch (c) {
    case 'O':
      return '0';
    case 'I':
    case 'L':
      return '1';
    case 'Z':
      return '2';
    case 'S':
      return '5';
    case 'G':
      return '6';
    case 'B':
      return '8';
    default:
      return 0;
  }
}

}  // namespace

std::optional<CodeWithModifiers> ReadProcedureCode(std::string_view text) {
  if (text.size() < 5) return std::nullopt;
  CodeWithModifiers read;
  std::string_view head = text.substr(0, 5);
  std::string_view rest = text.substr(5);
  // Digits glued to five digits make a longer number ("Rx# 7734522"), not
  // a code and its modifier: those glued on are letters ("29881RT").
  const auto all_digits = [](std::string_view part) {
    return std::all_of(part.begin(), part.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
  };
  if (!rest.empty() && rest.front() != '-' && all_digits(head) &&
      std::isdigit(static_cast<unsigned char>(rest.front()))) {
    return std::nullopt;
  }
  while (!rest.empty()) {
    if (rest.front() == '-') rest.remove_prefix(1);
    if (rest.size() < 2 || !IsAlnum(rest[0]) || !IsAlnum(rest[1])) {
      return std::nullopt;
    }
    read.modifiers.emplace_back(rest.substr(0, 2));
    rest.remove_prefix(2);
  }
  if (read.modifiers.size() > 4) return std::nullopt;
  Classification classified = Classify(head);
  if (classified.shape != Shape::kComplete ||
      classified.problem != Problem::kNone ||
      !IsProcedureKind(classified.kind) || !classified.modifiers.empty()) {
    return std::nullopt;
  }
  read.code = classified.code;
  return read;
}

bool HasProcedureData(const DataSet& data) {
  return !data.hcpcs().empty() || !data.rvu_editions().empty() ||
         !data.lab_fee_editions().empty();
}

bool IsKnownProcedure(std::string_view code, const DataSet& data) {
  if (data.hcpcs().Find(code).record != nullptr) return true;
  for (const RvuTable& table : data.rvu_editions().all()) {
    if (table.Find(code) != nullptr) return true;
  }
  for (const LabFeeTable& table : data.lab_fee_editions().all()) {
    if (table.Find(code) != nullptr) return true;
  }
  for (Setting setting :
       {Setting::kPractitioner, Setting::kOutpatientHospital, Setting::kDme}) {
    for (const MueTable& table : data.mue_editions(setting).all()) {
      if (table.Find(code) != nullptr) return true;
    }
  }
  return false;
}

bool HasDiagnosisData(const DataSet& data) {
  return !data.icd10cm_editions().empty();
}

bool IsKnownDiagnosis(std::string_view code, const DataSet& data) {
  for (const Icd10Table& table : data.icd10cm_editions().all()) {
    if (table.Find(code) != nullptr || table.HasMoreSpecific(code)) {
      return true;
    }
  }
  return false;
}

bool IsModifier(std::string_view text, const DataSet& data) {
  if (text.size() != 2 || !IsAlnum(text[0]) || !IsAlnum(text[1])) {
    return false;
  }
  if (IsCommonModifier(text)) return true;
  ReleaseSet::Found found = data.hcpcs().Find(text);
  return found.record != nullptr && found.record->is_modifier;
}

std::optional<std::string> RepairOcrCode(std::string_view text,
                                         const DataSet& data) {
  if (text.size() != 5) return std::nullopt;
  std::string upper(text);
  for (char& c : upper) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  // The first character may be a Level II letter or a damaged digit; the
  // last may be the F, T or U of a CPT Category II, III or PLA code.
  std::vector<std::string> readings;
  for (bool first_is_letter : {true, false}) {
    std::string reading = upper;
    for (size_t i = first_is_letter ? 1 : 0; i < reading.size(); ++i) {
      if (char digit = OcrDigit(reading[i])) reading[i] = digit;
    }
    readings.push_back(reading);
    if (upper[4] == 'F' || upper[4] == 'T' || upper[4] == 'U') {
      std::string suffixed = reading;
      suffixed[4] = upper[4];
      readings.push_back(suffixed);
    }
  }
  for (const std::string& reading : readings) {
    if (reading == upper) continue;
    if (ReadProcedureCode(reading) && IsKnownProcedure(reading, data)) {
      return reading;
    }
  }
  return std::nullopt;
}

std::optional<std::string> RepairOcrDiagnosis(std::string_view code,
                                              const DataSet& data) {
  if (code.size() < 3 || code.size() > 7 || !HasDiagnosisData(data) ||
      !std::isupper(static_cast<unsigned char>(code[0]))) {
    return std::nullopt;
  }
  // ICD-10-CM writes digits in its second and third characters, and no O
  // or I after its first; other letters after the third are read as
  // digits only when that reading fails. At most two characters are read
  // as others, and one real digit is needed: words ("SOB") are no codes.
  const auto digits = std::count_if(code.begin() + 1, code.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
  if (digits == 0) return std::nullopt;
  for (const bool all_letters : {false, true}) {
    std::string reading(code);
    int changed = 0;
    for (size_t i = 1; i < reading.size(); ++i) {
      const char c = reading[i];
      if (OcrDigit(c) &&
          (i < 3 || all_letters || c == 'O' || c == 'I' || c == 'L')) {
        reading[i] = OcrDigit(c);
        ++changed;
      }
    }
    if (changed > 0 && changed <= 2 && IsKnownDiagnosis(reading, data)) {
      return reading;
    }
  }
  return std::nullopt;
}

}  // namespace billcode::bills
