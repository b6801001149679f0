// The CMS Place of Service code set (two digits, e.g. 11 = Office).
#ifndef BILLCODE_TABLES_PLACE_OF_SERVICE_H_
#define BILLCODE_TABLES_PLACE_OF_SERVICE_H_

#include <string>
#include <vector>

#include "billcode/tables/sorted_table.h"

namespace billcode {

struct PlaceOfService {
  std::string code;
  std::string name;
  std::string description;
};

// Sorted by code.
class PlaceOfServiceTable
    : public SortedTable<PlaceOfService, &PlaceOfService::code> {
 public:
  using SortedTable::SortedTable;
  const std::vector<PlaceOfService>& places() const { return entries(); }
};

}  // namespace billcode

#endif  // BILLCODE_TABLES_PLACE_OF_SERVICE_H_
