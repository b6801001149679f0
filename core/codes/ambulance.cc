#include "billcode/codes/ambulance.h"

#include <vector>

#include "billcode/base/embedded_data.h"
#include "billcode/base/tsv.h"

namespace billcode {
namespace {

struct Place {
  char letter;
  bool origin;  // may also stand first
  std::string meaning;
};

const std::vector<Place>& Places() {
  static const std::vector<Place>* places = [] {
    auto* list = new std::vector<Place>();
    for (const TsvRow& row : ParseTsv(embedded::AmbulanceModifiersTsv())) {
      if (row.size() < 3 || row[0].size() != 1) continue;
      list->push_back(Place{row[0][0], row[1] == "both", std::string(row[2])});
    }
    return list;
  }();
  return *places;
}

const Place* Find(char letter) {
  for (const Place& place : Places()) {
    if (place.letter == letter) return &place;
  }
  return nullptr;
}

}  // namespace

bool IsAmbulanceCode(std::string_view code) {
  return code.size() == 5 && code[0] == 'A' && code[1] == '0' &&
         code.substr(1) >= "0021" && code.substr(1) <= "0999";
}

bool IsAmbulanceOriginDestination(std::string_view modifier) {
  if (modifier.size() != 2) return false;
  const Place* from = Find(modifier[0]);
  return from && from->origin && Find(modifier[1]);
}

std::string AmbulanceTripInWords(std::string_view modifier) {
  if (!IsAmbulanceOriginDestination(modifier)) return "";
  return "from " + Find(modifier[0])->meaning + " to " +
         Find(modifier[1])->meaning;
}

}  // namespace billcode
