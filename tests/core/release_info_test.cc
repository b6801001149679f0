#include <gtest/gtest.h>

#include "billcode/import/hcpcs_import.h"

namespace billcode {
namespace {

TEST(ReleaseInfoFromFileName, NamesEditionsOfCmsFiles) {
  const struct {
    const char* file;
    const char* edition;
    int date;
  } cases[] = {
      {"HCPC2026_JAN_ANWEB_01122026.txt", "2026-JAN", 20260101},
      {"/data/hcpcs/HCPC2026_JAN_ANWEB_01122026.txt", "2026-JAN", 20260101},
      {"HCPC2025_OCT_ANWEB_v4.txt", "2025-OCT", 20251001},
      {"HCPC17_CONTR_ANWEB.txt", "2017", 20170101},
      {"HCPC2018_CONTR_ANWEB_disc.txt", "2018", 20180101},
      {"HCPC2020_ANWEB_w_disclaimer.txt", "2020", 20200101},
      {"my_release.txt", "my_release", 0},
      {"HCPCX.txt", "HCPCX", 0},
  };
  for (const auto& c : cases) {
    const ReleaseInfo info = ReleaseInfoFromFileName(c.file);
    EXPECT_EQ(info.edition, c.edition) << c.file;
    EXPECT_EQ(info.release_date.packed(), c.date) << c.file;
  }
}

}  // namespace
}  // namespace billcode
