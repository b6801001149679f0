// Printed CMS-1500 forms: boxes 24, 21 and 22 read by their boxes, and the
// form read as one claim (with the boxes of claim_cms1500_parties.cc).
#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "billcode/base/text.h"
#include "billcode/claims/input/cms1500_text.h"
#include "claim_readers.h"
#include "printed_form_words.h"

namespace billcode {
namespace {

using printed::DateOf;
using printed::DiagnosisAt;
using printed::DigitsOf;
using printed::IsChargeAt;
using printed::IsCodeShape;
using printed::IsModifier;
using printed::IsUnits;
using printed::Words;

// The date of three boxes at `words[i]` ("03 02 26", "03 02 2026") as
// YYYY-MM-DD; "" when they are not one.
std::string DateBoxes(const std::vector<std::string_view>& words, size_t i) {
  if (i + 2 >= words.size()) return "";
  return DateOf(words[i], words[i + 1], words[i + 2]);
}

// Box 24E: letters A to L (or, on the old form, digits 1 to 4), one to
// four of them.
bool IsDiagnosisPointer(std::string_view word) {
  return !word.empty() && word.size() <= 4 &&
         std::all_of(word.begin(), word.end(), [](char c) {
           return (c >= 'A' && c <= 'L') || (c >= '1' && c <= '4');
         });
}

}  // namespace

bool IsCms1500Text(std::string_view text) {
  const std::string head = AsciiUpper(text.substr(0, 4096));
  return head.find("HEALTH INSURANCE CLAIM FORM") != std::string::npos ||
         head.find("CMS-1500") != std::string::npos;
}

std::optional<Cms1500ServiceLine> ReadCms1500ServiceLine(
    std::string_view line) {
  const std::vector<std::string_view> words = Words(line);
  size_t i = 0;
  // The form's line number, 1 to 6, before the first date.
  if (!words.empty() && words[0].size() == 1 && words[0][0] >= '1' &&
      words[0][0] <= '6' && !DateBoxes(words, 1).empty()) {
    i = 1;
  }
  Cms1500ServiceLine service;
  service.from = DateBoxes(words, i);
  if (service.from.empty()) return std::nullopt;
  i += 3;
  service.to = DateBoxes(words, i);
  if (!service.to.empty()) i += 3;
  if (i < words.size() && DigitsOf(words[i], 2)) service.place = words[i++];
  if (i < words.size() && (words[i] == "Y" || words[i] == "N")) ++i;  // EMG
  if (i >= words.size() || !IsCodeShape(words[i])) return std::nullopt;
  service.code = words[i++];
  // Modifiers and the pointer, up to the charge's dollars and cents, which
  // the units box (or the provider's number, or the line's end) follows:
  // "25 59 XS" are modifiers.
  const auto is_charge = [&](size_t at) {
    return IsChargeAt(words, at) &&
           (at + 2 == words.size() || IsUnits(words[at + 2]) ||
            IsAsciiDigits(words[at + 2]));
  };
  size_t charge = i;
  while (charge + 1 < words.size() && !is_charge(charge)) ++charge;
  if (charge + 1 >= words.size() || charge - i > 5) return std::nullopt;
  size_t last = charge;
  if (last > i && IsDiagnosisPointer(words[last - 1])) {
    service.pointers = words[--last];
  }
  for (size_t m = i; m < last; ++m) {
    if (!IsModifier(words[m])) return std::nullopt;
    service.modifiers.emplace_back(words[m]);
  }
  service.charge = printed::ChargeAt(words, charge);
  const size_t units = charge + 2;
  if (units < words.size() && IsUnits(words[units])) {
    service.units = words[units];
  }
  for (size_t k = units; k + 1 < words.size(); ++k) {
    if (words[k] == "NPI") {
      service.npi = words[k + 1];
      break;
    }
  }
  return service;
}

std::vector<Cms1500Diagnosis> ReadCms1500Diagnoses(std::string_view line) {
  const std::vector<std::string_view> words = Words(line);
  std::vector<Cms1500Diagnosis> diagnoses;
  size_t letters = 0;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string_view word = words[i];
    const bool letter = word.size() == 2 && word[0] >= 'A' && word[0] <= 'L' &&
                        (word[1] == '.' || word[1] == ')');
    if (!letter) continue;
    ++letters;
    size_t next = i + 1;
    std::string code = DiagnosisAt(words, &next);
    if (code.empty()) continue;
    diagnoses.push_back({word[0], std::move(code)});
    i = next;
  }
  if (letters < 2) diagnoses.clear();
  return diagnoses;
}

