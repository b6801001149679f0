// Helpers shared by the importers of the official CSV and text files.
#ifndef BILLCODE_IMPORT_REFERENCE_IMPORT_H_
#define BILLCODE_IMPORT_REFERENCE_IMPORT_H_

#include <string>
#include <string_view>

#include "billcode/base/csv.h"
#include "billcode/tables/hcpcs_release.h"

namespace billcode {

// The file name without folders.
std::string_view BaseName(std::string_view path);

// `info` named after the file, with `edition` and date, checksum of bytes.
ReleaseInfo SourceInfo(std::string_view path, std::string edition,
                       Date release_date);

// Trimmed cell text (of a file already decoded by TextAsUtf8()).
std::string CleanCell(std::string_view cell);

// "" for a well-formed CSV, else its error with the line ("a quoted cell
// is not closed (line 3)").
std::string CsvErrorText(const CsvParse& csv);

// A well-formed HCPCS/CPT code: five letters or digits.
bool IsFiveCharacterCode(std::string_view code);

}  // namespace billcode

#endif  // BILLCODE_IMPORT_REFERENCE_IMPORT_H_
