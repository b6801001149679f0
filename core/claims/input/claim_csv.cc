// CSV claims: a header row, then one row per line. Columns (README "Claim
// input formats"): code (required), modifiers, units, charge,
// dateOfService, dateTo, placeOfService, diagnosisPointers, ndc,
// description, and the claim-level claimId, payer, setting, frequency,
// originalClaim and diagnoses, which must agree on every row of a claim that
// gives them. Rows with the same claimId are one claim (in the order of their
// first row); without that column the file is one claim. Headers match without
// case, spaces or punctuation, and by common export names (CPT, QTY, DOS, POS,
// Mod1-4, Dx1-12 ...); a column map names others. Modifier and diagnosis
// columns may repeat. Lists are separated by ";", "|", "," or spaces. Columns
// that are none of these are passed over with a note. Exports as they come: the
// delimiter may be a comma, tab, semicolon or pipe (the most frequent in
// the first lines); title rows before the header are passed over (the
// header is the first of the first 10 rows with a code column); U.S. dates
// (MM/DD/YYYY or MM/DD/YY), YYYYMMDD and date-times are read as dates, and
// charges written "$1,250.00" as 1250.00, each with a note.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "billcode/base/csv.h"
#include "billcode/base/date.h"
#include "billcode/base/text.h"
#include "billcode/claims/input/claim_input.h"
#include "claim_readers.h"