namespace {

// A payer's claim number: five or more letters and digits, four of them
// digits at least ("2612345678901", "ICN0045123").
bool IsClaimNumber(std::string_view word) {
  const auto digits = std::count_if(word.begin(), word.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
  return word.size() >= 5 && digits >= 4 &&
         std::all_of(word.begin(), word.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
         });
}

// Box 22's values among `words`: a digit, then the claim number if any.
std::optional<Cms1500Resubmission> ResubmissionIn(
    const std::vector<std::string_view>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    if (word.size() != 1 || word[0] < '1' || word[0] > '9') continue;
    Cms1500Resubmission box;
    box.code = std::string(word);
    if (i + 1 < words.size() && IsClaimNumber(words[i + 1])) {
      box.original = std::string(words[i + 1]);
    }
    return box;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Cms1500Resubmission> ReadCms1500Resubmission(
    std::string_view line, std::string_view next) {
  const std::string upper = AsciiUpper(line);
  const size_t label = upper.find("RESUBMISSION");
  if (label == std::string::npos) return std::nullopt;
  // After the labels on their line: "CODE 7 ORIGINAL REF. NO. 26123...".
  std::vector<std::string_view> after;
  for (std::string_view word : Words(line.substr(label))) {
    const std::string bare = AsciiUpper(word);
    if (bare != "RESUBMISSION" && bare != "CODE" && bare != "ORIGINAL" &&
        bare != "REF." && bare != "REF" && bare != "NO." && bare != "NO") {
      after.push_back(word);
    }
  }
  if (std::optional<Cms1500Resubmission> box = ResubmissionIn(after)) {
    return box;
  }
  // Under them: the words of `next` from about the labels' column (box
  // 21's last diagnoses may stand to their left).
  const size_t column = label > 4 ? label - 4 : 0;
  return next.size() > column ? ResubmissionIn(Words(next.substr(column)))
                              : std::nullopt;
}

namespace {

// Box 24E's pointer `c` as a place in `diagnoses` (box 21's, in letter
// order): "B" is 2 when A and B are both printed; a digit as written; a
// letter without its diagnosis keeps its place in the alphabet.
std::string PointerOf(char c, const std::vector<Cms1500Diagnosis>& diagnoses) {
  if (c < 'A') return std::string(1, c);
  for (size_t i = 0; i < diagnoses.size(); ++i) {
    if (diagnoses[i].letter == c) return std::to_string(i + 1);
  }
  return std::to_string(c - 'A' + 1);
}

}  // namespace

// The form as one claim: box 1's program as its payer, box 1a's ID, the
// NPIs of 17b, 32a and 33a, box 21's diagnoses, box 22's resubmission,
// box 24's lines.
ReadSummary ReadCms1500Claims(std::string_view text, const ClaimSink& sink) {
  ReadSummary summary;
  summary.format = ClaimFormat::kCms1500;
  std::vector<Cms1500ServiceLine> services;
  std::vector<Cms1500Diagnosis> diagnoses;
  std::optional<Cms1500Resubmission> resubmission;
  const std::vector<std::string_view> lines = SplitLines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    if (std::optional<Cms1500ServiceLine> service =
            ReadCms1500ServiceLine(line)) {
      services.push_back(std::move(*service));
    } else if (std::optional<Cms1500Resubmission> box = ReadCms1500Resubmission(
                   line, i + 1 < lines.size() ? lines[i + 1] : "")) {
      resubmission = std::move(box);
    } else {
      const std::vector<Cms1500Diagnosis> found = ReadCms1500Diagnoses(line);
      diagnoses.insert(diagnoses.end(), found.begin(), found.end());
    }
  }
  if (services.empty()) {
    summary.errors.push_back(
        {"the form",
         "no box 24 service line could be read (a date in three "
         "boxes, a code and a charge in dollars and cents)"});
    return summary;
  }
  std::stable_sort(diagnoses.begin(), diagnoses.end(),
                   [](const Cms1500Diagnosis& a, const Cms1500Diagnosis& b) {
                     return a.letter < b.letter;
                   });
  ClaimParse parse;
  parse.format = ClaimFormat::kCms1500;
  parse.location = "the form";
  for (const Cms1500Diagnosis& diagnosis : diagnoses) {
    parse.claim.diagnoses.push_back(diagnosis.code);
  }
  if (resubmission) {
    parse.claim.frequency = resubmission->code;
    parse.claim.original_claim = resubmission->original;
  }
  const Cms1500Parties parties = ReadCms1500Parties(text);
  parse.claim.payer = parties.program;
  parse.claim.member_id = parties.insured_id;
  for (const auto& [role, npi] :
       {std::pair{"billing", &parties.billing_npi},
        std::pair{"referring", &parties.referring_npi},
        std::pair{"facility", &parties.facility_npi}}) {
    if (!npi->empty()) parse.claim.providers.push_back(ProviderNpi{role, *npi});
  }
  for (const Cms1500ServiceLine& service : services) {
    ClaimLine line;
    line.code = service.code;
    line.modifiers = service.modifiers;
    line.units = service.units;
    line.charge = service.charge;
    line.date_of_service = service.from;
    if (service.to != service.from) line.date_to = service.to;
    line.place_of_service = service.place;
    if (!service.npi.empty()) {
      line.providers.push_back(ProviderNpi{"rendering", service.npi});
    }
    for (char c : service.pointers) {
      line.diagnosis_pointers.push_back(PointerOf(c, diagnoses));
    }
    parse.claim.lines.push_back(std::move(line));
  }
  parse.claim.notes.push_back(
      "Read as a printed CMS-1500 form: box 1's program, box 1a's insured "
      "ID, box 21's diagnoses, box 22's resubmission code, box 24's service "
      "lines with their rendering NPIs, and the NPIs of boxes 17b, 32a and "
      "33a; its other boxes (the patient, the payer's name and address, "
      "the providers' names) were not read.");
  summary.claims = 1;
  summary.stopped = !sink(std::move(parse));
  return summary;
}

}  // namespace billcode
