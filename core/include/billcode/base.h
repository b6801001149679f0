// Module base: text and UTF-8 helpers, dates, CSV and TSV parsing, enum
// names, and the project's own tables of data/ compiled in. Uses nothing
// else of billcode.
#ifndef BILLCODE_BASE_H_
#define BILLCODE_BASE_H_

#include "billcode/base/csv.h"  // IWYU pragma: export
#include "billcode/base/date.h"  // IWYU pragma: export
#include "billcode/base/embedded_data.h"  // IWYU pragma: export
#include "billcode/base/enum_names.h"  // IWYU pragma: export
#include "billcode/base/text.h"  // IWYU pragma: export
#include "billcode/base/tsv.h"  // IWYU pragma: export

#endif  // BILLCODE_BASE_H_
