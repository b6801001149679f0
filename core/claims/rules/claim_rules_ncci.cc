// NCCI rules: mue-units, mue-no-data, medicare-use-level2 (MUE 0 for a CPT
// code on a Medicare claim where a Level II alternative is known),
// addon-without-primary, ptp-bundled, ptp-bypassed.
#include <map>
#include <tuple>

#include "billcode/base/embedded_data.h"
#include "billcode/base/tsv.h"
#include "billcode/tables/ncci_addon.h"
#include "billcode/tables/ncci_mue.h"
#include "billcode/tables/ncci_ptp.h"
#include "claim_rules.h"

namespace billcode {
namespace {

// The NCCI PTP-associated modifiers, which may bypass an edit whose
// modifier indicator is 1: anatomic ones, which separate two services only
// when they name different sites, and the others.
constexpr std::string_view kPtpAnatomicModifiers[] = {
    "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6",
    "F7", "F8", "F9", "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7",
    "T8", "T9", "LT", "RT", "LC", "LD", "RC", "LM", "RI"};
constexpr std::string_view kPtpOtherModifiers[] = {"24", "25", "57", "58", "78",
                                                   "79", "27", "59", "91", "XE",
                                                   "XS", "XP", "XU"};

std::string MueSource(const MueTable& table) {
  return "CMS NCCI MUE " + std::string(ToString(table.setting())) + " " +
         table.info().edition;
}

// MUE 0 is an error whatever the adjudication indicator. On a Medicare
// claim for a CPT code with a known Level II alternative it is
// medicare-use-level2; otherwise mue-units, saying what MUE 0 means.
void ReportMueZero(const CheckContext& context, const LineFacts& facts,
                   const MueTable& table, const MueEntry& entry,
                   Findings* findings) {
  const Classification& c = facts.lookup.classification;
  const std::vector<std::string> alternative =
      context.payer == Payer::kMedicare && IsCpt(c.kind)
          ? Level2Alternative(c.code)
          : std::vector<std::string>();
  if (!alternative.empty()) {
    findings->Add(
        facts.number, "code", Rule::kMedicareUseLevel2, Severity::kError,
        "Medicare does not pay " + c.code + " in the " +
            std::string(ToString(context.setting)) +
            " setting (MUE 0 by CMS policy): it wants a HCPCS Level II "
            "code. " +
            alternative[1],
        "Bill " + alternative[0] + " instead.",
        MueSource(table) + "; " + alternative[2]);
    return;
  }
  findings->Add(
      facts.number, "units", Rule::kMueUnits, Severity::kError,
      c.code + " has an MUE of 0 in the " +
          std::string(ToString(context.setting)) +
          " setting: no unit of it is paid there" +
          (entry.rationale.empty() ? "" : " (" + entry.rationale + ")") +
          ". An MUE of 0 usually means the code is paid only in another "
          "setting, is part of another service, or is reported with "
          "another code.",
      "Check the claim's setting and the code for this service.",
      MueSource(table));
}

// Lines of one code on one date, for the per-day MUE.
using DayKey = std::pair<std::string, int>;

void CheckMueLine(const CheckContext& context, const LineFacts& facts,
                  const MueTable& table,
                  std::map<DayKey, std::vector<const LineFacts*>>* per_day,
                  Findings* findings) {
  const std::string& code = facts.lookup.classification.code;
  const MueEntry* entry = table.Find(code);
  if (!entry) {
    findings->Add(facts.number, "units", Rule::kMueNoData, Severity::kInfo,
                  "No MUE is published for " + code + " in the " +
                      std::string(ToString(context.setting)) +
                      " setting: its units were not checked.",
                  "Check the payer's unit limits.", MueSource(table));
    return;
  }
  if (entry->value == 0) {
    ReportMueZero(context, facts, table, *entry, findings);
  } else if (entry->adjudication_indicator == 1) {
    if (facts.units > entry->value) {
      findings->Add(facts.number, "units", Rule::kMueUnits, Severity::kError,
                    FormatNumber(facts.units) + " units of " + code +
                        " on one line exceed the MUE of " +
                        std::to_string(entry->value) + " per line.",
                    "Bill at most " + std::to_string(entry->value) +
                        " units on the line; more units need their own "
                        "lines with the modifiers the payer asks for.",
                    MueSource(table));
    }
  } else if (facts.units_valid && !facts.date.empty()) {
    (*per_day)[{code, facts.date.packed()}].push_back(&facts);
  }
}

void CheckMueDay(const MueTable& table,
                 const std::vector<const LineFacts*>& lines,
                 Findings* findings) {
  const LineFacts& first = *lines.front();
  const MueEntry& entry = *table.Find(first.lookup.classification.code);
  double total = 0;
  std::string numbers;  // the first ten line numbers, then a count
  for (size_t i = 0; i < lines.size(); ++i) {
    total += lines[i]->units;
    if (i < 10) {
      numbers += (i ? ", " : "") + std::to_string(lines[i]->number);
    }
  }
  if (lines.size() > 10) {
    numbers += " and " + std::to_string(lines.size() - 10) + " more";
  }
  if (total <= entry.value) return;
  const bool policy = entry.adjudication_indicator == 2;
  findings->Add(
      first.number, "units", Rule::kMueUnits,
      policy ? Severity::kError : Severity::kWarning,
      FormatNumber(total) + " units of " + first.lookup.classification.code +
          " on " + first.date.ToIso() + " (line" +
          (lines.size() > 1 ? "s " : " ") + numbers + ") exceed the MUE of " +
          std::to_string(entry.value) + " per day" +
          (policy ? " (a policy limit: the excess is denied and cannot be "
                    "appealed)."
                  : " (a clinical limit: the excess is denied but can be "
                    "appealed with records)."),
      policy ? "Bill at most " + std::to_string(entry.value) + " units per day."
             : "Check the units; if they are right, keep the medical "
               "records ready for an appeal.",
      MueSource(table));
}

// How many lines bill each valid code on each day, to find primaries: one
// entry per code and day, so that 20,000 lines of one code are one entry.
using CodesByDay = std::map<std::pair<int, std::string_view>, size_t>;

// True when `edit` applies to `addon` in the claim's setting.
bool AppliesInSetting(const AddOnEdit& edit, Setting setting) {
  const AddOnNoteEffect effect = NoteEffectOf(edit.note);
  return !(effect == AddOnNoteEffect::kFacilitiesOnly &&
           setting == Setting::kPractitioner);
}

bool HasPrimary(const CheckContext& context, const CodesByDay& codes,
                const LineFacts& addon, const AddOnEdit* first,
                const AddOnEdit* last) {
  const int day = addon.date.packed();
  for (const AddOnEdit* edit = first; edit != last; ++edit) {
    if (!IsActiveOn(*edit, addon.date) ||
        (!edit->primary_deleted.empty() &&
         addon.date > edit->primary_deleted) ||
        (NoteEffectOf(edit->note) ==
             AddOnNoteEffect::kPrimaryPractitionerOnly &&
         context.setting != Setting::kPractitioner)) {
      continue;
    }
    const auto found = codes.find({day, edit->primary_code});
    const size_t lines = found == codes.end() ? 0 : found->second;
    const bool self = edit->primary_code == addon.lookup.classification.code;
    if (lines > (self ? 1u : 0u)) return true;
  }
  return false;
}

void CheckAddOnLine(const CheckContext& context, const CodesByDay& codes,
                    const LineFacts& facts, const AddOnTable& table,
                    Findings* findings) {
  const std::string& code = facts.lookup.classification.code;
  const auto [first, last] = table.EditsOf(code);
  std::string primaries;
  int type = 0;
  int listed = 0;
  for (const AddOnEdit* edit = first; edit != last; ++edit) {
    if (!IsActiveOn(*edit, facts.date) ||
        !AppliesInSetting(*edit, context.setting)) {
      continue;
    }
    type = edit->type;
    if (edit->type != 2 && listed++ < 6) {
      primaries += (primaries.empty() ? "" : ", ") + edit->primary_code;
    }
  }
  if (type == 0) return;
  const std::string source =
      "CMS NCCI add-on code edits " + table.info().edition;
  if (type == 2) {
    findings->Add(facts.number, "code", Rule::kAddonWithoutPrimary,
                  Severity::kInfo,
                  code +
                      " is an add-on code whose primary codes the "
                      "Medicare contractor defines.",
                  "Bill it with the primary procedure it adds to, on the "
                  "same date.",
                  source);
    return;
  }
  if (HasPrimary(context, codes, facts, first, last)) return;
  if (listed > 6) primaries += ", …";
  findings->Add(facts.number, "code", Rule::kAddonWithoutPrimary,
                type == 1 ? Severity::kError : Severity::kWarning,
                code +
                    " is an add-on code, billed without its primary "
                    "procedure on the same date (" +
                    primaries + ").",
                type == 1 ? "Add the primary procedure's line, or remove the "
                            "add-on code."
                          : "Add the primary procedure's line; the "
                            "contractor may accept other primaries.",
                source);
}

// The anatomic PTP modifiers of a line, in a fixed order.
std::vector<std::string_view> AnatomicModifiers(const LineFacts& facts) {
  std::vector<std::string_view> sites;
  for (std::string_view modifier : kPtpAnatomicModifiers) {
    if (facts.HasModifier(modifier)) sites.push_back(modifier);
  }
  return sites;
}

// True when a modifier lets the pair be paid when the services were
// separate: one of the non-anatomic PTP modifiers on either line, or
// anatomic modifiers that name different sites (LT on one line and RT on
// the other; LT on both is the same side, and bypasses nothing).
bool PtpModifierSeparates(const LineFacts& column1, const LineFacts& column2) {
  for (std::string_view modifier : kPtpOtherModifiers) {
    if (column1.HasModifier(modifier) || column2.HasModifier(modifier)) {
      return true;
    }
  }
  const std::vector<std::string_view> sites1 = AnatomicModifiers(column1);
  const std::vector<std::string_view> sites2 = AnatomicModifiers(column2);
  return (!sites1.empty() || !sites2.empty()) && sites1 != sites2;
}

// The first edit of the pair that applies on `date` and is not one whose
// modifier indicator is 9 (not applicable), or nullptr.
const PtpEdit* ActivePtpEdit(const PtpTable& table, std::string_view code1,
                             std::string_view code2, Date date) {
  for (const PtpEdit* edit : table.Find(code1, code2)) {
    if (IsActiveOn(*edit, date) && edit->modifier_indicator != 9) return edit;
  }
  return nullptr;
}

// `column2` is bundled into the lines of `column1s` (one code, same date)
// by `edit`: one finding, bypassed when the modifiers of `column2` and of
// one of `column1s` may separate them.
void ReportPtp(const std::vector<const LineFacts*>& column1s,
               const LineFacts& column2, const PtpEdit& edit,
               const PtpTable& table, Findings* findings) {
  const LineFacts* column1 = column1s.front();
  bool bypassed = false;
  if (edit.modifier_indicator == 1) {
    for (const LineFacts* line : column1s) {
      if (PtpModifierSeparates(*line, column2)) {
        bypassed = true;
        column1 = line;
        break;
      }
    }
  }
  const std::string& code1 = edit.column1;
  const std::string& code2 = edit.column2;
  const std::string source = "CMS NCCI PTP " + table.info().edition;
  const std::string pair = code2 + " is bundled into " + code1 + " (line " +
                           std::to_string(column1->number) +
                           ") on the same date";
  if (bypassed) {
    findings->Add(column2.number, "modifiers", Rule::kPtpBypassed,
                  Severity::kInfo,
                  pair +
                      "; an NCCI-associated modifier lets both be paid "
                      "when the services were truly separate.",
                  "Keep documentation that shows the services were "
                  "separate.",
                  source);
    return;
  }
  findings->Add(column2.number, "code", Rule::kPtpBundled, Severity::kError,
                pair +
                    (edit.modifier_indicator == 0
                         ? "; no modifier can separate them."
                         : "; it is denied unless a modifier shows "
                           "the services were separate.") +
                    (edit.rationale.empty() ? "" : " (" + edit.rationale + ")"),
                edit.modifier_indicator == 0
                    ? "Remove " + code2 + " from the claim."
                    : "Remove " + code2 +
                          ", or add a modifier such as "
                          "59 or XS if the service was "
                          "separate.",
                source);
}

}  // namespace

std::vector<std::string> Level2Alternative(std::string_view code) {
  static const std::vector<TsvRow>* rows = new std::vector<TsvRow>(
      ParseTsv(embedded::MedicareLevel2AlternativesTsv()));
  for (const TsvRow& row : *rows) {
    if (row.size() == 4 && row[0] == code) {
      return {std::string(row[1]), std::string(row[2]), std::string(row[3])};
    }
  }
  return {};
}

void CheckMue(const CheckContext& context, Findings* findings) {
  const Editions<MueTable>& editions =
      context.data.mue_editions(context.setting);
  if (editions.empty()) return;
  std::map<DayKey, std::vector<const LineFacts*>> per_day;
  for (const LineFacts& facts : context.lines) {
    if (!facts.IsValidCode() || !facts.units_valid) continue;
    if (const MueTable* table = editions.Governing(facts.date)) {
      CheckMueLine(context, facts, *table, &per_day, findings);
    } else {
      findings->Add(facts.number, "units", Rule::kMueNoData, Severity::kInfo,
                    "No MUE edition loaded for the " +
                        std::string(ToString(context.setting)) +
                        " setting covers " + facts.date.ToIso() +
                        " (loaded: " + EditionsCoverage(editions) +
                        "): the units were not checked.",
                    "Load the MUE edition for the date of service.");
    }
  }
  for (const auto& [key, lines] : per_day) {
    CheckMueDay(*editions.Governing(lines.front()->date), lines, findings);
  }
}

void CheckAddOns(const CheckContext& context, Findings* findings) {
  CodesByDay codes;
  for (const LineFacts& facts : context.lines) {
    if (facts.IsValidCode() && !facts.date.empty()) {
      ++codes[{facts.date.packed(), facts.lookup.classification.code}];
    }
  }
  for (const LineFacts& facts : context.lines) {
    if (!facts.IsValidCode() || facts.date.empty()) continue;
    if (const AddOnTable* table = context.data.addons(facts.date)) {
      CheckAddOnLine(context, codes, facts, *table, findings);
    }
  }
}

void CheckPtp(const CheckContext& context, Findings* findings) {
  const PtpTable* table = context.data.ptp();
  if (!table) return;
  // Lines with a valid code and a date, by date and then code: each code's
  // edits are looked up once per date, so the work grows with the lines
  // and the edits of their codes, not with pairs of lines.
  std::map<int, std::map<std::string_view, std::vector<const LineFacts*>>>
      by_date;
  for (const LineFacts& facts : context.lines) {
    if (facts.IsValidCode() && !facts.date.empty()) {
      by_date[facts.date.packed()][facts.lookup.classification.code].push_back(
          &facts);
    }
  }
  for (const auto& [day, codes] : by_date) {
    const Date date = Date::FromPacked(day);
    for (const auto& [code1, column1s] : codes) {
      const auto [first, last] = table->EqualRange(code1);
      std::string_view previous;
      for (const PtpEdit* edit = first; edit != last; ++edit) {
        if (edit->column2 == code1 || edit->column2 == previous) continue;
        previous = edit->column2;
        const auto column2s = codes.find(edit->column2);
        if (column2s == codes.end()) continue;
        const PtpEdit* active =
            ActivePtpEdit(*table, code1, edit->column2, date);
        if (!active) continue;
        for (const LineFacts* column2 : column2s->second) {
          ReportPtp(column1s, *column2, *active, *table, findings);
        }
      }
    }
  }
}

}  // namespace billcode