namespace billcode {
namespace {

enum class Column {
  kCode,
  kModifiers,
  kUnits,
  kCharge,
  kDateOfService,
  kDateTo,
  kPlaceOfService,
  kDiagnosisPointers,
  kNdc,
  kDescription,
  kRevenue,    // a NUBC revenue code (hospital lines)
  kPayer,      // a payer class, or a plan's name
  kPayerName,  // "Medicare Part B", "Aetna": its payer class
  kSetting,
  kFrequency,      // 1 original, 7 replacement, 8 void
  kOriginalClaim,  // the payer's number of the claim corrected
  kDiagnoses,
  kNpi,       // a provider's NPI, its role in the header ("Rendering NPI")
  kMemberId,  // the subscriber's ID with the payer (Medicare: the MBI)
  kClaimId,
  kAccount,  // a patient's account: groups rows when no claim id does
  kIgnored
};

// The billcode column names (the CSV header of our own exports).
const std::map<std::string, Column> kColumns = {
    {"code", Column::kCode},
    {"modifiers", Column::kModifiers},
    {"units", Column::kUnits},
    {"charge", Column::kCharge},
    {"dateOfService", Column::kDateOfService},
    {"dateTo", Column::kDateTo},
    {"placeOfService", Column::kPlaceOfService},
    {"diagnosisPointers", Column::kDiagnosisPointers},
    {"ndc", Column::kNdc},
    {"description", Column::kDescription},
    {"revenueCode", Column::kRevenue},
    {"payer", Column::kPayer},
    {"memberId", Column::kMemberId},
    {"setting", Column::kSetting},
    {"diagnoses", Column::kDiagnoses},
    {"claimId", Column::kClaimId},
    {"frequency", Column::kFrequency},
    {"originalClaim", Column::kOriginalClaim},
};

// Lowercase letters and digits only: "Date of Service" -> "dateofservice".
std::string Normalized(std::string_view name) {
  std::string key;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      key.push_back(
          static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return key;
}

// Header names of common practice-management and clearinghouse exports,
// normalized.
const std::map<std::string, Column> kAliases = {
    {"cpt", Column::kCode},
    {"hcpcs", Column::kCode},
    {"cpthcpcs", Column::kCode},
    {"cptcode", Column::kCode},
    {"hcpcscode", Column::kCode},
    {"cpthcpcscode", Column::kCode},
    {"procedure", Column::kCode},
    {"procedurecode", Column::kCode},
    {"proccode", Column::kCode},
    {"servicecode", Column::kCode},
    {"modifier", Column::kModifiers},
    {"mod", Column::kModifiers},
    {"qty", Column::kUnits},
    {"quantity", Column::kUnits},
    {"unit", Column::kUnits},
    {"serviceunits", Column::kUnits},
    {"daysorunits", Column::kUnits},
    {"unitsdays", Column::kUnits},
    {"unitsordays", Column::kUnits},
    {"billedunits", Column::kUnits},
    {"charges", Column::kCharge},
    {"chargeamount", Column::kCharge},
    {"billedamount", Column::kCharge},
    {"linecharge", Column::kCharge},
    {"amount", Column::kCharge},
    {"dos", Column::kDateOfService},
    {"dosfrom", Column::kDateOfService},
    {"servicedate", Column::kDateOfService},
    {"fromdate", Column::kDateOfService},
    {"datefrom", Column::kDateOfService},
    {"dosto", Column::kDateTo},
    {"todate", Column::kDateTo},
    {"thrudate", Column::kDateTo},
    {"throughdate", Column::kDateTo},
    {"pos", Column::kPlaceOfService},
    {"dxpointer", Column::kDiagnosisPointers},
    {"dxpointers", Column::kDiagnosisPointers},
    {"diagnosispointer", Column::kDiagnosisPointers},
    {"pointers", Column::kDiagnosisPointers},
    {"pointer", Column::kDiagnosisPointers},
    {"dxptr", Column::kDiagnosisPointers},
    {"diagptr", Column::kDiagnosisPointers},
    {"diagnosisptr", Column::kDiagnosisPointers},
    {"diagnosispointers", Column::kDiagnosisPointers},
    {"ndccode", Column::kNdc},
    {"desc", Column::kDescription},
    {"servicedescription", Column::kDescription},
    {"diagnosis", Column::kDiagnoses},
    {"diagnosiscode", Column::kDiagnoses},
    {"diagnosiscodes", Column::kDiagnoses},
    {"diag", Column::kDiagnoses},
    {"diagcode", Column::kDiagnoses},
    {"dx", Column::kDiagnoses},
    {"dxcode", Column::kDiagnoses},
    {"dxcodes", Column::kDiagnoses},
    {"icd", Column::kDiagnoses},
    {"icd10", Column::kDiagnoses},
    {"icd10cm", Column::kDiagnoses},
    {"icd10code", Column::kDiagnoses},
    {"icd10dx", Column::kDiagnoses},
    {"icd10diagnosis", Column::kDiagnoses},
    {"primarydiagnosis", Column::kDiagnoses},
    {"payername", Column::kPayerName},
    {"payor", Column::kPayerName},
    {"payorname", Column::kPayerName},
    {"primarypayer", Column::kPayerName},
    {"insurance", Column::kPayerName},
    {"insurancename", Column::kPayerName},
    {"insname", Column::kPayerName},
    {"primaryinsurance", Column::kPayerName},
    {"insurer", Column::kPayerName},
    {"frequencycode", Column::kFrequency},
    {"claimfrequency", Column::kFrequency},
    {"claimfrequencycode", Column::kFrequency},
    {"resubmissioncode", Column::kFrequency},
    {"originalrefno", Column::kOriginalClaim},
    {"originalreferencenumber", Column::kOriginalClaim},
    {"originalclaimnumber", Column::kOriginalClaim},
    {"originalclaimid", Column::kOriginalClaim},
    {"payerclaimcontrolnumber", Column::kOriginalClaim},
    {"icn", Column::kOriginalClaim},
    {"originalicn", Column::kOriginalClaim},
    {"claim", Column::kClaimId},
    {"claimnumber", Column::kClaimId},
    {"claimno", Column::kClaimId},
    {"claimnum", Column::kClaimId},
    {"patientcontrolnumber", Column::kClaimId},  // CLM01 of an 837
    {"patientcontrolno", Column::kClaimId},
    {"encounter", Column::kClaimId},
    {"encounterid", Column::kClaimId},
    {"encounternumber", Column::kClaimId},
    {"encounterno", Column::kClaimId},
    {"visitid", Column::kClaimId},
    {"visitnumber", Column::kClaimId},
    {"visitno", Column::kClaimId},
    {"ticket", Column::kClaimId},
    {"ticketnumber", Column::kClaimId},
    {"ticketno", Column::kClaimId},
    {"superbillnumber", Column::kClaimId},
    {"account", Column::kAccount},
    {"accountnumber", Column::kAccount},
    {"accountno", Column::kAccount},
    {"acct", Column::kAccount},
    {"acctnumber", Column::kAccount},
    {"acctno", Column::kAccount},
    {"patientaccount", Column::kAccount},
    {"patientaccountnumber", Column::kAccount},
    {"patientaccountno", Column::kAccount},
    {"patientacct", Column::kAccount},
    {"patientacctno", Column::kAccount},
};

// A date of service column named with its end ("Service Date From",
// "From Date of Service", "DOS Thru", "Svc Date To"), normalized.
std::optional<Column> ServiceDateColumn(const std::string& key) {
  static constexpr std::string_view kDates[] = {
      "dateofservice", "servicedate", "svcdate", "servicedt",
      "svcdt",         "dateofsvc",   "dos"};
  static constexpr std::string_view kStarts[] = {"", "from", "start", "begin"};
  static constexpr std::string_view kEnds[] = {"to", "thru", "through", "end"};
  for (const std::string_view date : kDates) {
    const size_t at = key.find(date);
    if (at == std::string::npos) continue;
    const std::string rest = key.substr(0, at) + key.substr(at + date.size());
    const auto is = [&rest](std::string_view word) { return rest == word; };
    if (std::any_of(std::begin(kStarts), std::end(kStarts), is)) {
      return Column::kDateOfService;
    }
    if (std::any_of(std::begin(kEnds), std::end(kEnds), is)) {
      return Column::kDateTo;
    }
  }
  return std::nullopt;
}

// The column a header names: the billcode name, an alias, a date of
// service with its end, or a numbered modifier or diagnosis column (Mod1,
// Modifier 2, M3, Dx1, ICD-10 3 ...).
std::optional<Column> ColumnNamed(std::string_view header) {
  const std::string key = Normalized(header);
  for (const auto& [name, column] : kColumns) {
    if (Normalized(name) == key) return column;
  }
  if (const auto it = kAliases.find(key); it != kAliases.end()) {
    return it->second;
  }
  if (const auto date = ServiceDateColumn(key)) return date;
  size_t digits = key.size();
  while (digits > 0 &&
         std::isdigit(static_cast<unsigned char>(key[digits - 1]))) {
    --digits;
  }
  if (digits < key.size()) {
    // "M1" to "M4": the CMS-1500's four modifier boxes, as PM systems
    // export them.
    if (key.substr(0, digits) == "m" && key.size() == 2 && key[1] >= '1' &&
        key[1] <= '4') {
      return Column::kModifiers;
    }
    const auto it = kAliases.find(key.substr(0, digits));
    const auto own = kColumns.find(key.substr(0, digits));
    const std::optional<Column> base =
        it != kAliases.end()    ? std::optional<Column>(it->second)
        : own != kColumns.end() ? std::optional<Column>(own->second)
                                : std::nullopt;
    if (base == Column::kModifiers || base == Column::kDiagnoses ||
        base == Column::kDiagnosisPointers) {
      return base;
    }
  }
  return std::nullopt;
}

// The lowercase words of a header: "Procedure Code (CPT/HCPCS)" ->
// procedure, code, cpt, hcpcs.
std::vector<std::string> HeaderWords(std::string_view header) {
  std::vector<std::string> words(1);
  for (const char c : header) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      words.back().push_back(
          static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// The field a header no alias names most likely holds, from its words
// ("Total Charges", "Units of Service", "POS Code", "Rev Code", "Primary
// Dx", "Carrier", "Primary Ins"): the column of a claim field, or nullopt.
// Amounts allowed, paid or owed are no charge; names and descriptions of a
// place or payer are not their codes.
std::optional<Column> GuessedColumn(std::string_view header) {
  const std::vector<std::string> words = HeaderWords(header);
  const auto has = [&words](std::initializer_list<std::string_view> any) {
    return std::any_of(words.begin(), words.end(), [&any](const auto& word) {
      return std::find(any.begin(), any.end(), word) != any.end();
    });
  };
  const std::string key = Normalized(header);
  if (has({"npi"})) return Column::kNpi;
  // "Member ID", "Subscriber ID", "Medicare ID", "MBI", "Policy Number":
  // not a group's, a payer's or a provider's number.
  if (has({"mbi", "hicn"}) ||
      (has({"member", "subscriber", "insured", "policy", "medicare"}) &&
       has({"id", "number", "no", "num"}) &&
       !has({"group", "name", "payer", "provider"}))) {
    return Column::kMemberId;
  }
  const bool describes = has({"description", "desc", "name", "narrative"});
  const bool procedure = has({"cpt", "hcpcs", "proc", "procedure"});
  // "Primary Payer Name", "Carrier", "Primary Ins": not its ID or address.
  const bool payer_name =
      (has({"payer", "payor", "insurance", "ins", "carrier", "insurer",
            "plan"}) ||
       key == "financialclass") &&
      !has({"id", "number", "no", "group", "member", "policy", "subscriber",
            "address", "phone", "paid", "payment", "pmt", "balance", "bal"});
  if (describes) {
    if (procedure || has({"service", "svc", "line", "item"})) {
      return Column::kDescription;
    }
    return payer_name ? std::optional<Column>(Column::kPayerName)
                      : std::nullopt;
  }
  if (has({"rev", "revenue"})) return Column::kRevenue;
  if (has({"dx", "diagnosis", "diag", "icd", "icd10"})) {
    return has({"pointer", "pointers", "ptr"}) ? Column::kDiagnosisPointers
                                               : Column::kDiagnoses;
  }
  if (has({"modifier", "modifiers", "mod", "mods"})) return Column::kModifiers;
  if (has({"ndc"})) return Column::kNdc;
  if (has({"charge", "charges", "chg", "amount", "amt", "billed", "fee",
           "fees"})) {
    const bool other_amount = has(
        {"allowed",        "paid",  "payment",     "payments",   "adjustment",
         "adjustments",    "adj",   "balance",     "due",        "contractual",
         "expected",       "copay", "coinsurance", "deductible", "writeoff",
         "responsibility", "unit",  "per",         "rate",       "insurance",
         "patient",        "pt",    "schedule",    "code",       "id",
         "number",         "no",    "date",        "dt",         "to"});
    return other_amount ? std::nullopt : std::optional<Column>(Column::kCharge);
  }
  if (has({"units", "unit", "qty", "quantity"}) &&
      !has({"price", "cost", "rate"})) {
    return Column::kUnits;
  }
  if (has({"pos"}) || key.find("placeofservice") != std::string::npos ||
      key.find("placeofsvc") != std::string::npos) {
    return Column::kPlaceOfService;
  }
  if (procedure && !has({"date", "dt"})) return Column::kCode;
  if (payer_name) return Column::kPayerName;
  if (key == "date") return Column::kDateOfService;
  return std::nullopt;
}

bool Repeatable(Column column) {
  return column == Column::kModifiers || column == Column::kDiagnoses ||
         column == Column::kDiagnosisPointers || column == Column::kNpi ||
         column == Column::kIgnored;
}

// Diagnosis pointers as the CMS-1500 form writes them, letters A to L
// ("A", "AB"), as the numbers 1 to 12; others as they are. Whether any
// letter was read goes to `*letters`.
std::vector<std::string> PointerNumbers(const std::vector<std::string>& cells,
                                        bool* letters) {
  std::vector<std::string> pointers;
  for (const std::string& cell : cells) {
    const bool lettered =
        cell.size() <= 4 && std::all_of(cell.begin(), cell.end(), [](char c) {
          const char upper =
              static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          return upper >= 'A' && upper <= 'L';
        });
    if (!lettered) {
      pointers.push_back(cell);
      continue;
    }
    for (const char c : cell) {
      const int number = std::toupper(static_cast<unsigned char>(c)) - 'A' + 1;
      pointers.push_back(std::to_string(number));
    }
    *letters = true;
  }
  return pointers;
}

// A field of one numbered line of a row ("CPT 2", "Units 2", "Mod 2",
// "Charge2"): the field and the line's number (1 to 99), or nullopt.
std::optional<std::pair<Column, int>> NumberedLineColumn(
    std::string_view header) {
  const std::string key = Normalized(header);
  size_t digits = key.size();
  while (digits > 0 &&
         std::isdigit(static_cast<unsigned char>(key[digits - 1]))) {
    --digits;
  }
  const std::string_view number = std::string_view(key).substr(digits);
  if (number.empty() || number.size() > 2 || number[0] == '0') {
    return std::nullopt;
  }
  const std::string base = key.substr(0, digits);
  const auto alias = kAliases.find(base);
  const auto own = kColumns.find(base);
  const std::optional<Column> column =
      alias != kAliases.end() ? std::optional<Column>(alias->second)
      : own != kColumns.end() ? std::optional<Column>(own->second)
                              : std::nullopt;
  switch (column.value_or(Column::kIgnored)) {
    case Column::kCode:
    case Column::kModifiers:
    case Column::kUnits:
    case Column::kCharge:
    case Column::kDateOfService:
    case Column::kDateTo:
    case Column::kPlaceOfService:
    case Column::kDiagnosisPointers:
    case Column::kNdc:
    case Column::kDescription:
    case Column::kRevenue:
      return std::make_pair(*column, std::stoi(std::string(number)));
    default:
      return std::nullopt;
  }
}

// The number of lines a row holds when the header numbers its code
// columns ("CPT 1", "CPT 2" ...: one claim per row, as a CMS-1500's
// service lines), else 0. Two numbered code columns and no plain one.
int NumberedLinesOf(const std::vector<std::string>& header) {
  int lines = 0, code_columns = 0;
  for (const std::string& cell : header) {
    if (ColumnNamed(cell) == Column::kCode) return 0;
    const auto numbered = NumberedLineColumn(cell);
    if (numbered && numbered->first == Column::kCode) {
      ++code_columns;
      lines = std::max(lines, numbered->second);
    }
  }
  return code_columns >= 2 ? lines : 0;
}

std::string ReplacedAll(std::string text, char from, char to) {
  std::replace(text.begin(), text.end(), from, to);
  return text;
}

std::vector<std::string> SplitList(std::string_view text) {
  std::vector<std::string> items;
  std::string item;
  for (char c : text) {
    if (c == ';' || c == '|' || c == ' ' || c == ',') {
      if (!item.empty()) items.push_back(std::move(item));
      item.clear();
    } else {
      item.push_back(c);
    }
  }
  if (!item.empty()) items.push_back(std::move(item));
  return items;
}

void Append(std::vector<std::string>* to, std::vector<std::string> items) {
  to->insert(to->end(), std::make_move_iterator(items.begin()),
             std::make_move_iterator(items.end()));
}

std::string Location(int row, const std::string& column) {
  return "row " + std::to_string(row) + " column " + column;
}

// The delimiter found (outside quotes) on the most of the first 10 lines:
// comma, tab, semicolon or pipe, in that order on a tie; comma when none is.
// Lines, not characters, are counted: lists inside cells use ";" too.
char DetectDelimiter(std::string_view text) {
  const char candidates[] = {',', '\t', ';', '|'};
  int lines_with[4] = {0, 0, 0, 0};
  bool seen[4] = {false, false, false, false};
  bool quoted = false;
  int lines = 0;
  for (size_t i = 0; i <= text.size() && lines < 10; ++i) {
    const char c = i < text.size() ? text[i] : '\n';
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') {
      ++lines;
      for (size_t k = 0; k < 4; ++k) {
        lines_with[k] += seen[k];
        seen[k] = false;
      }
      continue;
    }
    for (size_t k = 0; k < 4; ++k) seen[k] |= c == candidates[k];
  }
  size_t best = 0;
  for (size_t k = 1; k < 4; ++k) {
    if (lines_with[k] > lines_with[best]) best = k;
  }
  return candidates[best];
}

// A code cell that goes on with words ("99213 - Office visit est",
// "E0114 RR Crutches"): the code part, and the words from the first word
// of three letters or more (no code or modifier has one). A cell that does
// not start with five characters and a separator, or has no such word, is
// all code.
std::pair<std::string, std::string> CodeAndWords(const std::string& cell) {
  size_t letters = 0;
  for (size_t i = 0; i < cell.size(); ++i) {
    letters =
        std::isalpha(static_cast<unsigned char>(cell[i])) ? letters + 1 : 0;
    if (letters < 3) continue;
    const size_t start = i + 1 - letters;
    // The words follow a code: five characters, then separators.
    if (cell.find_first_of(" -:,\t") != 5 || start < 6) return {cell, ""};
    const size_t end = cell.find_last_not_of(" -:,\t", start - 1);
    return {cell.substr(0, end + 1), cell.substr(start)};
  }
  return {cell, ""};
}

// A diagnosis cell's code and the words after it ("E11.9 - Type 2
// diabetes", "I10 Essential hypertension"); the cell and "" when it does
// not start with an ICD-10-shaped code (a letter, a digit, a letter or
// digit, then at most a point and 4 more) that words follow.
std::pair<std::string, std::string> DiagnosisAndWords(const std::string& cell) {
  const size_t end = cell.find_first_of(" -:,\t");
  if (end == std::string::npos || end < 3 || end > 8) return {cell, ""};
  const std::string code = cell.substr(0, end);
  const auto alnum = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
  };
  const size_t point = code.find('.');
  const bool shaped =
      std::isalpha(static_cast<unsigned char>(code[0])) &&
      std::isdigit(static_cast<unsigned char>(code[1])) && alnum(code[2]) &&
      (point == std::string::npos ? code.size() <= 7
                                  : point == 3 && code.size() <= 8) &&
      std::all_of(code.begin() + 3, code.end(),
                  [&](char c) { return alnum(c) || c == '.'; }) &&
      std::count(code.begin(), code.end(), '.') <= 1;
  const size_t words = cell.find_first_not_of(" -:,\t", end);
  if (!shaped || words == std::string::npos ||
      !std::isalpha(static_cast<unsigned char>(cell[words]))) {
    return {cell, ""};
  }
  return {code, cell.substr(words)};
}

// The payer class of a cell: a class (any case), Medicare or Medicaid when
// the text says so, and commercial for another plan's name (any text in a
// name column; text with letters in a payer column, where an ID is kept
// as it is, for the checker to report).
std::string PayerClassOfCell(const std::string& value, bool name_column) {
  const std::string named = PayerClassOfName(value);
  if (value.empty() || !named.empty()) return named;
  const bool has_letters = std::any_of(value.begin(), value.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c));
  });
  return name_column || has_letters ? "commercial" : value;
}

