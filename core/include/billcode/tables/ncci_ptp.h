// NCCI procedure-to-procedure edits: pairs of codes not billed together for
// one patient on one date. The CMS files are licensed; users supply them.
#ifndef BILLCODE_TABLES_NCCI_PTP_H_
#define BILLCODE_TABLES_NCCI_PTP_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/base/date.h"
#include "billcode/tables/sorted_table.h"

namespace billcode {

struct PtpEdit {
  std::string column1;
  std::string column2;  // the code that is denied
  Date effective;
  Date deletion;               // empty = still active ("*" in the file)
  int modifier_indicator = 0;  // 0 not allowed, 1 allowed, 9 not applicable
  std::string rationale;
};

bool IsActiveOn(const PtpEdit& edit, Date date);

// Sorted by (column 1, column 2); edits of one pair keep file order.
class PtpTable : public SortedTable<PtpEdit, &PtpEdit::column1> {
 public:
  PtpTable() = default;
  PtpTable(ReleaseInfo info, std::vector<PtpEdit> edits);
  const std::vector<PtpEdit>& edits() const { return entries(); }
  // Every edit of the pair, in file order.
  std::vector<const PtpEdit*> Find(std::string_view column1,
                                   std::string_view column2) const;
};

}  // namespace billcode

#endif  // BILLCODE_TABLES_NCCI_PTP_H_
