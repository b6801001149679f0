// What kind of billing code a text is, judged by its structure alone.
#ifndef BILLCODE_CODES_CODE_KIND_H_
#define BILLCODE_CODES_CODE_KIND_H_

#include "billcode/base/enum_names.h"

namespace billcode {

#define BILLCODE_CODE_KINDS(X)    \
  X(kNone, "none")                \
  X(kCptCategory1, "cpt-cat1")    \
  X(kCptCategory2, "cpt-cat2")    \
  X(kCptCategory3, "cpt-cat3")    \
  X(kCptPla, "cpt-pla")           \
  X(kCptMaaa, "cpt-maaa")         \
  X(kHcpcsLevel2, "hcpcs-level2") \
  X(kCdt, "cdt")                  \
  X(kModifier, "modifier")

BILLCODE_ENUM(CodeKind, BILLCODE_CODE_KINDS)

// True for the kinds that are CPT (HCPCS Level I).
bool IsCpt(CodeKind kind);

// HCPCS level: 1 for CPT kinds, 2 for Level II and CDT, 0 otherwise.
// Modifiers carry their level in the classification, not here.
int HcpcsLevel(CodeKind kind);

}  // namespace billcode

#endif  // BILLCODE_CODES_CODE_KIND_H_