// The month a name gives ("Jan", "january"), 1 to 12, or 0.
int MonthOfName(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr",
                                                 "may", "jun", "jul", "aug",
                                                 "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  std::string lower(word);
  for (char& c : lower) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  static constexpr std::string_view kFull[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (lower == kMonths[m] || lower == kFull[m] ||
        (m == 8 && lower == "sept")) {
      return m + 1;
    }
  }
  return 0;
}

// A date as exports write it, as YYYY-MM-DD: YYYY-MM-DD or YYYY/MM/DD,
// M/D/YYYY or M-D-YY (U.S. order: `us` is set), D.M.YYYY (day first:
// `day_first` is set), a month's name with the day and year in either order
// ("Jan 10, 2026", "10-Jan-2026"), YYYYMMDD, or any of these followed by a
// time; or a spreadsheet's day number of 2000 to 2099 (36526 to 73050: a
// date cell saved as a number; `serial` is set). A two-digit year is of
// this century ("1/14/26": services, not births). Other text is kept, for
// the check to report.
std::string ExportDate(const std::string& text, bool* us, bool* day_first,
                       bool* serial) {
  if (text.size() == 5 && IsAsciiDigits(text)) {
    const int number = std::stoi(text);
    const std::optional<Date> date = Date::FromSpreadsheetSerial(number);
    if (date && number >= 36526 && number <= 73050) {
      *serial = true;
      return date->ToIso();
    }
  }
  if (text.size() > 10 && (text[10] == ' ' || text[10] == 'T') &&
      Date::ParseIso(text.substr(0, 10))) {
    return text.substr(0, 10);
  }
  if (const auto compact = Date::ParseCompact(text)) return compact->ToIso();
  // The first three runs of letters or digits, and the separator after
  // the first; only a time may follow them ("3/2/2026 0:00", not a range).
  std::vector<std::string> parts;
  char separator = 0;
  for (size_t i = 0; i < text.size() && parts.size() < 3;) {
    size_t end = i;
    while (end < text.size() &&
           std::isalnum(static_cast<unsigned char>(text[end]))) {
      ++end;
    }
    if (end == i) return text;  // two separators in a row, or a sign
    parts.push_back(text.substr(i, end - i));
    if (parts.size() == 1 && end < text.size()) separator = text[end];
    if (parts.size() == 3 && end < text.size() && text[end] != ' ') {
      return text;
    }
    i = end;
    while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
    if (i < text.size() && parts.size() < 3 && i == end &&
        std::string_view("/-.").find(text[i]) != std::string_view::npos) {
      ++i;
    }
  }
  if (parts.size() != 3) return text;
  int year = 0, month = 0, day = 0;
  const auto number = [](const std::string& part) {
    return IsAsciiDigits(part) && part.size() <= 4 ? std::stoi(part) : -1;
  };
  const auto year_of = [&](const std::string& part) {
    if (!IsAsciiDigits(part) || (part.size() != 4 && part.size() != 2)) {
      return -1;
    }
    return std::stoi(part) + (part.size() == 2 ? 2000 : 0);
  };
  bool month_first = false, day_before_month = false;
  const int first_named = MonthOfName(parts[0]);
  const int second_named = MonthOfName(parts[1]);
  if (first_named) {  // Jan 10, 2026
    month = first_named, day = number(parts[1]), year = year_of(parts[2]);
  } else if (second_named) {  // 10-Jan-2026
    month = second_named, day = number(parts[0]), year = year_of(parts[2]);
  } else if (parts[0].size() == 4) {  // 2026-01-10, 2026/01/10
    year = year_of(parts[0]), month = number(parts[1]), day = number(parts[2]);
  } else if (separator == '.') {  // 10.01.2026
    day = number(parts[0]), month = number(parts[1]), year = year_of(parts[2]);
    day_before_month = true;
  } else if (separator == '/' || separator == '-') {  // 01/10/2026
    month = number(parts[0]), day = number(parts[1]), year = year_of(parts[2]);
    month_first = true;
  }
  const auto date = Date::FromYmd(year, month, day);
  if (year <= 0 || !date) return text;
  *us = *us || month_first;
  *day_first = *day_first || day_before_month;
  return date->ToIso();
}

