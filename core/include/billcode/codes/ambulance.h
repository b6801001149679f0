// Ambulance codes and their origin/destination modifiers
// (data/ambulance_modifiers.tsv, compiled in).
#ifndef BILLCODE_CODES_AMBULANCE_H_
#define BILLCODE_CODES_AMBULANCE_H_

#include <string>
#include <string_view>

namespace billcode {

// A0021 to A0999: the ambulance and other transportation codes of HCPCS
// Level II section A0.
bool IsAmbulanceCode(std::string_view code);

// True for two letters of the table, the second a place of destination
// ("RH", "SH", "RX"; not "XR").
bool IsAmbulanceOriginDestination(std::string_view modifier);

// "from the patient's residence to a hospital", or "" for any other text.
std::string AmbulanceTripInWords(std::string_view modifier);

}  // namespace billcode

#endif  // BILLCODE_CODES_AMBULANCE_H_
