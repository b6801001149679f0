#include "billcode/claims/input/claim_input.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "billcode/base/file_kind.h"
#include "billcode/base/text.h"
#include "billcode/claims/input/cms1500_text.h"
#include "billcode/claims/input/ub04_text.h"
#include "claim_readers.h"

namespace billcode {

namespace {

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

}  // namespace

std::string PayerClassOfName(std::string_view name) {
  // `name` in lowercase, and its words (runs of letters and digits).
  std::string lower(name);
  std::vector<std::string> words(1);
  for (char& c : lower) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::isalnum(static_cast<unsigned char>(c))) {
      words.back().push_back(c);
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  const auto has_word = [&](std::initializer_list<std::string_view> any) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
      return std::find(any.begin(), any.end(), w) != any.end();
    });
  };
  if (Contains(lower, "medicare") || has_word({"mcr", "mdcr", "cms"})) {
    return "medicare";
  }
  // State Medicaid programs whose names say neither (Medi-Cal, TennCare ...).
  std::string joined;
  for (const std::string& word : words) joined += word;
  static constexpr std::string_view kMedicaidPrograms[] = {
      "ahcccs",
      "applehealth",
      "badgercare",
      "centennialcare",
      "denalicare",
      "healthfirstcolorado",
      "healthyindianaplan",
      "healthylouisiana",
      "hoosierhealthwise",
      "huskyhealth",
      "kancare",
      "mainecare",
      "masshealth",
      "mohealthnet",
      "njfamilycare",
      "soonercare",
      "tenncare",
      "turquoisecare"};
  if (Contains(lower, "medicaid") || Contains(lower, "medi-cal") ||
      Contains(lower, "medi cal") || has_word({"mcd", "mcaid", "mdcd"}) ||
      std::any_of(std::begin(kMedicaidPrograms), std::end(kMedicaidPrograms),
                  [&](std::string_view program) {
                    return Contains(joined, program);
                  })) {
    return "medicaid";
  }
  return "";
}

ClaimFormat DetectClaimFormat(std::string_view text) {
  const std::string_view trimmed = TrimAsciiSpace(text);
  if (!trimmed.empty() && (trimmed.front() == '{' || trimmed.front() == '[')) {
    // A resourceType anywhere (serializers put it first or last): FHIR.
    return Contains(trimmed, "\"resourceType\"") ? ClaimFormat::kFhir
                                                 : ClaimFormat::kJson;
  }
  // An interchange header (after any text a tool put before it), or 837
  // segments without one.
  const std::string_view head = trimmed.substr(0, 1024);
  const size_t isa = head.find("ISA");
  if ((isa != std::string_view::npos && trimmed.size() >= isa + 106 &&
       trimmed[isa + 3] == trimmed[isa + 6]) ||
      trimmed.rfind("ST*", 0) == 0 ||
      trimmed.find("CLM*") != std::string_view::npos) {
    return ClaimFormat::kX12;
  }
  if (IsCms1500Text(trimmed)) return ClaimFormat::kCms1500;
  return IsUb04Text(trimmed) ? ClaimFormat::kUb04 : ClaimFormat::kCsv;
}

namespace {

// What `text` is when it is none of the claims billcode reads, in plain
// words; "" otherwise.
std::string NotAClaim(std::string_view text) {
  const std::string_view trimmed = TrimAsciiSpace(text);
  if (trimmed.empty()) return "is empty: there is no claim to read";
  const std::string_view head = trimmed.substr(0, 4096);
  if (head.front() == '<') {
    return Contains(head, "hl7.org/fhir")
               ? "is FHIR XML, which is not read: export the claim as FHIR "
                 "JSON"
               : "is XML, not a claim billcode reads (billcode JSON, FHIR "
                 "JSON, X12 837 or CSV)";
  }
  if (Contains(head, "ST*835") || Contains(head, "ST~835")) {
    return "is an X12 835 remittance advice (what a payer paid), not a "
           "claim (an 837); billcode explains it as a bill (\"Explain my "
           "bill\", or `billcode bill`)";
  }
  if (head.front() == '{' && Contains(trimmed, "\"resourceType\"") &&
      Contains(trimmed, "\"Claim\"") && Contains(trimmed, "\"service\"") &&
      !Contains(trimmed, "\"productOrService\"")) {
    return "is a FHIR DSTU2 or STU3 Claim (item.service): export it as FHIR "
           "R4, whose items have productOrService";
  }
  return "";
}

bool IsUtf8(std::string_view text) {
  char32_t code_point;
  for (size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
    } else if (!DecodeUtf8(text, &pos, &code_point)) {
      return false;
    }
  }
  return true;
}

// At most kMaxInputErrors errors, and one that counts the rest.
void CapErrors(std::vector<InputError>* errors) {
  if (errors->size() <= kMaxInputErrors) return;
  const size_t more = errors->size() - kMaxInputErrors;
  errors->resize(kMaxInputErrors);
  errors->push_back(InputError{
      "the input", std::to_string(more) + " more error(s) not listed"});
}

