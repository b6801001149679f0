// Cards whose text gives each label on a line and its value on the next,
// as a web page's lists of terms copy ("Plan paid", "$121.28", "Your
// cost", "$30.32" ...) (private to the bills module).
#ifndef BILLCODE_BILLS_BILL_LABEL_LINES_H_
#define BILLCODE_BILLS_BILL_LABEL_LINES_H_

#include <vector>

#include "bill_stacked_cells.h"

namespace billcode::bills {

// `lines` with each such label and value written as one line, "Label:
// value", numbered as the label's line. A card is a run of label and value
// pairs without a blank line: the label a few words without a digit, the
// value any line; two of its values at least are amounts that their
// labels name as an Explanation of Benefits' ("Plan paid", "Your cost",
// "Network discount"). Other lines stay as they are.
std::vector<NumberedLine> JoinLabelledValues(std::vector<NumberedLine> lines);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_LABEL_LINES_H_
