#include "billcode/codes/price.h"

#include "billcode/base/text.h"
#include "billcode/codes/classification.h"
#include "billcode/tables/field_values.h"

namespace billcode {
namespace {

constexpr int kNationalGpci = 1000;  // 1.000: GPCIs are in thousandths

// ((work x GPCI) + (PE x GPCI) + (MP x GPCI)) x CF, rounded to cents:
// RVUs in hundredths times GPCIs in thousandths are 1e-5 RVUs; times the
// conversion factor in 1e-4 dollars, 1e-9 dollars.
long long Cents(const RvuEntry& rvu, bool facility, const GpciEntry* gpci) {
  if (facility ? rvu.facility_na : rvu.nonfacility_na) return -1;
  const long long pe = facility ? rvu.pe_facility : rvu.pe_nonfacility;
  const long long weighted =
      rvu.work * static_cast<long long>(gpci ? gpci->work : kNationalGpci) +
      pe * (gpci ? gpci->practice_expense : kNationalGpci) +
      rvu.malpractice *
          static_cast<long long>(gpci ? gpci->malpractice : kNationalGpci);
  const long long billionths = weighted * rvu.conversion_factor;
  return (billionths + 5'000'000) / 10'000'000;
}

PriceAmounts Amounts(const RvuEntry& rvu, const GpciEntry* gpci) {
  return PriceAmounts{Cents(rvu, false, gpci), Cents(rvu, true, gpci)};
}

bool PaidFromRelativeValues(const std::string& status) {
  return status == "A" || status == "R" || status == "T";
}

void AddIndicators(const RvuEntry& rvu, PriceResult* result) {
  const struct {
    const char* name;
    const char* field;
    int code;
  } indicators[] = {
      {"pctc", "pctc", rvu.pctc},
      {"multipleProcedure", "multiple-procedure", rvu.multiple_procedure},
      {"bilateral", "bilateral", rvu.bilateral},
      {"assistant", "assistant", rvu.assistant},
      {"coSurgeon", "co-surgeon", rvu.co_surgeon},
      {"team", "team", rvu.team}};
  for (const auto& indicator : indicators) {
    result->indicators.push_back(
        PriceIndicator{indicator.name, indicator.code,
                       std::string(PfsFieldMeaning(
                           indicator.field, std::to_string(indicator.code)))});
  }
  result->global_days = rvu.global_days;
  result->global_meaning =
      std::string(PfsFieldMeaning("global", rvu.global_days));
}

// The GPCIs of the locality the query names (by ZIP or MAC:NN); nullptr
// with result->error set when it names one that is not in the files, and
// nullptr without an error when it names none.
const GpciEntry* LocalGpci(const PriceQuery& query, const DataSet& data,
                           PriceResult* result) {
  std::string key;
  if (!query.zip.empty()) {
    const ZipLocalityTable* zips = data.zips(query.date);
    if (!zips) {
      result->error = "no ZIP code to locality file is loaded";
      return nullptr;
    }
    const ZipLocality* zip = zips->Find(query.zip);
    if (!zip) {
      result->error = "ZIP " + query.zip + " is not in the CMS ZIP5 file (" +
                      zips->info().edition + ")";
      return nullptr;
    }
    if (zip->split) {
      result->notes.push_back("ZIP " + query.zip +
                              " spans payment localities; the one the ZIP5 "
                              "file gives is used.");
    }
    key = zip->mac + zip->locality;
    result->edition += ", ZIP5 " + zips->info().edition;
  } else if (!query.locality.empty()) {
    for (char c : query.locality) {
      if (c != ':' && c != ' ') key.push_back(c);
    }
  } else {
    return nullptr;
  }
  const GpciTable* gpcis = data.gpcis(query.date);
  const GpciEntry* gpci = gpcis ? gpcis->Find(key) : nullptr;
  if (!gpci) {
    result->error = "locality " + key.substr(0, 5) + ":" +
                    (key.size() > 5 ? key.substr(5) : "") +
                    " is not in the GPCI file" +
                    (gpcis ? " (" + gpcis->info().edition + ")" : "");
    return nullptr;
  }
  result->edition += ", GPCI " + gpcis->info().edition;
  result->locality =
      PriceLocality{key.substr(0, 5), key.substr(5), gpci->name, gpci->state};
  return gpci;
}

// Imaging: the local amounts are capped at the OPPS amount of the
// locality (the lower of the two is paid).
void CapAtOpps(const PriceQuery& query, const DataSet& data,
               PriceResult* result) {
  const OppsCapTable* caps = data.opps_caps(query.date);
  if (!caps) return;
  const OppsCap* cap =
      caps->Find(result->code + result->modifier + result->locality.mac +
                 result->locality.number);
  if (!cap) return;
  bool capped = false;
  for (auto [amount, limit] :
       {std::pair<long long*, long long>{&result->local.facility,
                                         cap->facility},
        std::pair<long long*, long long>{&result->local.nonfacility,
                                         cap->nonfacility}}) {
    if (*amount > limit) {
      *amount = limit;
      capped = true;
    }
  }
  if (capped) {
    result->notes.push_back(
        "The local amount is capped at what Medicare pays a hospital "
        "outpatient department for this imaging (OPPS cap, " +
        caps->info().edition + ").");
  }
}

// Anesthesia is paid as (base units + time units) x a conversion factor;
// the base units of CPT anesthesia codes are not published with the fee
// schedule, so the factors and the rule are what can be said.
void DescribeAnesthesia(const PriceQuery& query, const DataSet& data,
                        PriceResult* result) {
  const AnesthesiaTable* factors = data.anesthesia(query.date);
  if (!factors) return;
  result->schedule = "anesthesia";
  result->edition += ", anesthesia " + factors->info().edition;
  if (const AnesthesiaFactor* national = factors->Find("")) {
    result->anesthesia_national = national->factor;
  }
  PriceResult located;  // the locality, without its GPCI edition
  if (LocalGpci(query, data, &located)) {
    if (const AnesthesiaFactor* local =
            factors->Find(located.locality.mac + located.locality.number)) {
      result->anesthesia_local = local->factor;
      result->locality = located.locality;
    }
  }
  result->notes.push_back(
      "Medicare pays anesthesia as (base units + time units, one per 15 "
      "minutes) times the anesthesia conversion factor (" +
      factors->info().edition + ").");
}

void PriceFromRelativeValues(const RvuTable& table, const RvuEntry& rvu,
                             const PriceQuery& query, const DataSet& data,
                             PriceResult* result) {
  result->schedule = "pfs";
  result->national = Amounts(rvu, nullptr);
  result->patient_share =
      "Medicare pays 80% after the yearly Part B deductible; the patient "
      "pays 20% (coinsurance) unless other coverage pays it.";
  if (const GpciEntry* gpci = LocalGpci(query, data, result)) {
    result->has_local = true;
    result->local = Amounts(rvu, gpci);
    CapAtOpps(query, data, result);
    const int rvu_year = table.info().effective_from.year();
    const int gpci_year = data.gpcis(query.date)->info().effective_from.year();
    if (rvu_year != gpci_year) {
      result->approximate = true;
      result->approximate_reason =
          "The " + std::to_string(rvu_year) + " relative values are used " +
          "with the " + std::to_string(gpci_year) + " GPCIs: no GPCI file of " +
          std::to_string(rvu_year) +
          " is loaded, so the local amount is approximate. The national "
          "amount is exact.";
    }
  }
}

void PriceFromLabSchedule(const LabFeeTable& table, const LabFee& fee,
                          PriceResult* result) {
  result->schedule = "clfs";
  result->edition = "CLFS " + table.info().edition;
  result->notice = table.info().notice;
  result->reason.clear();
  if (fee.local) {
    result->reason =
        "Priced locally by the Medicare contractor: the lab fee schedule "
        "has no national amount for it.";
  } else {
    result->national = PriceAmounts{fee.rate, fee.rate};
  }
  result->patient_share =
      "Nothing for a covered lab test: Medicare pays the lower of the charge "
      "and this amount, without deductible or coinsurance.";
}

// The amount for the place of service asked, local when there is one.
void ChooseAmount(PriceResult* result) {
  if (result->place_of_service.empty() || result->schedule.empty()) return;
  const bool facility = IsFacilityPlace(result->place_of_service);
  result->rate = facility ? "facility" : "non-facility";
  const PriceAmounts& amounts =
      result->has_local ? result->local : result->national;
  result->amount = facility ? amounts.facility : amounts.nonfacility;
  if (result->amount < 0 && result->reason.empty()) {
    result->notes.push_back("The fee schedule has no " + result->rate +
                            " amount: the service is rarely or never done "
                            "there.");
  }
}

}  // namespace

bool IsFacilityPlace(std::string_view place_of_service) {
  return !PfsFieldMeaning("facility-place", place_of_service).empty();
}

PriceResult Price(std::string_view text, const PriceQuery& query,
                  const DataSet& data) {
  PriceResult result;
  result.input = std::string(text);
  result.place_of_service = query.place_of_service;
  const Classification read = ClassifyCodeField(text);
  if (read.shape != Shape::kComplete || read.kind == CodeKind::kModifier) {
    result.error =
        "\"" + std::string(TrimAsciiSpace(text)) + "\" is not a complete code";
    return result;
  }
  result.code = read.code;
  const RvuTable* rvus = data.rvus(query.date);
  const LabFeeTable* labs = data.lab_fees(query.date);
  const auto find = [&](const auto* table, const std::string& modifier) {
    return table ? table->Find(read.code + modifier) : nullptr;
  };
  const RvuEntry* rvu = nullptr;
  const LabFee* lab = nullptr;
  for (const std::string& modifier : read.modifiers) {
    if (!rvu && !lab && (find(rvus, modifier) || find(labs, modifier))) {
      result.modifier = modifier;
      rvu = find(rvus, modifier);
      lab = find(labs, modifier);
    } else {
      result.notes.push_back("Modifier " + modifier +
                             " is not applied to the amount.");
    }
  }
  if (!rvu) rvu = find(rvus, "");
  if (!lab) lab = find(labs, "");
  if (rvus) {
    result.edition = "PFS " + rvus->info().edition;
    result.notice = rvus->info().notice;
  }
  if (rvu) {
    result.status = rvu->status;
    result.status_meaning = std::string(PfsFieldMeaning("status", rvu->status));
    AddIndicators(*rvu, &result);
    if (PaidFromRelativeValues(rvu->status)) {
      PriceFromRelativeValues(*rvus, *rvu, query, data, &result);
    } else {
      result.reason = result.status_meaning;
      if (rvu->status == "J") DescribeAnesthesia(query, data, &result);
    }
  }
  if (lab && result.schedule.empty()) {
    PriceFromLabSchedule(*labs, *lab, &result);
  }
  if (!rvu && !lab) {
    result.reason =
        !rvus && !labs
            ? "No Medicare fee schedule loaded covers " + query.date.ToIso() +
                  "."
            : "Not in the Medicare physician or lab fee schedules loaded: "
              "Medicare may pay it under another schedule (hospital "
              "outpatient, equipment, drugs) or not at all. This does not "
              "mean the code is invalid.";
  }
  ChooseAmount(&result);
  return result;
}

MedicareSchedule MedicareScheduleOf(std::string_view code, Date date,
                                    const DataSet& data) {
  MedicareSchedule result;
  const RvuTable* rvus = data.rvus(date);
  const LabFeeTable* labs = data.lab_fees(date);
  result.loaded = rvus || labs;
  const RvuEntry* rvu = rvus ? rvus->Find(code) : nullptr;
  const LabFee* lab = labs ? labs->Find(code) : nullptr;
  if (rvu && !(rvu->status == "X" && lab)) {
    result.schedule = "pfs";
    result.status = rvu->status;
    result.meaning = std::string(PfsFieldMeaning("status", rvu->status));
    result.edition = "PFS " + rvus->info().edition;
  } else if (lab) {
    result.schedule = "clfs";
    result.meaning = "On the Clinical Laboratory Fee Schedule.";
    result.edition = "CLFS " + labs->info().edition;
  } else if (result.loaded) {
    result.meaning =
        "Not in the Medicare physician or lab fee schedules of this date: a "
        "fact about Medicare's schedules, not proof that the code is "
        "invalid.";
  }
  return result;
}

}  // namespace billcode
