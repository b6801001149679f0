#include "billcode/base/file_kind.h"

namespace billcode {

FileKind FileKindOf(std::string_view bytes) {
  const auto starts = [&](std::string_view magic) {
    return bytes.substr(0, magic.size()) == magic;
  };
  if (starts("%PDF-")) return FileKind::kPdf;
  if (starts("\x89PNG") || starts("\xFF\xD8\xFF") || starts("GIF8") ||
      starts(std::string_view("II*\0", 4)) ||
      starts(std::string_view("MM\0*", 4)) ||
      (bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp")) {
    return FileKind::kImage;
  }
  if (starts("PK\x03\x04")) {
    return bytes.substr(0, 4096).find("xl/") != std::string_view::npos
               ? FileKind::kExcel
               : FileKind::kZip;
  }
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return FileKind::kOffice1997;
  return FileKind::kText;
}

}  // namespace billcode
