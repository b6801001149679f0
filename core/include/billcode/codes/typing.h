// The as-you-type state of an input: its classification and completions
// from the loaded releases.
#ifndef BILLCODE_CODES_TYPING_H_
#define BILLCODE_CODES_TYPING_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/codes/lookup.h"

namespace billcode {

struct Completion {
  std::string code;
  std::string short_description;
  LookupStatus status = LookupStatus::kActive;  // on the given date
};

struct TypingState {
  Classification classification;
  std::vector<Completion> completions;  // in code order, at most `limit`
};

// Completions are Level II procedure codes that start with the typed code
// (newest release first; a code appears once). CPT and CDT get none: no
// licensed list is loaded.
TypingState Typing(std::string_view text, Date date, const ReleaseSet& releases,
                   size_t limit);

}  // namespace billcode

#endif  // BILLCODE_CODES_TYPING_H_
