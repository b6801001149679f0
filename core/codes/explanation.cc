#include "billcode/codes/explanation.h"

#include "billcode/tables/field_values.h"
#include "billcode/tables/staleness.h"

namespace billcode {
namespace {

std::string Quote(const std::string& text) {
  return "\u201C" + text + "\u201D";
}

std::string AboutKind(const Classification& c) {
  const KindFacts* facts = FactsOfKind(c.kind);
  if (!facts) return "";
  std::string sentence = c.code + " is a";
  if (c.kind == CodeKind::kModifier) {
    sentence += c.level == 1 ? " CPT modifier, maintained by the American "
                               "Medical Association (AMA)."
                             : " HCPCS Level II modifier, maintained by the "
                               "Centers for Medicare & Medicaid Services "
                               "(CMS).";
  } else {
    sentence += " " + facts->name + " code, maintained by the " +
                facts->maintainer + ".";
  }
  return sentence + " " + facts->explanation;
}

std::string AboutSection(const Classification& c) {
  if (!c.section || c.section == SectionOfKind(c.kind)) return "";
  std::string sentence = "It belongs to the section " + Quote(c.section->name) +
                         ": " + c.section->explanation;
  if (c.subsection) {
    sentence += " Within it, " + Quote(c.subsection->name) + ": " +
                c.subsection->explanation;
  }
  return sentence;
}

std::string WhyNoDescription(const Classification& c) {
  if (IsCpt(c.kind) || (c.kind == CodeKind::kModifier && c.level == 1)) {
    return "CPT descriptions are copyrighted by the AMA, so billcode does "
           "not show them or check that the code exists; your provider, "
           "your insurer or a licensed CPT source can tell you what it "
           "describes.";
  }
  if (c.kind == CodeKind::kCdt) {
    return "Dental (CDT) descriptions are copyrighted by the American Dental "
           "Association, so billcode does not show them or check that the "
           "code exists; your dentist or dental plan can tell you what it "
           "describes.";
  }
  return "";
}

std::string AboutStatus(const LookupResult& result) {
  const std::string date = result.date.ToIso();
  const HcpcsRecord* record = result.found.record;
  switch (result.status) {
    case LookupStatus::kActive: {
      // A release past its quarter still answers (Editions::Governing).
      const HcpcsRelease* release = result.found.release;
      const Date ends = release ? HcpcsReleaseEnds(release->info()) : Date();
      if (!ends.empty() && ends < result.date) {
        return "It is valid in HCPCS release " + release->info().edition +
               ", which is for dates up to " + ends.ToIso() +
               "; a newer release would tell whether it still is on " + date +
               ".";
      }
      return "It is a valid code on " + date + ".";
    }
    case LookupStatus::kNotYetEffective:
      return "It only takes effect on " + record->added.ToIso() +
             ", after the date of service " + date + ".";
    case LookupStatus::kTerminated: {
      std::string sentence = "It was ended on " +
                             LastValidDate(result).ToIso() +
                             " and is not valid on " + date + ".";
      if (!result.replacements.empty()) {
        sentence += " CMS points to ";
        for (size_t i = 0; i < result.replacements.size(); ++i) {
          if (i > 0)
            sentence += i + 1 == result.replacements.size() ? " or " : ", ";
          sentence += result.replacements[i].code;
        }
        sentence += " instead.";
      }
      return sentence;
    }
    case LookupStatus::kUnknown:
      if (result.cpt_table) return "";  // said with the CPT file
      return "It is not in the loaded HCPCS release; check it for typing "
             "mistakes.";
    case LookupStatus::kNoData:
      return result.classification.kind == CodeKind::kHcpcsLevel2 ||
                     result.classification.kind == CodeKind::kModifier
                 ? "No HCPCS release is loaded, so it could not be checked."
                 : "";
    default:
      return "";
  }
}

std::string AboutCoverage(const HcpcsRecord* record) {
  if (!record || record->coverage_code.empty()) return "";
  const std::string_view meaning =
      FieldValueMeaning("coverage", record->coverage_code);
  return meaning.empty() ? "" : "Medicare coverage: " + std::string(meaning);
}

void Add(std::string sentence, std::vector<std::string>* sentences) {
  if (!sentence.empty()) sentences->push_back(std::move(sentence));
}

}  // namespace

std::vector<std::string> Explain(const LookupResult& result) {
  const Classification& c = result.classification;
  std::vector<std::string> sentences;
  if (c.shape == Shape::kInvalid) {
    Add("This is not a valid billing code. " + c.detail, &sentences);
    if (!c.suggestion.empty()) {
      Add("Did you mean " + c.suggestion + "?", &sentences);
    }
    return sentences;
  }
  if (c.shape == Shape::kIncomplete) {
    Add("This looks like the start of a code: " + c.missing + " to go.",
        &sentences);
    return sentences;
  }
  Add(AboutKind(c), &sentences);
  Add(AboutSection(c), &sentences);
  if (const HcpcsRecord* record = result.found.record) {
    Add("CMS describes it as " + Quote(record->long_description) + ".",
        &sentences);
  }
  if (const CptDescriptor* cpt = result.cpt_descriptor) {
    Add("Your licensed CPT file (" + result.cpt_table->info().edition +
            ") describes it as " + Quote(cpt->descriptor) + ".",
        &sentences);
  } else if (result.cpt_table) {
    Add("It is not in your licensed CPT file (" +
            result.cpt_table->info().edition +
            "): check the code with your provider or insurer.",
        &sentences);
  } else {
    Add(WhyNoDescription(c), &sentences);
  }
  Add(AboutStatus(result), &sentences);
  Add(AboutCoverage(result.found.record), &sentences);
  return sentences;
}

}  // namespace billcode
