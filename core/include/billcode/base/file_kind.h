// What kind of file a user gave, by its first bytes: text, or one of the
// binary files people hold instead of a claim or a bill's text.
#ifndef BILLCODE_BASE_FILE_KIND_H_
#define BILLCODE_BASE_FILE_KIND_H_

#include <string_view>

namespace billcode {

enum class FileKind {
  kText,        // anything else
  kPdf,         // %PDF-
  kImage,       // PNG, JPEG, GIF, TIFF, HEIC and other ISO media
  kExcel,       // .xlsx: a ZIP that holds xl/
  kZip,         // another ZIP archive (.docx, a folder of files)
  kOffice1997,  // .xls, .doc: an OLE2 compound file
};

FileKind FileKindOf(std::string_view bytes);

}  // namespace billcode

#endif  // BILLCODE_BASE_FILE_KIND_H_
