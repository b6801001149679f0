// The CMS Place of Service code set (two digits, e.g. 11 = Office).
#ifndef BILLCODE_PLACE_OF_SERVICE_H_
#define BILLCODE_PLACE_OF_SERVICE_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/hcpcs_import.h"
#include "billcode/hcpcs_release.h"

namespace billcode {

struct PlaceOfService {
  std::string code;
  std::string name;
  std::string description;
};

class PlaceOfServiceTable {
 public:
  PlaceOfServiceTable() = default;
  PlaceOfServiceTable(ReleaseInfo info, std::vector<PlaceOfService> places);
  const ReleaseInfo& info() const { return info_; }
  // Sorted by code.
  const std::vector<PlaceOfService>& places() const { return places_; }
  const PlaceOfService* Find(std::string_view code) const;

 private:
  ReleaseInfo info_;
  std::vector<PlaceOfService> places_;
};

using PlaceOfServiceImport = TableImport<PlaceOfServiceTable>;

// Reads "code,name,description" CSV with a header row.
PlaceOfServiceImport ImportPlaceOfServiceCsv(std::string_view bytes,
                                             ReleaseInfo info);

}  // namespace billcode

#endif  // BILLCODE_PLACE_OF_SERVICE_H_