// A place of service as spreadsheets write it, as its two-digit code:
// "2" (a leading zero dropped), "11.0" (a number), "11 - Office" (with its
// name); `changed` is set when it was one of these. Other text is kept.
std::string ExportPlace(const std::string& text, bool* changed) {
  std::string digits = text.substr(0, text.find_first_not_of("0123456789"));
  const std::string rest = text.substr(digits.size());
  const bool number = rest.empty() || rest == ".0" || rest == ".00";
  const bool named =
      rest.size() > 1 &&
      std::string_view(" -:").find(rest[0]) != std::string_view::npos &&
      std::any_of(rest.begin(), rest.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c));
      });
  if (digits.empty() || digits.size() > 2 || !(number || named)) return text;
  if (digits.size() == 1) digits.insert(0, "0");
  if (digits != text) *changed = true;
  return digits;
}

// Whether the comma of `text` is its decimal point, as exports from
// European locales write charges ("125,50", "1.250,50"): the last comma
// with one or two digits after it and no point after it (a thousands
// separator has three).
bool HasDecimalComma(std::string_view text) {
  const size_t comma = text.rfind(',');
  if (comma == std::string_view::npos) return false;
  const std::string_view cents = text.substr(comma + 1);
  return cents.size() <= 2 && IsAsciiDigits(cents) &&
         text.find('.', comma) == std::string_view::npos;
}

// A charge without its dollar sign and thousands separators ("$1,250.00"
// -> "1250.00", "1.250,50" -> "1250.50"). `changed` is set when it had
// either, `decimal_comma` when it had one.
std::string ExportCharge(const std::string& text, bool* changed,
                         bool* decimal_comma) {
  const bool comma_point = HasDecimalComma(text);
  const char thousands = comma_point ? '.' : ',';
  std::string plain;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((text[i] == '$' && i == 0) || text[i] == thousands) continue;
    plain.push_back(comma_point && text[i] == ',' ? '.' : text[i]);
  }
  if (plain.empty()) return text;
  if (comma_point) *decimal_comma = true;
  if (plain != text && !comma_point) *changed = true;
  return plain;
}

