// What the loaded data knows of a code found on a bill, and how OCR damage
// in one is read (private to the bills module).
#ifndef BILLCODE_BILLS_BILL_CODES_H_
#define BILLCODE_BILLS_BILL_CODES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "billcode/tables/data_set.h"

namespace billcode::bills {

// A procedure code and the modifiers written with it.
struct CodeWithModifiers {
  std::string code;
  std::vector<std::string> modifiers;
};

// "99213", "99213-25", "99213-25-59", "29881RT", "E0114RRNU": a complete
// CPT, CDT or Level II code with its modifiers; nullopt for anything else.
std::optional<CodeWithModifiers> ReadProcedureCode(std::string_view text);

// Whether any loaded release or schedule (HCPCS, fee schedules, lab fees,
// MUE) holds the procedure code, on any date.
bool IsKnownProcedure(std::string_view code, const DataSet& data);
bool HasProcedureData(const DataSet& data);

// Whether any loaded ICD-10-CM edition holds the code (without its dot) as
// billable or as a category of longer codes.
bool IsKnownDiagnosis(std::string_view code, const DataSet& data);
bool HasDiagnosisData(const DataSet& data);

// A two-character text that is a modifier: in the loaded HCPCS releases, or
// one of the common CPT and Level II modifiers when none is loaded.
bool IsModifier(std::string_view text, const DataSet& data);

// OCR damage read back: 'O' for 0, 'I' and 'L' for 1, 'Z' for 2, 'S' for
// 5, 'G' for 6, 'B' for 8, where the result is a procedure code the data
// knows; nullopt otherwise.
std::optional<std::string> RepairOcrCode(std::string_view text,
                                         const DataSet& data);

// The same for a diagnosis without its dot ("E1L9", "J02O", "IL0"): 'O',
// 'I' and 'L' after its first character and the letters above in its
// second and third (in any later one when that fails), at most two of
// them and with a real digit, where the result is a code a loaded
// ICD-10-CM edition knows.
std::optional<std::string> RepairOcrDiagnosis(std::string_view code,
                                              const DataSet& data);

}  // namespace billcode::bills

#endif  // BILLCODE_BILLS_BILL_CODES_H_
