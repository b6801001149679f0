// NCCI procedure-to-procedure edits: pairs of codes not billed together for
// one patient on one date. The CMS files are licensed; users supply them.
#ifndef BILLCODE_NCCI_PTP_H_
#define BILLCODE_NCCI_PTP_H_

#include <string>
#include <string_view>
#include <vector>

#include "billcode/hcpcs_import.h"
#include "billcode/hcpcs_release.h"

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

class PtpTable {
 public:
  PtpTable() = default;
  // Sorts `edits` by (column 1, column 2).
  PtpTable(ReleaseInfo info, std::vector<PtpEdit> edits);
  const ReleaseInfo& info() const { return info_; }
  const std::vector<PtpEdit>& edits() const { return edits_; }
  // Every edit of the pair, in file order of effective dates.
  std::vector<const PtpEdit*> Find(std::string_view column1,
                                   std::string_view column2) const;

 private:
  ReleaseInfo info_;
  std::vector<PtpEdit> edits_;
};

using PtpImport = TableImport<PtpTable>;

// Reads the CMS PTP text file: tab-delimited, Latin-1, notice and header
// lines first, then column 1, column 2, prior-to-1996 flag, effective date,
// deletion date ("*" = none), modifier indicator, rationale.
PtpImport ImportPtpText(std::string_view bytes, ReleaseInfo info);

}  // namespace billcode

#endif  // BILLCODE_NCCI_PTP_H_
