#include "billcode/codes/lookup.h"

namespace billcode {
namespace {

bool IsNumeric(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Status of a Level II code or modifier; fills `found` when a release
// holds it.
LookupStatus StatusInReleases(std::string_view code, Date date,
                              const ReleaseSet& releases, FoundRecord* found) {
  if (releases.empty()) return LookupStatus::kNoData;
  const ReleaseSet::Found in_release = releases.Find(code, date);
  if (!in_release.record) return LookupStatus::kUnknown;
  *found = FoundRecord{in_release.record, in_release.release};
  return StatusOnDate(*in_release.record, date);
}

LookupStatus ModifierStatus(std::string_view modifier, Date date,
                            const ReleaseSet& releases, FoundRecord* found) {
  if (IsNumeric(modifier)) return LookupStatus::kNoData;
  return StatusInReleases(modifier, date, releases, found);
}

}  // namespace

LookupStatus StatusOnDate(const HcpcsRecord& record, Date date) {
  if (!record.added.empty() && date < record.added) {
    return LookupStatus::kNotYetEffective;
  }
  if (!record.termination.empty() && date > record.termination) {
    return LookupStatus::kTerminated;
  }
  return LookupStatus::kActive;
}

Date LastValidDate(const LookupResult& result) {
  if (result.found.record) return result.found.record->termination;
  if (result.cpt_deletion) return result.cpt_deletion->deleted.PreviousDay();
  return Date();
}

LookupResult Lookup(std::string_view text, Date date,
                    const ReleaseSet& releases, const CptDescriptorTable* cpt) {
  LookupResult result;
  result.date = date;
  result.classification = Classify(text, [&releases](std::string_view code) {
    const ReleaseSet::Found found = releases.Find(code);
    return found.record && found.record->is_modifier;
  });
  const Classification& c = result.classification;
  for (const std::string& modifier : c.modifiers) {
    ModifierLookup lookup;
    lookup.modifier = modifier;
    lookup.status = ModifierStatus(modifier, date, releases, &lookup.found);
    result.modifiers.push_back(lookup);
  }
  if (c.shape == Shape::kIncomplete) {
    result.status = LookupStatus::kIncomplete;
    return result;
  }
  if (c.shape == Shape::kInvalid) {
    result.status = LookupStatus::kInvalid;
    return result;
  }
  if (c.kind == CodeKind::kModifier) {
    result.status = ModifierStatus(c.code, date, releases, &result.found);
  } else if (c.kind == CodeKind::kHcpcsLevel2) {
    result.status = StatusInReleases(c.code, date, releases, &result.found);
  } else {
    result.status = LookupStatus::kNoData;  // CPT and CDT
    if (IsCpt(c.kind) && cpt) {
      result.cpt_table = cpt;
      result.cpt_descriptor = cpt->Find(c.code);
      result.status = result.cpt_descriptor ? LookupStatus::kActive
                                            : LookupStatus::kUnknown;
    }
    if (IsCpt(c.kind)) result.cpt_deletion = FindCptDeletion(c.code);
    if (result.cpt_deletion && !(date < result.cpt_deletion->deleted)) {
      result.status = LookupStatus::kTerminated;
    }
  }
  if (result.status == LookupStatus::kTerminated && result.found.record) {
    for (const std::string& code : result.found.record->cross_references) {
      const ReleaseSet::Found found = releases.Find(code, date);
      result.replacements.push_back(
          Replacement{code, FoundRecord{found.record, found.release}});
    }
  }
  return result;
}

}  // namespace billcode
