#include "billcode/hcpcs_release.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "billcode/text.h"

namespace billcode {
namespace {

auto Fields(const HcpcsRecord& r) {
  return std::tie(r.code, r.is_modifier, r.long_description,
                  r.short_description, r.pricing_indicators,
                  r.multiple_pricing_indicator, r.coverage_issues_refs,
                  r.carriers_manual_refs, r.statute, r.lab_certifications,
                  r.cross_references, r.coverage_code, r.asc_group,
                  r.asc_effective, r.opps_status, r.opps_payment_indicator,
                  r.opps_effective, r.processing_note, r.betos,
                  r.types_of_service, r.anesthesia_base_units, r.added,
                  r.action_effective, r.termination, r.action_code);
}

bool CodeLess(const HcpcsRecord& record, std::string_view code) {
  return record.code < code;
}

constexpr std::string_view kMonths[] = {"JAN", "FEB", "MAR", "APR",
                                        "MAY", "JUN", "JUL", "AUG",
                                        "SEP", "OCT", "NOV", "DEC"};

}  // namespace

bool operator==(const HcpcsRecord& a, const HcpcsRecord& b) {
  return Fields(a) == Fields(b);
}

HcpcsRelease::HcpcsRelease(ReleaseInfo info, std::vector<HcpcsRecord> records)
    : info_(std::move(info)), records_(std::move(records)) {
  std::sort(records_.begin(), records_.end(),
            [](const HcpcsRecord& a, const HcpcsRecord& b) {
              return a.code < b.code;
            });
}

const HcpcsRecord* HcpcsRelease::Find(std::string_view code) const {
  auto it = std::lower_bound(records_.begin(), records_.end(), code, CodeLess);
  return it != records_.end() && it->code == code ? &*it : nullptr;
}

std::pair<const HcpcsRecord*, const HcpcsRecord*> HcpcsRelease::WithPrefix(
    std::string_view prefix) const {
  auto first =
      std::lower_bound(records_.begin(), records_.end(), prefix, CodeLess);
  auto last = first;
  while (last != records_.end() &&
         std::string_view(last->code).substr(0, prefix.size()) == prefix) {
    ++last;
  }
  return {records_.data() + (first - records_.begin()),
          records_.data() + (last - records_.begin())};
}

ReleaseCounts HcpcsRelease::Counts() const {
  ReleaseCounts counts;
  for (const HcpcsRecord& record : records_) {
    ++(record.is_modifier ? counts.modifiers : counts.codes);
    if (!record.termination.empty()) ++counts.terminated;
  }
  return counts;
}

void ReleaseSet::Add(HcpcsRelease release) {
  releases_.push_back(std::move(release));
  std::stable_sort(releases_.begin(), releases_.end(),
                   [](const HcpcsRelease& a, const HcpcsRelease& b) {
                     return a.info().release_date > b.info().release_date;
                   });
}

ReleaseSet::Found ReleaseSet::Find(std::string_view code) const {
  for (const HcpcsRelease& release : releases_) {
    if (const HcpcsRecord* record = release.Find(code)) {
      return {record, &release};
    }
  }
  return {};
}

ReleaseInfo ReleaseInfoFromFileName(std::string_view file_name) {
  const size_t slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  ReleaseInfo info;
  info.source_name = std::string(file_name);
  const size_t dot = file_name.rfind('.');
  info.edition = std::string(file_name.substr(0, dot));
  std::string upper;
  for (char c : file_name)
    upper.push_back(
        static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  if (upper.rfind("HCPC", 0) != 0) return info;
  size_t digits = 4;
  while (digits < upper.size() &&
         std::isdigit(static_cast<unsigned char>(upper[digits]))) {
    ++digits;
  }
  const std::string year_text = upper.substr(4, digits - 4);
  if (year_text.size() != 2 && year_text.size() != 4) return info;
  const int year = std::stoi(year_text) + (year_text.size() == 2 ? 2000 : 0);
  int month = 1;
  info.edition = std::to_string(year);
  for (size_t i = 0; i < std::size(kMonths); ++i) {
    if (upper.compare(digits, 4, "_" + std::string(kMonths[i])) == 0) {
      month = static_cast<int>(i) + 1;
      info.edition += "-" + std::string(kMonths[i]);
    }
  }
  if (auto date = Date::FromYmd(year, month, 1)) info.release_date = *date;
  return info;
}

}  // namespace billcode
