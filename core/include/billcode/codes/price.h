// Price(): what Medicare pays for a code on a date, nationally and where
// the patient lives, from the Physician Fee Schedule (relative values x
// GPCIs x conversion factor) or the Clinical Laboratory Fee Schedule; or
// the plain reason there is no amount.
#ifndef BILLCODE_CODES_PRICE_H_
#define BILLCODE_CODES_PRICE_H_

#include <string>
#include <vector>

#include "billcode/base/date.h"
#include "billcode/tables/data_set.h"

namespace billcode {

struct PriceQuery {
  Date date;                     // date of service; required
  std::string zip;               // five digits; "" = none
  std::string locality;          // "MAC:NN" ("01112:05"); "" = none
  std::string place_of_service;  // two digits; "" = both amounts, none used
};

// Amounts in cents; -1 when there is none in that setting.
struct PriceAmounts {
  long long nonfacility = -1;
  long long facility = -1;
};

struct PriceLocality {
  std::string mac;
  std::string number;  // two digits
  std::string name;
  std::string state;
};

// A coded indicator of the relative value file and what it means.
struct PriceIndicator {
  std::string name;  // "pctc", "multipleProcedure", "bilateral", ...
  int code = 9;
  std::string meaning;
};

struct PriceResult {
  std::string input;
  std::string code;
  std::string modifier;  // the modifier priced (26, TC, 53, QW), or ""
  std::string error;     // bad input (a ZIP not in the file ...): no price
  std::string schedule;  // "pfs", "clfs", "anesthesia" (factors only), or
                         // "" when no schedule prices it
  std::string status;    // PFS status code, "" when not in the PFS
  std::string status_meaning;
  std::string reason;  // why there is no amount, plain words; "" if priced
  PriceAmounts national;
  bool has_local = false;
  PriceAmounts local;
  PriceLocality locality;
  bool approximate = false;  // the local amount mixes editions
  std::string approximate_reason;
  std::string place_of_service;  // as asked
  std::string rate;              // "facility" or "non-facility" for it
  long long amount = -1;  // for the place of service: local, else national
  std::string global_days;
  std::string global_meaning;
  std::vector<PriceIndicator> indicators;
  std::string patient_share;
  // Anesthesia (status J): the conversion factors of (base units + time
  // units) x factor, in ten-thousandths of a dollar; -1 when not known.
  long long anesthesia_national = -1;
  long long anesthesia_local = -1;
  std::vector<std::string> notes;  // e.g. a modifier not applied
  std::string edition;             // the editions used, by name
  std::string notice;              // copyright notice of the data shown
};

// Prices `text` ("99213", "71046-26", "87880QW") on `query.date`.
PriceResult Price(std::string_view text, const PriceQuery& query,
                  const DataSet& data);

// What the Medicare fee schedules of a date say of a code, for lookups: a
// CPT code in one of them is known to Medicare on that date.
struct MedicareSchedule {
  bool loaded = false;   // a PFS or CLFS edition covers the date
  std::string schedule;  // "pfs", "clfs", or "" when in neither
  std::string status;    // the PFS status letter; "" for a lab-only code
  std::string meaning;   // plain words
  std::string edition;
};

// The schedule row of a complete code (`code` without modifiers).
MedicareSchedule MedicareScheduleOf(std::string_view code, Date date,
                                    const DataSet& data);

// The places of service paid at the facility rate (hospital, ASC, SNF,
// ...): CMS Claims Processing Manual ch. 12 section 20.4.2.
bool IsFacilityPlace(std::string_view place_of_service);

}  // namespace billcode

#endif  // BILLCODE_CODES_PRICE_H_