// A claim-level value that every row may repeat: the first non-empty one
// counts; the first row that differs is an error, later ones only counted.
struct ClaimValue {
  std::string value;
  std::string column;
  int differing_rows = 0;
};

void SetClaimValue(const std::string& value, int row, const std::string& name,
                   ClaimValue* target, std::vector<InputError>* errors) {
  if (value.empty()) return;
  target->column = name;
  if (target->value.empty()) {
    target->value = value;
  } else if (target->value != value && target->differing_rows++ == 0) {
    errors->push_back(InputError{Location(row, name),
                                 "\"" + value + "\" differs from \"" +
                                     target->value + "\" on an earlier row"});
  }
}

// One error that counts the rows differing after the first one reported.
void ReportMoreDiffering(const ClaimValue& target,
                         std::vector<InputError>* errors) {
  if (target.differing_rows > 1) {
    errors->push_back(InputError{"column " + target.column,
                                 std::to_string(target.differing_rows - 1) +
                                     " more row(s) differ from \"" +
                                     target.value + "\" too"});
  }
}

// The claim the rows with one claimId make, as it is built.
struct CsvClaim {
  ClaimParse parse;
  int first_row = 0;
  int last_row = 0;
  ClaimValue payer, setting, frequency, original_claim, diagnoses, member_id;
  // How its rows were read, each said in its notes (kReadingNotes).
  bool day_first_dates = false;  // a date was written DD.MM.YYYY
  bool us_dates = false;         // a date was written MM/DD/YY(YY)
  bool serial_dates = false;     // a date was a spreadsheet's day number
  bool code_words = false;       // a code cell went on with words
  bool diagnosis_words = false;  // a diagnosis cell went on with words
  bool rows_point = false;       // a line points to its row's diagnoses
  bool dollar_charges = false;   // some charge had "$" or ","
  bool codes_padded = false;     // a code without its leading zeros
  bool places_repaired = false;  // a place of service as "2" or "11.0"
  bool decimal_commas = false;   // some charge had a decimal comma
  bool numbered_lines = false;   // a row held lines CPT 1, CPT 2 ...
  bool letter_pointers = false;  // a pointer written A to L
  bool revenue_codes = false;    // a line has a revenue code: a hospital's
  // Its diagnoses column split, of each line's row; when rows differ, each
  // row lists its own line's diagnoses (an export of a line per row).
  std::vector<std::vector<std::string>> row_lists;
  bool row_lists_differ = false;
};

// The note each way of reading a claim's rows adds, in this order.
struct ReadingNote {
  bool CsvClaim::*flag;
  const char* note;
};
constexpr ReadingNote kReadingNotes[] = {
    {&CsvClaim::day_first_dates,
     "Dates written DD.MM.YYYY were read as day, month, year."},
    {&CsvClaim::serial_dates,
     "Dates written as a spreadsheet's day numbers (46083 for 2026-03-02) "
     "were read as the dates they count."},
    {&CsvClaim::us_dates,
     "Dates written MM/DD/YYYY or MM/DD/YY were read as U.S. month/day "
     "dates."},
    {&CsvClaim::code_words,
     "Words after a code in the code column were set apart from it (the "
     "line's description when it has none)."},
    {&CsvClaim::diagnosis_words,
     "Words after a diagnosis code (its name) were passed over."},
    {&CsvClaim::rows_point,
     "Lines without diagnosis pointers point to the diagnoses on their own "
     "rows."},
    {&CsvClaim::dollar_charges,
     "Charges were read without their \"$\" and thousands separators."},
    {&CsvClaim::codes_padded,
     "Codes of 3 or 4 digits were read with the leading zeros a spreadsheet "
     "drops (100 as 00100)."},
    {&CsvClaim::places_repaired,
     "Places of service written as \"2\", \"11.0\" or \"11 - Office\" were "
     "read as their two-digit codes (02, 11)."},
    {&CsvClaim::decimal_commas,
     "Charges written with a decimal comma (\"125,50\") were read as dollars "
     "and cents (125.50)."},
    {&CsvClaim::numbered_lines,
     "Each row's numbered columns (CPT 1, Units 1, CPT 2 ...) were read as "
     "its lines, in number order."},
    {&CsvClaim::letter_pointers,
     "Diagnosis pointers written as letters (A to L, as on the CMS-1500 "
     "form) were read as the numbers 1 to 12."},
    {&CsvClaim::revenue_codes,
     "The lines have revenue codes: the claim was read as a hospital's "
     "(institutional, UB-04) claim, which has no place of service."},
};

// At most this many pointers on a line (the CMS-1500's 24E).
constexpr size_t kMaxRowPointers = 4;

class CsvReader {
 public:
  CsvReader(const std::map<std::string, std::string>& column_map,
            ReadSummary* summary)
      : column_map_(column_map), summary_(summary) {}

  // Reads the header; false when no claim can be read with it.
  bool ReadHeader(const CsvRecord& record) {
    header_ = record.cells;
    numbered_lines_ = column_map_.count("code") ? 0 : NumberedLinesOf(header_);
    std::map<std::pair<Column, int>, std::string> taken;
    std::vector<std::string> ignored;
    const std::vector<Column> guessed = GuessedColumns();
    for (size_t c = 0; c < header_.size(); ++c) {
      const std::string name(TrimAsciiSpace(header_[c]));
      Column column = Mapped(name).value_or(guessed[c]);
      int line = 0;
      const auto numbered = NumberedLineColumn(name);
      if (numbered_lines_ > 0 && numbered) std::tie(column, line) = *numbered;
      columns_.push_back(column);
      line_of_.push_back(line);
      if (column == Column::kIgnored) {
        ignored.push_back(name.empty()
                              ? "column " + std::to_string(columns_.size()) +
                                    " (no heading)"
                              : "\"" + name + "\"");
      }
      const auto [first, added] =
          taken.emplace(std::make_pair(column, line), name);
      if (!added && !Repeatable(column)) {
        summary_->errors.push_back(
            InputError{Location(record.line, name),
                       "holds the same field as column " + first->second +
                           "; keep one, or name it with a column map"});
      }
    }
    for (const auto& mapped : column_map_) {
      const std::string wanted = Normalized(mapped.second);
      if (!std::any_of(
              header_.begin(), header_.end(),
              [&](const std::string& h) { return Normalized(h) == wanted; })) {
        summary_->errors.push_back(
            InputError{"row " + std::to_string(record.line),
                       "has no column \"" + mapped.second +
                           "\" (the column map's " + mapped.first + ")"});
      }
    }
    if (!ignored.empty()) {
      std::string list;
      for (const std::string& name : ignored) {
        list += (list.empty() ? "" : ", ") + name;
      }
      ignored_note_ = "Columns not read (not claim fields): " + list + ".";
    }
    const auto has = [&](Column column) {
      return std::any_of(taken.begin(), taken.end(), [&](const auto& entry) {
        return entry.first.first == column;
      });
    };
    has_pointer_column_ = has(Column::kDiagnosisPointers);
    several_diagnosis_columns_ =
        std::count(columns_.begin(), columns_.end(), Column::kDiagnoses) > 1;
    if (!has(Column::kCode)) {
      summary_->errors.push_back(
          InputError{"row " + std::to_string(record.line),
                     "needs a code column (code, CPT, HCPCS, Procedure "
                     "Code ...; or name it with a column map)"});
    }
    return summary_->errors.empty();
  }

