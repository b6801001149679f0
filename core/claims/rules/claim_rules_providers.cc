// Rules on the providers a claim names: npi-invalid.
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

}  // namespace

void CheckProviderNpis(const CheckContext& context, Findings* findings) {
  CheckNpis(context.claim.providers, 0, findings);
  for (size_t i = 0; i < context.claim.lines.size(); ++i) {
    CheckNpis(context.claim.lines[i].providers, static_cast<int>(i) + 1,
              findings);
  }
}

}  // namespace billcode
