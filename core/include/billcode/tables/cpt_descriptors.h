// The CPT descriptors of a licensed file the user holds, read on the user's
// device only: billcode never ships or caches them anywhere else.
#ifndef BILLCODE_TABLES_CPT_DESCRIPTORS_H_
#define BILLCODE_TABLES_CPT_DESCRIPTORS_H_

#include <string>

#include "billcode/tables/sorted_table.h"

namespace billcode {

struct CptDescriptor {
  std::string code;  // "99213", "0001F"
  std::string descriptor;
};

// Sorted by code; one descriptor per code (the first the file gives).
class CptDescriptorTable
    : public SortedTable<CptDescriptor, &CptDescriptor::code> {
 public:
  using SortedTable::SortedTable;
};

}  // namespace billcode

#endif  // BILLCODE_TABLES_CPT_DESCRIPTORS_H_