  void ReadRow(const CsvRecord& record) {
    if (IsBlank(record)) {
      ++blank_rows_;
      return;
    }
    if (IsTotals(record)) {
      totals_rows_.push_back(record.line);
      return;
    }
    if (IsTextRow(record)) {
      text_rows_.push_back(record.line);
      return;
    }
    std::string id = ClaimIdOf(record);
    // A row of numbered lines is a claim of its own.
    if (id.empty() && numbered_lines_ > 0) {
      id = "row " + std::to_string(record.line);
    }
    CsvClaim& claim = ClaimFor(id, record.line);
    claim.last_row = record.line;
    std::vector<InputError>& errors = claim.parse.errors;
    if (record.cells.size() > header_.size()) {
      errors.push_back(InputError{"row " + std::to_string(record.line),
                                  "has more cells than the header"});
      return;
    }
    ClaimLine shared;  // the row's cells of no numbered line
    row_pointers_.clear();
    row_list_.clear();
    ReadCells(record, 0, &shared, &claim);
    if (numbered_lines_ == 0) {
      AddLine(std::move(shared), &claim);
      return;
    }
    for (int number = 1; number <= numbered_lines_; ++number) {
      ClaimLine line = shared;
      if (!ReadCells(record, number, &line, &claim)) continue;
      AddLine(std::move(line), &claim);
      claim.numbered_lines = true;
    }
  }

  // Every claim, in the order of its first row.
  std::vector<ClaimParse> Finish() {
    std::vector<ClaimParse> claims;
    for (CsvClaim& claim : claims_) {
      ReportMoreDiffering(claim.payer, &claim.parse.errors);
      ReportMoreDiffering(claim.setting, &claim.parse.errors);
      ReportMoreDiffering(claim.frequency, &claim.parse.errors);
      ReportMoreDiffering(claim.original_claim, &claim.parse.errors);
      ReportMoreDiffering(claim.member_id, &claim.parse.errors);
      Claim& read = claim.parse.claim;
      read.payer = claim.payer.value;
      read.setting = claim.setting.value;
      read.frequency = claim.frequency.value;
      read.original_claim = claim.original_claim.value;
      read.member_id = claim.member_id.value;
      if (claim.revenue_codes) {
        read.form = std::string(ToString(ClaimForm::kInstitutional));
      }
      if (claim.row_lists_differ) {
        PointToRowLists(&claim);
      } else {
        Append(&read.diagnoses, SplitList(claim.diagnoses.value));
      }
      if (!ignored_note_.empty()) read.notes.push_back(ignored_note_);
      if (!has_pointer_column_ && PointToFirstDiagnoses(&read)) {
        read.notes.push_back(
            "The file has no diagnosis pointer column: lines point to the "
            "claim's first diagnoses (at most 4).");
      }
      if (blank_rows_ > 0 || !totals_rows_.empty() || !text_rows_.empty()) {
        read.notes.push_back(PassedOverNote());
      }
      for (const ReadingNote& reading : kReadingNotes) {
        if (claim.*reading.flag) read.notes.push_back(reading.note);
      }
      claim.parse.location = claim.first_row == claim.last_row
                                 ? "row " + std::to_string(claim.first_row)
                                 : "rows " + std::to_string(claim.first_row) +
                                       "-" + std::to_string(claim.last_row);
      claims.push_back(std::move(claim.parse));
    }
    return claims;
  }

 private:
  // The column each header's words give (GuessedColumn), where neither the
  // map nor a name or alias gives one and no other column holds that field
  // (a field no column names yet goes to the first that suggests it); else
  // kIgnored.
  std::vector<Column> GuessedColumns() const {
    std::vector<Column> guessed(header_.size(), Column::kIgnored);
    std::vector<Column> named;
    for (const std::string& cell : header_) {
      if (const auto column = Mapped(std::string(TrimAsciiSpace(cell)))) {
        named.push_back(*column);
      }
    }
    for (size_t c = 0; c < header_.size(); ++c) {
      const std::string name(TrimAsciiSpace(header_[c]));
      if (Mapped(name) || NumberedLineColumn(name)) continue;
      const std::optional<Column> column = GuessedColumn(name);
      if (!column) continue;
      if (!Repeatable(*column) &&
          std::find(named.begin(), named.end(), *column) != named.end()) {
        continue;
      }
      guessed[c] = *column;
      named.push_back(*column);
    }
    return guessed;
  }

  std::optional<Column> Mapped(const std::string& header) const {
    for (const auto& [field, mapped] : column_map_) {
      const auto column = kColumns.find(field);
      if (column != kColumns.end() &&
          Normalized(mapped) == Normalized(header)) {
        return column->second;
      }
    }
    return ColumnNamed(header);
  }

  // The row's claim id, else its patient account (which 837s often send as
  // the claim's CLM01), else "".
  std::string ClaimIdOf(const CsvRecord& record) const {
    std::string account;
    for (size_t c = 0; c < record.cells.size() && c < columns_.size(); ++c) {
      if (columns_[c] == Column::kClaimId) {
        return std::string(TrimAsciiSpace(record.cells[c]));
      }
      if (columns_[c] == Column::kAccount && account.empty()) {
        account = std::string(TrimAsciiSpace(record.cells[c]));
      }
    }
    return account;
  }

  CsvClaim& ClaimFor(const std::string& id, int row) {
    const auto [it, added] = index_of_id_.emplace(id, claims_.size());
    if (added) {
      claims_.emplace_back();
      claims_.back().parse.format = ClaimFormat::kCsv;
      claims_.back().parse.id = id;
      claims_.back().first_row = row;
    }
    return claims_[it->second];
  }

  // Reads the row's cells of numbered line `number` (0: the cells of no
  // numbered line) into `line`; false when that line's code cell is empty.
  bool ReadCells(const CsvRecord& record, int number, ClaimLine* line,
                 CsvClaim* claim) {
    bool coded = number == 0;
    for (size_t c = 0; c < record.cells.size(); ++c) {
      if (line_of_[c] != number) continue;
      const std::string value(TrimAsciiSpace(record.cells[c]));
      if (columns_[c] == Column::kCode && !value.empty()) coded = true;
      if (!coded && columns_[c] == Column::kCode) return false;
      const std::string name(TrimAsciiSpace(header_[c]));
      ReadCell(columns_[c], value, record.line, name, line, claim);
    }
    return coded;
  }

  // Adds `line` to the claim. Numbered diagnosis cells on its row (Dx1,
  // Dx2 ...) are the diagnoses it is billed for, when no pointer column
  // says otherwise.
  void AddLine(ClaimLine line, CsvClaim* claim) {
    if (line.code.empty() && !line.revenue_code.empty()) {
      line.code = line.revenue_code;  // a hospital line of a revenue code alone
      line.code_system = "revenue code";
    }
    if (line.diagnosis_pointers.empty() && !row_pointers_.empty()) {
      if (row_pointers_.size() > kMaxRowPointers) {
        row_pointers_.resize(kMaxRowPointers);
      }
      line.diagnosis_pointers = row_pointers_;
      claim->rows_point = true;
    }
    claim->parse.claim.lines.push_back(std::move(line));
    claim->row_lists.push_back(row_list_);
  }

