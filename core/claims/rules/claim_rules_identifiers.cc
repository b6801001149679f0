// Rules on the identifiers a claim gives: npi-invalid, mbi-invalid.
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "billcode/base/text.h"
#include "claim_rules.h"

namespace billcode {
namespace {

// Whether `npi` is 10 digits whose last checks the first nine: the Luhn
// formula over "80840" (the NPI's card-issuer prefix) and the NPI, as
// 45 CFR 162.406 and CMS's NPI check digit standard define it.
bool ChecksAsNpi(std::string_view npi) {
  if (npi.size() != 10 || !IsAsciiDigits(npi)) return false;
  const std::string digits = "80840" + std::string(npi);
  int sum = 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    int digit = digits[digits.size() - 1 - i] - '0';
    if (i % 2 == 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 == 0;
}

void CheckNpis(const std::vector<ProviderNpi>& providers, int line,
               Findings* findings) {
  for (size_t i = 0; i < providers.size(); ++i) {
    const ProviderNpi& provider = providers[i];
    if (ChecksAsNpi(provider.npi)) continue;
    const std::string whose = provider.role.empty()
                                  ? "A provider's"
                                  : "The " + provider.role + " provider's";
    const bool shaped =
        provider.npi.size() == 10 && IsAsciiDigits(provider.npi);
    findings->Add(
        line, "providers[" + std::to_string(i) + "]", Rule::kNpiInvalid,
        Severity::kError,
        whose + " NPI \"" + provider.npi + "\" is not a valid NPI: " +
            (shaped ? "its last digit does not check the other nine (a "
                      "digit mistyped, or two swapped)"
                    : "an NPI is 10 digits") +
            ". Payers reject the claim before they read it.",
        "Copy the NPI from the provider's NPPES record "
        "(npiregistry.cms.hhs.gov).");
  }
}

// Letters an MBI never holds (told apart from digits: S, L, O, I, B, Z).
bool IsMbiLetter(char c) {
  return c >= 'A' && c <= 'Z' &&
         std::string_view("SLOIBZ").find(c) == std::string_view::npos;
}

// What is wrong with `id` as a Medicare Beneficiary Identifier, the
// 11-character ID on Medicare cards since 2018 (CMS's MBI format: digit
// 1-9, letter, letter or digit, digit, letter, letter or digit, digit,
// letter, letter, digit, digit; no S, L, O, I, B or Z): "" when it is
// one, or when it has another length (a Medicare Advantage plan's own
// member ID, which is not checked).
std::string MbiProblem(std::string_view id) {
  // A Health Insurance Claim Number: 9 digits (a Social Security number)
  // and a letter, with an optional digit or letter.
  const bool hicn = (id.size() == 10 || id.size() == 11) &&
                    IsAsciiDigits(id.substr(0, 9)) &&
                    std::isupper(static_cast<unsigned char>(id[9]));
  if (hicn) {
    return "is an old Health Insurance Claim Number (HICN), based on a "
           "Social Security number; Medicare has rejected claims with one "
           "since 2020-01-01";
  }
  const std::string compact = [&] {
    std::string text;
    for (char c : id) {
      if (c != '-') text.push_back(c);
    }
    return text;
  }();
  if (compact.size() != 11) return "";
  const char* const kShape = "NAXNAXNAANN";  // N digit, A letter, X either
  for (size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    const bool digit =
        std::isdigit(static_cast<unsigned char>(c)) && !(i == 0 && c == '0');
    const bool fits = kShape[i] == 'N'   ? digit
                      : kShape[i] == 'A' ? IsMbiLetter(c)
                                         : digit || IsMbiLetter(c);
    if (!fits) {
      return "is not a Medicare Beneficiary Identifier (MBI): its character " +
             std::to_string(i + 1) + " (\"" + std::string(1, c) +
             "\") must be " +
             (kShape[i] == 'N' ? std::string(i == 0 ? "a digit 1-9" : "a digit")
              : kShape[i] == 'A' ? "a capital letter"
                                 : "a capital letter or a digit") +
             ", and an MBI never holds S, L, O, I, B or Z";
    }
  }
  return compact.size() == id.size()
             ? ""
             : "has dashes, which the card prints and a claim does not: send "
               "its 11 characters alone";
}

}  // namespace

void CheckMedicareId(const CheckContext& context, Findings* findings) {
  const std::string& id = context.claim.member_id;
  if (context.payer != Payer::kMedicare || id.empty()) return;
  const std::string problem = MbiProblem(id);
  if (problem.empty()) return;
  findings->Add(0, "memberId", Rule::kMbiInvalid, Severity::kError,
                "The Medicare ID \"" + id + "\" " + problem +
                    ". Medicare rejects the claim before it reads it.",
                "Copy the MBI from the patient's red, white and blue Medicare "
                "card, or look it up in the MAC's portal.");
}

void CheckProviderNpis(const CheckContext& context, Findings* findings) {
  CheckNpis(context.claim.providers, 0, findings);
  for (size_t i = 0; i < context.claim.lines.size(); ++i) {
    CheckNpis(context.claim.lines[i].providers, static_cast<int>(i) + 1,
              findings);
  }
}

}  // namespace billcode
