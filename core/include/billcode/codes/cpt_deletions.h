// CPT codes deleted since 2017 that the project knows of
// (data/cpt_deletions.tsv, compiled in): code numbers and dates only.
#ifndef BILLCODE_CODES_CPT_DELETIONS_H_
#define BILLCODE_CODES_CPT_DELETIONS_H_

#include <string>
#include <string_view>

#include "billcode/base/date.h"

namespace billcode {

struct CptDeletion {
  std::string code;
  Date deleted;  // the first date it is not valid
  std::string source;
};

// The deletion of `code`, or nullptr when the table does not list it (which
// says nothing about whether the code exists).
const CptDeletion* FindCptDeletion(std::string_view code);

}  // namespace billcode

#endif  // BILLCODE_CODES_CPT_DELETIONS_H_
