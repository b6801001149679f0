// The project's own tables from data/, compiled into the library at build
// time (see core/CMakeLists.txt), so classification needs no files.
#ifndef BILLCODE_BASE_EMBEDDED_DATA_H_
#define BILLCODE_BASE_EMBEDDED_DATA_H_

#include <string_view>

namespace billcode::embedded {

std::string_view CptSectionsTsv();       // data/cpt_sections.tsv
std::string_view Level2SectionsTsv();    // data/level2_sections.tsv
std::string_view CodeKindsTsv();         // data/code_kinds.tsv
std::string_view HcpcsFieldValuesTsv();  // data/hcpcs_field_values.tsv
// data/medicare_level2_alternatives.tsv
std::string_view MedicareLevel2AlternativesTsv();
std::string_view AmbulanceModifiersTsv();  // data/ambulance_modifiers.tsv
std::string_view CptDeletionsTsv();        // data/cpt_deletions.tsv
std::string_view PfsFieldValuesTsv();      // data/pfs_field_values.tsv
std::string_view RevenueCodesTsv();        // data/revenue_codes.tsv
// data/medicare_vaccine_administration.tsv
std::string_view MedicareVaccineAdministrationTsv();
std::string_view AdjustmentReasonsTsv();  // data/adjustment_reasons.tsv

}  // namespace billcode::embedded

#endif  // BILLCODE_BASE_EMBEDDED_DATA_H_
