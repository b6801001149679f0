// Lookup(): a classification plus what the loaded releases say about the
// code on a date of service.
#ifndef BILLCODE_CODES_LOOKUP_H_
#define BILLCODE_CODES_LOOKUP_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/base/date.h"
#include "billcode/base/enum_names.h"
#include "billcode/codes/classification.h"
#include "billcode/codes/cpt_deletions.h"
#include "billcode/tables/cpt_descriptors.h"
#include "billcode/tables/hcpcs_release.h"

namespace billcode {

#define BILLCODE_LOOKUP_STATUSES(X)        \
  X(kActive, "active")                     \
  X(kNotYetEffective, "not-yet-effective") \
  X(kTerminated, "terminated")             \
  X(kUnknown, "unknown")                   \
  X(kNoData, "no-data")                    \
  X(kInvalid, "invalid")                   \
  X(kIncomplete, "incomplete")

BILLCODE_ENUM(LookupStatus, BILLCODE_LOOKUP_STATUSES)

// Valid on `date` when added <= date <= termination (no termination date:
// open-ended; no added date: valid from the start).
LookupStatus StatusOnDate(const HcpcsRecord& record, Date date);

// A record of a release; both null when not found.
struct FoundRecord {
  const HcpcsRecord* record = nullptr;
  const HcpcsRelease* release = nullptr;
};

struct ModifierLookup {
  std::string modifier;
  LookupStatus status = LookupStatus::kNoData;
  FoundRecord found;
};

// A code CMS names in place of a terminated one; `found` is empty when no
// loaded release holds it.
struct Replacement {
  std::string code;
  FoundRecord found;
};

// Pointers refer into the ReleaseSet given to Lookup(); they stay valid
// while it lives unchanged.
struct LookupResult {
  Classification classification;
  Date date;
  LookupStatus status = LookupStatus::kInvalid;
  FoundRecord found;
  std::vector<Replacement> replacements;  // for a terminated code
  std::vector<ModifierLookup> modifiers;
  // A CPT code of the project's deletion table (data/cpt_deletions.tsv),
  // else nullptr. It is terminated on dates from its deletion on.
  const CptDeletion* cpt_deletion = nullptr;
  // The user's licensed CPT file used for a CPT code, and the code's row in
  // it (nullptr when the file does not hold the code).
  const CptDescriptorTable* cpt_table = nullptr;
  const CptDescriptor* cpt_descriptor = nullptr;
};

// The last date a terminated code was valid: its record's termination, or
// the day before its CPT deletion.
Date LastValidDate(const LookupResult& result);

// CPT and CDT codes and numeric modifiers are "no-data" (never "active")
// unless the user's licensed CPT file `cpt` is given: then a CPT code in it
// is "active" and one not in it "unknown". A CPT code the project knows was
// deleted is "terminated" from its deletion date on. Level II codes are
// "no-data" too when no release is loaded, and "unknown" when none of them
// holds it.
LookupResult Lookup(std::string_view text, Date date,
                    const ReleaseSet& releases,
                    const CptDescriptorTable* cpt = nullptr);

}  // namespace billcode

#endif  // BILLCODE_CODES_LOOKUP_H_