  void ReadCell(Column column, const std::string& value, int row,
                const std::string& name, ClaimLine* line, CsvClaim* claim) {
    std::vector<InputError>* errors = &claim->parse.errors;
    switch (column) {
      case Column::kCode: {
        auto [code, words] = CodeAndWords(value);
        // Spreadsheets drop the leading zeros of anesthesia codes (00100
        // to 01999): 100 is 00100.
        if ((code.size() == 3 || (code.size() == 4 && code[0] == '1')) &&
            code[0] != '0' && IsAsciiDigits(code)) {
          code.insert(0, 5 - code.size(), '0');
          claim->codes_padded = true;
        }
        line->code = std::move(code);
        if (!words.empty()) {
          claim->code_words = true;
          if (line->description.empty()) line->description = std::move(words);
        }
        break;
      }
      case Column::kModifiers:
        // "25-59", as codes are written with theirs, is a list too.
        Append(&line->modifiers, SplitList(ReplacedAll(value, '-', ' ')));
        break;
      case Column::kUnits:
        line->units = value;
        break;
      case Column::kCharge:
        line->charge =
            ExportCharge(value, &claim->dollar_charges, &claim->decimal_commas);
        break;
      case Column::kDateOfService:
        line->date_of_service =
            ExportDate(value, &claim->us_dates, &claim->day_first_dates,
                       &claim->serial_dates);
        break;
      case Column::kDateTo:
        line->date_to =
            ExportDate(value, &claim->us_dates, &claim->day_first_dates,
                       &claim->serial_dates);
        break;
      case Column::kPlaceOfService:
        line->place_of_service = ExportPlace(value, &claim->places_repaired);
        break;
      case Column::kDiagnosisPointers:
        Append(&line->diagnosis_pointers,
               PointerNumbers(SplitList(value), &claim->letter_pointers));
        break;
      case Column::kNdc:
        line->ndc = value;
        break;
      case Column::kDescription:
        line->description = value;
        break;
      case Column::kRevenue:
        // Spreadsheets drop the leading zero: 450 is 0450.
        line->revenue_code =
            value.size() == 3 && IsAsciiDigits(value) ? "0" + value : value;
        claim->revenue_codes = claim->revenue_codes || !value.empty();
        break;
      case Column::kPayer:
        SetClaimValue(PayerClassOfCell(value, false), row, name, &claim->payer,
                      errors);
        break;
      case Column::kPayerName:
        SetClaimValue(PayerClassOfCell(value, true), row, name, &claim->payer,
                      errors);
        break;
      case Column::kNpi:
        AddNpi(value, name, line, claim);
        break;
      case Column::kMemberId:
        SetClaimValue(value, row, name, &claim->member_id, errors);
        break;
      case Column::kSetting:
        SetClaimValue(value, row, name, &claim->setting, errors);
        break;
      case Column::kFrequency:
        SetClaimValue(value, row, name, &claim->frequency, errors);
        break;
      case Column::kOriginalClaim:
        SetClaimValue(value, row, name, &claim->original_claim, errors);
        break;
      case Column::kDiagnoses:
        AddDiagnoses(value, name, claim);
        break;
      case Column::kClaimId:
      case Column::kAccount:
      case Column::kIgnored:
        break;
    }
  }

  // An NPI cell: the role its header names ("Rendering Provider NPI"; a
  // bare "NPI" is the line's rendering provider's). The billing provider's
  // and the other claim-level roles are the claim's, once.
  static void AddNpi(const std::string& value, const std::string& name,
                     ClaimLine* line, CsvClaim* claim) {
    if (value.empty()) return;
    const std::vector<std::string> words = HeaderWords(name);
    std::string role = "rendering";
    for (const char* each :
         {"billing", "referring", "ordering", "supervising", "facility",
          "attending", "operating", "rendering"}) {
      if (std::find(words.begin(), words.end(), each) != words.end()) {
        role = each;
        break;
      }
    }
    if (role == "rendering") {
      line->providers.push_back(ProviderNpi{role, value});
      return;
    }
    std::vector<ProviderNpi>& providers = claim->parse.claim.providers;
    const bool known = std::any_of(
        providers.begin(), providers.end(),
        [&](const ProviderNpi& p) { return p.role == role && p.npi == value; });
    if (!known) providers.push_back(ProviderNpi{role, value});
  }

  // One diagnoses column holds the claim's list (the same on every row),
  // or, when rows differ, each row's line's own; numbered ones (Dx1, Dx2
  // ...) add theirs in column order, once, and note their numbers in the
  // list for the row's line.
  void AddDiagnoses(const std::string& value, const std::string& name,
                    CsvClaim* claim) {
    const std::string key = Normalized(name);
    // "Dx2", or one of several diagnosis columns ("Primary Diagnosis",
    // "Secondary Diagnosis"): a diagnosis each, in column order.
    const bool numbered =
        several_diagnosis_columns_ ||
        (!key.empty() && std::isdigit(static_cast<unsigned char>(key.back())));
    if (!numbered) {
      if (value.empty()) return;
      ClaimValue& list = claim->diagnoses;
      if (list.value.empty()) list.value = value;
      claim->row_lists_differ = claim->row_lists_differ || list.value != value;
      list.column = name;
      row_list_ = SplitList(value);
      return;
    }
    if (value.empty()) return;
    auto [code, words] = DiagnosisAndWords(value);
    if (!words.empty()) claim->diagnosis_words = true;
    std::vector<std::string>& list = claim->parse.claim.diagnoses;
    const auto found = std::find(list.begin(), list.end(), code);
    const size_t number = found - list.begin() + 1;
    if (found == list.end()) list.push_back(std::move(code));
    const std::string pointer = std::to_string(number);
    if (std::find(row_pointers_.begin(), row_pointers_.end(), pointer) ==
        row_pointers_.end()) {
      row_pointers_.push_back(pointer);
    }
  }

  // The claim's diagnoses: those its rows list, in order of first use;
  // each line without pointers points to its row's (at most 4).
  static void PointToRowLists(CsvClaim* claim) {
    Claim& read = claim->parse.claim;
    for (size_t i = 0; i < read.lines.size(); ++i) {
      std::vector<std::string> pointers;
      for (const std::string& code : claim->row_lists[i]) {
        std::vector<std::string>& list = read.diagnoses;
        const auto found = std::find(list.begin(), list.end(), code);
        const size_t number = found - list.begin() + 1;
        if (found == list.end()) list.push_back(code);
        if (pointers.size() < kMaxRowPointers) {
          pointers.push_back(std::to_string(number));
        }
      }
      ClaimLine& line = read.lines[i];
      if (line.diagnosis_pointers.empty() && !pointers.empty()) {
        line.diagnosis_pointers = std::move(pointers);
        claim->rows_point = true;
      }
    }
  }

  // Points the lines without pointers to the first diagnoses of `claim`
  // (as many as a claim line takes); whether any line was.
  static bool PointToFirstDiagnoses(Claim* claim) {
    std::vector<std::string> first;
    for (size_t n = 1; n <= claim->diagnoses.size() && n <= kMaxRowPointers;
         ++n) {
      first.push_back(std::to_string(n));
    }
    bool pointed = false;
    for (ClaimLine& line : claim->lines) {
      if (!line.diagnosis_pointers.empty() || first.empty()) continue;
      line.diagnosis_pointers = first;
      pointed = true;
    }
    return pointed;
  }

