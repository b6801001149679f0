// Module codes: what a typed code is (input scanner, classification, code
// kinds, sections), its status on a date (lookup), completions while
// typing and explanations for patients. Uses base and tables.
#ifndef BILLCODE_CODES_H_
#define BILLCODE_CODES_H_

#include "billcode/codes/ambulance.h"  // IWYU pragma: export
#include "billcode/codes/classification.h"  // IWYU pragma: export
#include "billcode/codes/code_kind.h"  // IWYU pragma: export
#include "billcode/codes/cpt_deletions.h"  // IWYU pragma: export
#include "billcode/codes/explanation.h"  // IWYU pragma: export
#include "billcode/codes/input_scanner.h"  // IWYU pragma: export
#include "billcode/codes/lookup.h"  // IWYU pragma: export
#include "billcode/codes/not_otherwise_classified.h"  // IWYU pragma: export
#include "billcode/codes/sections.h"  // IWYU pragma: export
#include "billcode/codes/typing.h"  // IWYU pragma: export

#endif  // BILLCODE_CODES_H_
