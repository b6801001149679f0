// Importer of the CMS Place of Service code set as CSV.
#ifndef BILLCODE_IMPORT_PLACE_OF_SERVICE_IMPORT_H_
#define BILLCODE_IMPORT_PLACE_OF_SERVICE_IMPORT_H_

#include <string_view>

#include "billcode/import/import_report.h"
#include "billcode/tables/place_of_service.h"

namespace billcode {

using PlaceOfServiceImport = TableImport<PlaceOfServiceTable>;

// Reads "code,name,description" CSV with a header row.
PlaceOfServiceImport ImportPlaceOfServiceCsv(std::string_view bytes,
                                             ReleaseInfo info);

}  // namespace billcode

#endif  // BILLCODE_IMPORT_PLACE_OF_SERVICE_IMPORT_H_