  static bool IsBlank(const CsvRecord& record) {
    return std::all_of(
        record.cells.begin(), record.cells.end(),
        [](const std::string& cell) { return TrimAsciiSpace(cell).empty(); });
  }

  // A spreadsheet's sum under the lines: no code, and a cell that starts
  // with "Total", "Subtotal" or "Grand total", or amounts alone (charges,
  // units) with no label.
  bool IsTotals(const CsvRecord& record) const {
    bool total = false, amounts_alone = true;
    for (size_t c = 0; c < record.cells.size() && c < columns_.size(); ++c) {
      const std::string key = Normalized(record.cells[c]);
      if (columns_[c] == Column::kCode && !key.empty()) return false;
      total = total || key.rfind("total", 0) == 0 ||
              key.rfind("subtotal", 0) == 0 || key.rfind("grandtotal", 0) == 0;
      amounts_alone =
          amounts_alone && (key.empty() || columns_[c] == Column::kCharge ||
                            columns_[c] == Column::kUnits);
    }
    return total || amounts_alone;
  }

  // A line of words in one cell under the lines or between them ("Printed
  // 03/20/2026 by jsmith", "Report total: 5 claims"): no code, and one cell
  // of several words.
  bool IsTextRow(const CsvRecord& record) const {
    size_t filled = 0, words = 0;
    for (size_t c = 0; c < record.cells.size() && c < columns_.size(); ++c) {
      const std::string_view cell = TrimAsciiSpace(record.cells[c]);
      if (cell.empty()) continue;
      if (columns_[c] == Column::kCode) return false;
      ++filled;
      words += cell.find(' ') != std::string_view::npos;
    }
    return filled == 1 && words == 1;
  }

  std::string PassedOverNote() const {
    const auto rows = [](const std::vector<int>& numbers, const char* one,
                         const char* many) {
      std::string list;
      for (const int row : numbers) {
        list += (list.empty() ? "" : ", ") + std::to_string(row);
      }
      return (numbers.size() == 1 ? one : many) + list;
    };
    std::vector<std::string> parts;
    if (!totals_rows_.empty()) {
      parts.push_back(rows(totals_rows_, "totals row ", "totals rows "));
    }
    if (!text_rows_.empty()) {
      parts.push_back(rows(text_rows_, "text row ", "text rows "));
    }
    if (blank_rows_ > 0) {
      parts.push_back(std::to_string(blank_rows_) +
                      (blank_rows_ == 1 ? " blank row" : " blank rows"));
    }
    std::string note = "Passed over, as no claim lines: ";
    for (size_t i = 0; i < parts.size(); ++i) {
      note += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    }
    return note + ".";
  }

  const std::map<std::string, std::string>& column_map_;
  ReadSummary* summary_;
  std::vector<std::string> header_;
  std::vector<Column> columns_;
  std::vector<int> line_of_;  // each column's numbered line, or 0
  int numbered_lines_ = 0;    // lines a row holds (CPT 1 ...), or 0
  std::string ignored_note_;
  std::vector<CsvClaim> claims_;
  std::map<std::string, size_t> index_of_id_;
  std::vector<std::string> row_pointers_;  // of the row being read
  std::vector<std::string> row_list_;      // its diagnoses column, split
  int blank_rows_ = 0;
  std::vector<int> totals_rows_;
  std::vector<int> text_rows_;
  bool has_pointer_column_ = false;
  bool several_diagnosis_columns_ = false;
};

// The header: the first of the first 10 records with a code column (by
// name, alias or the column map); the first record when none has one.
size_t HeaderIndex(const std::vector<CsvRecord>& records,
                   const std::map<std::string, std::string>& columns) {
  const auto code = columns.find("code");
  for (size_t r = 0; r < records.size() && r < 10; ++r) {
    for (const std::string& cell : records[r].cells) {
      const bool mapped =
          code != columns.end() && Normalized(cell) == Normalized(code->second);
      const auto numbered = NumberedLineColumn(cell);
      if (mapped || ColumnNamed(cell) == Column::kCode ||
          GuessedColumn(cell) == Column::kCode ||
          (numbered && numbered->first == Column::kCode)) {
        return r;
      }
    }
  }
  return 0;
}

}  // namespace

std::string ParseColumnMap(std::string_view text,
                           std::map<std::string, std::string>* columns) {
  for (std::string_view rest = text; !rest.empty();) {
    const size_t comma = rest.find(',');
    const std::string_view pair = TrimAsciiSpace(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? "" : rest.substr(comma + 1);
    if (pair.empty()) continue;
    const size_t equals = pair.find('=');
    if (equals == std::string_view::npos) {
      return "\"" + std::string(pair) + "\" must be FIELD=HEADER";
    }
    const std::string field(TrimAsciiSpace(pair.substr(0, equals)));
    const std::string header(TrimAsciiSpace(pair.substr(equals + 1)));
    if (!kColumns.count(field)) {
      std::string names;
      for (const auto& [name, column] : kColumns) {
        names += (names.empty() ? "" : ", ") + name;
      }
      return "\"" + field + "\" is not a billcode column (" + names + ")";
    }
    if (header.empty()) return "the column map gives " + field + " no header";
    (*columns)[field] = header;
  }
  return "";
}

ReadSummary ReadCsvClaims(std::string_view text,
                          const std::map<std::string, std::string>& columns,
                          const ClaimSink& sink) {
  ReadSummary summary;
  summary.format = ClaimFormat::kCsv;
  const CsvParse csv = ParseCsv(text, DetectDelimiter(text));
  if (csv.records.empty()) {
    summary.errors.push_back(InputError{"row 1", "needs a header row"});
    return summary;
  }
  const size_t header = HeaderIndex(csv.records, columns);
  CsvReader reader(columns, &summary);
  if (!reader.ReadHeader(csv.records[header])) return summary;
  for (size_t r = header + 1; r < csv.records.size(); ++r) {
    reader.ReadRow(csv.records[r]);
  }
  std::vector<ClaimParse> claims = reader.Finish();
  if (header > 0) {
    for (ClaimParse& claim : claims) {
      claim.claim.notes.push_back(
          "The " + std::to_string(header) + " row(s) above the header (row " +
          std::to_string(csv.records[header].line) + ") were passed over.");
    }
  }
  if (claims.empty() && csv.error.empty()) {  // a header alone: no lines
    claims.emplace_back();
    claims.back().format = ClaimFormat::kCsv;
    claims.back().location = "row " + std::to_string(csv.records[0].line);
  }
  if (!csv.error.empty()) {
    InputError error{"row " + std::to_string(csv.error_line), csv.error};
    if (claims.empty()) {
      summary.errors.push_back(std::move(error));
      return summary;
    }
    claims.back().errors.push_back(std::move(error));
  }
  for (ClaimParse& claim : claims) {
    ++summary.claims;
    if (!sink(std::move(claim))) {
      summary.stopped = true;
      break;
    }
  }
  return summary;
}

}  // namespace billcode
