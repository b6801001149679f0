#include "billcode/codes/code_kind.h"

namespace billcode {

bool IsCpt(CodeKind kind) {
  switch (kind) {
    case CodeKind::kCptCategory1:
    case CodeKind::kCptCategory2:
    case CodeKind::kCptCategory3:
    case CodeKind::kCptPla:
    case CodeKind::kCptMaaa:
      return true;
    default:
      return false;
  }
}

int HcpcsLevel(CodeKind kind) {
  if (IsCpt(kind)) return 1;
  if (kind == CodeKind::kHcpcsLevel2 || kind == CodeKind::kCdt) return 2;
  return 0;
}

}  // namespace billcode
