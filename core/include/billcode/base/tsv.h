// Tab-separated tables as written in data/.
#ifndef BILLCODE_BASE_TSV_H_
#define BILLCODE_BASE_TSV_H_

#include <string_view>
#include <vector>

namespace billcode {

using TsvRow = std::vector<std::string_view>;

// Rows of `text` split at tabs; blank lines and lines starting with '#' are
// skipped. Views point into `text`.
std::vector<TsvRow> ParseTsv(std::string_view text);

}  // namespace billcode

#endif  // BILLCODE_BASE_TSV_H_
