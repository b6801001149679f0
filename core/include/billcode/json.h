// Module json: the JSON writer and every output shape (classification,
// lookup, typing, import summaries, claim reports, versions). Uses every
// module below it.
#ifndef BILLCODE_JSON_H_
#define BILLCODE_JSON_H_

#include "billcode/json/json_output.h"  // IWYU pragma: export
#include "billcode/json/json_writer.h"  // IWYU pragma: export

#endif  // BILLCODE_JSON_H_
