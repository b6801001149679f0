// classifyBatch()'s summary mode across the boundary without JSON: numbers
// in typed arrays and one string, decoded by wasm/billcode.js
// (#decodeSummaries).
#ifndef BILLCODE_WASM_BATCH_SUMMARIES_H_
#define BILLCODE_WASM_BATCH_SUMMARIES_H_

#include <emscripten/val.h>

#include <string_view>

#include "billcode/base/date.h"
#include "billcode/tables/data_set.h"

namespace billcode {

// The summary of every text of `texts` (separated by U+001E) on `date`:
// {items, lengths, text, newSections, newRecords, generation}.
//  - items: Uint32Array, two words per text. Word 0: code kind (bits 0-7),
//    lookup status (8-15), section number + 1 (16-27, 0 = none), and which
//    strings the text has in `text` (bit 28: its code, when it has no
//    record; 29: its modifiers; 30: its replacement codes). Word 1: its
//    record's number + 1 (0 = none).
//  - text holds strings one after another, and lengths their lengths in
//    UTF-16 units: first the ids of the sections numbered for the first
//    time (newSections of them), then the code and short description of
//    each record numbered for the first time (newRecords pairs), then each
//    text's own strings in order (modifiers and replacements comma-joined).
// Sections keep their numbers for good; records keep theirs until the data
// changes (DataChanged()), which starts a new generation.
// The typed arrays view the module's memory: read them before the next call.
emscripten::val SummarizeBatch(std::string_view texts, Date date,
                               const DataSet& data);

// Forgets the record numbers: called whenever tables are added or removed.
void DataChanged();

}  // namespace billcode

#endif  // BILLCODE_WASM_BATCH_SUMMARIES_H_
