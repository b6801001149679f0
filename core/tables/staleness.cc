#include "billcode/tables/staleness.h"

namespace billcode {
namespace {

struct TableWords {
  const char* kind;
  const char* name;    // "the newest ICD-10-CM release loaded"
  const char* checks;  // what the date loses: "diagnoses"
  int months;          // publication period of an open-ended edition
  const char* where;   // the publisher's page
};

constexpr TableWords kWords[] = {
    {"hcpcs-level2", "HCPCS Level II release", "codes", 3,
     "https://www.cms.gov/medicare/coding-billing/"
     "healthcare-common-procedure-system/quarterly-update"},
    {"icd10cm", "ICD-10-CM release", "diagnoses", 12,
     "https://www.cms.gov/medicare/coding-billing/icd-10-codes"},
    {"mue", "NCCI MUE table", "unit limits", 3,
     "https://www.cms.gov/medicare/coding-billing/"
     "national-correct-coding-initiative-ncci-edits/"
     "medicare-ncci-medically-unlikely-edits"},
    {"ncci-addon", "NCCI add-on code table", "add-on codes", 3,
     "https://www.cms.gov/medicare/coding-billing/"
     "national-correct-coding-initiative-ncci-edits/"
     "medicare-ncci-add-code-edits"},
    {"pfs-rvu", "Physician Fee Schedule", "Medicare prices", 0,
     "https://www.cms.gov/medicare/payment/fee-schedules/physician/"
     "pfs-relative-value-files"},
    {"clfs", "Clinical Laboratory Fee Schedule", "lab prices", 0,
     "https://www.cms.gov/medicare/payment/fee-schedules/"
     "clinical-laboratory-fee-schedule-clfs/files"},
};

// The last day an open-ended edition is meant for; empty when unknown.
Date PeriodEnd(const ReleaseInfo& info, int months) {
  const Date start =
      info.effective_from.empty() ? info.release_date : info.effective_from;
  if (start.empty()) return Date();
  if (months == 0) return *Date::FromYmd(start.year(), 12, 31);
  int month = start.month() + months;
  const int year = start.year() + (month - 1) / 12;
  month = (month - 1) % 12 + 1;
  return Date::FromYmd(year, month, 1)->PreviousDay();
}

// The last date of service `info` is meant for: its end date, else the end
// of its publication period; empty when unknown.
Date EndOf(const ReleaseInfo& info, const TableWords& words) {
  return info.effective_to.empty() ? PeriodEnd(info, words.months)
                                   : info.effective_to;
}

void Check(const TableWords& words, const ReleaseInfo* newest, Date date,
           std::vector<StaleTable>* stale) {
  if (newest == nullptr || date.empty()) return;
  StaleTable table;
  table.kind = words.kind;
  table.edition = newest->edition;
  table.ends = EndOf(*newest, words);
  if (table.ends.empty() || !(table.ends < date)) return;
  table.message = std::string("The newest ") + words.name + " loaded (" +
                  table.edition + ") is for dates up to " + table.ends.ToIso() +
                  "; " + date.ToIso() + " is later, so " + words.checks +
                  " may have changed since. Load the newer file from " +
                  words.where + ".";
  stale->push_back(std::move(table));
}

template <typename Table>
const ReleaseInfo* Newest(const Editions<Table>& editions) {
  return editions.empty() ? nullptr : &editions.all().front().info();
}

}  // namespace

Date HcpcsReleaseEnds(const ReleaseInfo& info) {
  return EndOf(info, kWords[0]);
}

std::vector<StaleTable> StaleTables(const DataSet& data, Date date) {
  std::vector<StaleTable> stale;
  const auto& releases = data.hcpcs().releases();
  Check(kWords[0], releases.empty() ? nullptr : &releases.front().info(), date,
        &stale);
  Check(kWords[1], Newest(data.icd10cm_editions()), date, &stale);
  Check(kWords[2], Newest(data.mue_editions(Setting::kPractitioner)), date,
        &stale);
  Check(kWords[3], Newest(data.addon_editions()), date, &stale);
  Check(kWords[4], Newest(data.rvu_editions()), date, &stale);
  Check(kWords[5], Newest(data.lab_fee_editions()), date, &stale);
  return stale;
}

}  // namespace billcode