ReadSummary ReadText(std::string_view text, const ReadOptions& options,
                     const ClaimSink& sink) {
  const ClaimFormat format = options.format == ClaimFormat::kAuto
                                 ? DetectClaimFormat(text)
                                 : options.format;
  const ClaimSink capped = [&sink](ClaimParse&& parse) {
    CapErrors(&parse.errors);
    return sink(std::move(parse));
  };
  ReadSummary summary;
  switch (format) {
    case ClaimFormat::kJson:
      summary = ReadJsonClaims(text, capped);
      break;
    case ClaimFormat::kFhir:
      summary = ReadFhirClaims(text, capped);
      break;
    case ClaimFormat::kX12:
      summary = ReadX12Claims(text, capped);
      break;
    case ClaimFormat::kCms1500:
      summary = ReadCms1500Claims(text, capped);
      break;
    case ClaimFormat::kUb04:
      summary = ReadUb04Claims(text, capped);
      break;
    default:
      summary = ReadCsvClaims(text, options.columns, capped);
      break;
  }
  CapErrors(&summary.errors);
  return summary;
}

// The only claim `read` gives, with what the file says outside it as
// notes; or one that carries why there is none.
ClaimParse OnlyClaim(ClaimFormat format,
                     const std::function<ReadSummary(const ClaimSink&)>& read) {
  std::optional<ClaimParse> first;
  size_t count = 0;
  const ReadSummary summary = read([&](ClaimParse&& parse) {
    if (count++ == 0) first = std::move(parse);
    return true;
  });
  ClaimParse parse;
  if (first) parse = std::move(*first);
  parse.format = summary.format == ClaimFormat::kAuto ? format : summary.format;
  if (count == 0) {
    parse.errors = summary.errors;
  } else if (count == 1) {
    // What the file says outside its claim (envelopes, passed-over sets).
    for (const InputError& error : summary.errors) {
      parse.claim.notes.push_back(error.location + " " + error.message);
    }
  } else {
    parse.errors.insert(
        parse.errors.begin(),
        InputError{"the input", "holds " + std::to_string(count) +
                                    " claims: check them as a batch "
                                    "(checkClaims, billcode check)"});
  }
  return parse;
}

}  // namespace

// What a binary file is instead of a claim, and what to do; "" for text.
std::string NotAClaimFile(std::string_view bytes) {
  switch (FileKindOf(bytes)) {
    case FileKind::kText:
      return "";
    case FileKind::kPdf:
      return "is a PDF, which holds no claim billcode reads: the page's "
             "\"Explain my bill\" reads its text";
    case FileKind::kImage:
      return "is an image, not a claim file";
    case FileKind::kExcel:
      return "is an Excel workbook (.xlsx), which is not read: save the sheet "
             "as CSV and check that";
    case FileKind::kZip:
      return "is a ZIP archive: unpack it and check the claim files inside";
    case FileKind::kOffice1997:
      return "is an Office 97-2003 file (such as .xls), which is not read: "
             "save the sheet as CSV and check that";
  }
  return "";
}

ReadSummary ReadClaims(std::string_view bytes, const ReadOptions& options,
                       const ClaimSink& sink) {
  if (const std::string what = NotAClaimFile(bytes); !what.empty()) {
    ReadSummary summary;
    summary.format = options.format;
    summary.errors.push_back(InputError{"the input", what});
    return summary;
  }
  // Any encoding a claim file comes in: UTF-16 (Windows tools), a UTF-8
  // byte-order mark (Excel), Windows-1252 in names.
  // UTF-8 is read where it is, without a copy (batches can be large).
  std::string decoded;
  std::string_view text = bytes;
  if (std::optional<std::string> utf16 = Utf16ToUtf8(bytes)) {
    decoded = TextAsUtf8(*utf16);
    text = decoded;
  } else {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (!IsUtf8(text)) {
      decoded = Cp1252ToUtf8(text);
      text = decoded;
    }
  }
  if (const std::string what = NotAClaim(text); !what.empty()) {
    ReadSummary summary;
    summary.format = options.format;
    summary.errors.push_back(InputError{"the input", what});
    return summary;
  }
  return ReadText(text, options, sink);
}

ClaimParse ParseClaim(std::string_view bytes, ClaimFormat format) {
  ReadOptions options;
  options.format = format;
  return OnlyClaim(format, [&](const ClaimSink& sink) {
    return ReadClaims(bytes, options, sink);
  });
}

ClaimParse ParseClaimJson(std::string_view text) {
  return OnlyClaim(ClaimFormat::kJson, [&](const ClaimSink& sink) {
    return ReadJsonClaims(text, sink);
  });
}

ClaimParse ParseClaimFhir(std::string_view text) {
  return OnlyClaim(ClaimFormat::kFhir, [&](const ClaimSink& sink) {
    return ReadFhirClaims(text, sink);
  });
}

ClaimParse ParseClaimX12(std::string_view text) {
  return OnlyClaim(ClaimFormat::kX12, [&](const ClaimSink& sink) {
    return ReadX12Claims(text, sink);
  });
}

ClaimParse ParseClaimCsv(std::string_view text) {
  return OnlyClaim(ClaimFormat::kCsv, [&](const ClaimSink& sink) {
    return ReadCsvClaims(text, {}, sink);
  });
}

}  // namespace billcode
