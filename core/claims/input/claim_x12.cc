// X12 837 interchanges: any number of ISA/GS/ST envelopes, each with any
// number of claims (one per CLM). The variant comes from ST03 (else GS08):
// X222 professional, X223 institutional, X224 dental. Read:
// - HL starts a loop: level 20 (billing provider) clears its PRV, 22
//   (subscriber) its payer. PRV*BI with taxonomy 332B (DME supplier) sets
//   the setting; the SBR before the CLM sets the payer (SBR09: MA/MB
//   Medicare, MC Medicaid, else commercial); SBRs after it (loop 2320)
//   describe other payers and are passed over.
// - CLM: the claim's id (CLM01); CLM05-1 is the place of service
//   (professional, dental) or the facility type (institutional, with the
//   frequency CLM05-3 making the type of bill); institutional claims are
//   outpatient-hospital.
// - HI: ICD-10-CM diagnoses (ABK, ABF, ABJ, APR, ABN); ICD-9-CM ones (BK,
//   BF, BJ, PR, BN) are kept apart for the dx-icd9 check.
// - LX a new line; SV1 (HC code, modifiers, charge, UN/MJ units, place of
//   service, pointers, description), SV2 (revenue code, HC code and
//   modifiers, charge, units), SV3 (AD code, modifiers, charge, place,
//   units), TOO (tooth and surfaces), DTP*472 (D8 or RD8; before the first
//   LX: the claim's date), DTP*434 (statement dates: the claim's date when
//   it has no other), LIN*N4 (NDC).
// Other segments are passed over. Separators come from each ISA; line
// breaks between and inside segments (fixed-width wrapping) are ignored.
#include <algorithm>
#include <cctype>
#include <optional>

#include "billcode/base/date.h"
#include "billcode/base/text.h"
#include "billcode/base/x12_segments.h"
#include "billcode/claims/input/claim_input.h"
#include "claim_readers.h"

namespace billcode {
namespace {

// YYYYMMDD -> YYYY-MM-DD; anything else is kept as given.
std::string IsoDate(const std::string& compact) {
  if (auto date = Date::ParseCompact(compact)) return date->ToIso();
  return compact;
}

bool OneOf(const std::string& value,
           std::initializer_list<const char*> choices) {
  return std::any_of(choices.begin(), choices.end(),
                     [&](const char* choice) { return value == choice; });
}

// One level of an X12 file's envelopes (ISA/IEA, GS/GE, ST/SE) as read:
// where its header is, its control number, and how many of what its
// trailer counts it holds so far.
struct Envelope {
  Envelope(const char* header_id, const char* trailer_id, const char* level,
           const char* counts)
      : header(header_id), trailer(trailer_id), name(level), counted(counts) {}

  const char* header;
  const char* trailer;
  const char* name;     // "transaction set"
  const char* counted;  // what the trailer's first element counts
  int start = 0;        // the header's segment number; 0 when closed
  std::string control;
  int count = 0;
};

class X12Reader {
 public:
  X12Reader(const ClaimSink& sink, ReadSummary* summary)
      : sink_(sink), summary_(summary) {}

  void SetSeparators(X12Separators separators) { separators_ = separators; }
  bool stopped() const { return summary_->stopped; }

  void Read(int number, const std::vector<std::string>& elements) {
    number_ = number;
    id_ = elements[0];
    elements_ = &elements;
    if (set_.start > 0) ++set_.count;
    if (id_ == "ISA") {
      Flush();
      OpenEnvelope(&interchange_envelope_, Get(13), 0);
      ++interchange_;
      transaction_ = 0;
    } else if (id_ == "GS") {
      Flush();
      OpenEnvelope(&group_, Get(6), 0);
      if (interchange_envelope_.start > 0) ++interchange_envelope_.count;
      group_version_ = Get(8);
    } else if (id_ == "ST") {
      OpenEnvelope(&set_, Get(2), 1);
      if (group_.start > 0) ++group_.count;
      StartTransaction();
    } else if (id_ == "SE" || id_ == "GE" || id_ == "IEA") {
      CloseEnvelope(id_ == "SE"   ? &set_
                    : id_ == "GE" ? &group_
                                  : &interchange_envelope_);
      Flush();
    } else if (id_ == "HL") {
      ReadLevel(Get(3));
    } else if (!skipping_) {
      ReadInTransaction(elements);
    }
  }

  // A segment that is no X12; returns false when there are so many outside
  // any claim that the input is no X12 at all.
  bool Unreadable(int number, std::string_view start) {
    number_ = number;
    id_ = "?";
    Error("is not an X12 segment (\"" + std::string(start) + "\")");
    return claim_ || summary_->errors.size() <= kMaxInputErrors;
  }

  void Finish() {
    ReportUnclosed(&interchange_envelope_,
                   " (the file ends inside it: it may have been cut short, "
                   "and the claims after its last SE, or its last claim's "
                   "lines, may be missing)");
    Flush();
    if (summary_->claims == 0) {
      summary_->errors.push_back(
          InputError{"the input", "has no CLM segment (no claim)"});
    }
  }

 private:
  std::string Get(size_t i) const {
    return i < elements_->size() ? (*elements_)[i] : std::string();
  }
  std::string Here() const {
    return "segment " + std::to_string(number_) +
           (id_ == "?" ? "" : " (" + id_ + ")");
  }
  void Error(const std::string& message) {
    if (claim_) {
      claim_->errors.push_back(InputError{Here(), message});
    } else {
      summary_->errors.push_back(InputError{Here(), message});
    }
  }
  void Note(const std::string& message) {
    if (claim_) claim_->claim.notes.push_back(Here() + " " + message);
  }

  void StartTransaction() {
    Flush();
    ++transaction_;
    skipping_ = Get(1) != "837";
    if (skipping_) {
      summary_->errors.push_back(
          InputError{Here(), "transaction set " + Get(1) +
                                 " is not a claim (837): it was passed over"});
    }
    const std::string version = Get(3).empty() ? group_version_ : Get(3);
    form_ =
        version.find("X223") != std::string::npos   ? ClaimForm::kInstitutional
        : version.find("X224") != std::string::npos ? ClaimForm::kDental
                                                    : ClaimForm::kProfessional;
    billing_setting_.clear();
    payer_.clear();
  }

  // What the claim then open, or else the file, is told of its envelopes.
  void EnvelopeProblem(const std::string& location,
                       const std::string& message) {
    if (claim_) {
      claim_->claim.notes.push_back(location + " " + message);
    } else {
      summary_->errors.push_back(InputError{location, message});
    }
  }

  // An envelope whose header is here; one of its level still open (no
  // trailer before this header) is reported.
  void OpenEnvelope(Envelope* envelope, const std::string& control, int count) {
    ReportUnclosed(envelope, "");
    envelope->start = number_;
    envelope->control = control;
    envelope->count = count;
  }

  // The trailer here: it must count what its envelope holds and end its
  // header's control number, or a clearinghouse rejects the file. The set
  // of a transaction other than an 837 is not checked.
  void CloseEnvelope(Envelope* envelope) {
    if (envelope->start == 0) return;
    envelope->start = 0;
    if (envelope == &set_ && skipping_) return;
    const std::string count = Get(1);
    const std::string rejected = "a clearinghouse rejects the file as it is";
    if (count != std::to_string(envelope->count)) {
      EnvelopeProblem(Here(),
                      "counts " + (count.empty() ? "no" : count) + " " +
                          envelope->counted + " in its " + envelope->name +
                          ", which has " + std::to_string(envelope->count) +
                          (envelope == &set_ ? " (from ST to SE)" : "") +
                          ": some may be missing or added, and " + rejected);
    }
    if (Get(2) != envelope->control) {
      EnvelopeProblem(Here(), "ends control number " + Get(2) + ", not the " +
                                  envelope->header + "'s " + envelope->control +
                                  ": " + rejected);
    }
  }

  // The innermost envelope still open at or inside `outermost`, which lacks
  // its trailer `why` (default: before the segment here), is reported; all
  // of them are closed.
  void ReportUnclosed(Envelope* outermost, const std::string& why) {
    Envelope* const levels[] = {&set_, &group_, &interchange_envelope_};
    bool reported = false;
    for (Envelope* envelope : levels) {
      const bool open = envelope->start > 0;
      if (open && !reported && !(envelope == &set_ && skipping_)) {
        EnvelopeProblem(
            "segment " + std::to_string(envelope->start) + " (" +
                envelope->header + ")",
            std::string("starts ") +
                (envelope == &interchange_envelope_ ? "an " : "a ") +
                envelope->name + " that has no " + envelope->trailer +
                (why.empty() ? " before " + Here() : why));
      }
      reported = reported || open;
      envelope->start = 0;
      if (envelope == outermost) break;
    }
  }

  void ReadLevel(const std::string& level) {
    Flush();
    if (level == "20") {
      billing_setting_.clear();
      billing_npi_.clear();
    }
    if (level == "20" || level == "22") {
      payer_.clear();
      member_id_.clear();
    }
  }

  void ReadInTransaction(const std::vector<std::string>& elements) {
    if (id_ == "SBR") {
      if (!claim_) payer_ = PayerOf(Get(9));
    } else if (id_ == "PRV" && Get(1) == "BI" && !claim_) {
      // A billing provider whose taxonomy is 332B... (durable medical
      // equipment and supplies) is a DME supplier: the DME MUEs apply.
      if (Get(3).rfind("332B", 0) == 0) billing_setting_ = "dme";
    } else if (id_ == "NM1" && Get(8) == "XX") {
      ReadProviderNpi(Get(1), Get(9));
    } else if (id_ == "NM1" && Get(1) == "IL" && !claim_) {
      member_id_ = Get(9);  // the subscriber's (2010BA)
    } else if (id_ == "CLM") {
      StartClaim();
    } else if (!claim_) {
      if (OneOf(id_, {"HI", "LX", "SV1", "SV2", "SV3", "TOO", "LIN"})) {
        Error("comes before the CLM segment");
      }
    } else if (id_ == "HI") {
      for (size_t i = 1; i < elements.size(); ++i) ReadDiagnosis(elements[i]);
    } else if (id_ == "LX") {
      claim_->claim.lines.emplace_back();
      has_service_ = false;
    } else if (id_ == "SV1" || id_ == "SV2" || id_ == "SV3") {
      ReadService();
    } else if (id_ == "TOO") {
      ReadTooth();
    } else if (id_ == "DTP" && (Get(1) == "472" || Get(1) == "434")) {
      ReadDate(Get(1), Get(2), Get(3));
    } else if (id_ == "LIN") {
      ReadNdc(Get(2), Get(3));
    } else if (id_ == "REF" && Get(1) == "F8" && claim_->claim.lines.empty()) {
      claim_->claim.original_claim = Get(2);  // the claim's own (2300)
    }
  }

  // An NM1 with an NPI (NM108 XX): the billing provider's (2010AA, before
  // the claims it bills), the claim's (2310, before its first LX) or its
  // last line's (2420).
  void ReadProviderNpi(const std::string& entity, const std::string& npi) {
    static const std::pair<const char*, const char*> kRoles[] = {
        {"85", "billing"},   {"82", "rendering"}, {"DN", "referring"},
        {"P3", "referring"}, {"DK", "ordering"},  {"DQ", "supervising"},
        {"77", "facility"},  {"71", "attending"}, {"72", "operating"},
        {"ZZ", "other"}};
    const auto role =
        std::find_if(std::begin(kRoles), std::end(kRoles),
                     [&](const auto& pair) { return entity == pair.first; });
    if (role == std::end(kRoles)) return;
    if (!claim_) {
      if (entity == "85") billing_npi_ = npi;
      return;
    }
    std::vector<ProviderNpi>& providers =
        claim_->claim.lines.empty() ? claim_->claim.providers
                                    : claim_->claim.lines.back().providers;
    providers.push_back(ProviderNpi{role->second, npi});
  }

  static std::string PayerOf(const std::string& filing) {
    if (filing == "MA" || filing == "MB") return "medicare";
    if (filing == "MC") return "medicaid";
    return filing.empty() ? "" : "commercial";
  }

  void StartClaim() {
    Flush();
    claim_.emplace();
    claim_->format = ClaimFormat::kX12;
    claim_->id = Get(1);
    // Segments without an ISA envelope are in no interchange.
    claim_->location =
        (interchange_ > 0 ? "interchange " + std::to_string(interchange_) + ", "
                          : std::string()) +
        "transaction " + std::to_string(transaction_) + ", " + Here();
    Claim& claim = claim_->claim;
    claim.payer = payer_;
    claim.member_id = member_id_;
    claim.setting = billing_setting_;
    if (!billing_npi_.empty()) {
      claim.providers.push_back(ProviderNpi{"billing", billing_npi_});
    }
    claim.form = std::string(ToString(form_));
    const std::vector<std::string> facility =
        SplitX12(Get(5), separators_.component);
    if (facility.size() > 2) claim.frequency = facility[2];
    if (form_ == ClaimForm::kInstitutional) {
      claim.facility_type =
          facility[0] + (facility.size() > 2 ? facility[2] : "");
      if (claim.setting.empty()) claim.setting = "outpatient-hospital";
    } else {
      claim.place_of_service = facility[0];
    }
    has_service_ = false;
  }

  void Flush() {
    if (!claim_) return;
    if (!claim_->claim.lines.empty() && !has_service_) {
      claim_->errors.push_back(InputError{
          "the claim's last LX", "has no service segment (SV1, SV2 or SV3)"});
    }
    ++summary_->claims;
    if (!sink_(std::move(*claim_))) summary_->stopped = true;
    claim_.reset();
  }

  void ReadDiagnosis(const std::string& element) {
    if (element.empty()) return;
    const std::vector<std::string> parts =
        SplitX12(element, separators_.component);
    const std::string& qualifier = parts[0];
    const bool icd10 = OneOf(qualifier, {"ABK", "ABF", "ABJ", "APR", "ABN"});
    const bool icd9 = OneOf(qualifier, {"BK", "BF", "BJ", "PR", "BN"});
    if (!icd10 && !icd9) return;  // procedures, condition and value codes
    if (parts.size() < 2 || parts[1].empty()) {
      Error(qualifier + " has no diagnosis code");
    } else if (icd10) {
      claim_->claim.diagnoses.push_back(parts[1]);
    } else {
      claim_->claim.icd9_diagnoses.push_back(parts[1]);
    }
  }

  ClaimLine* ServiceLine() {
    if (claim_->claim.lines.empty()) {
      Error("must follow an LX segment");
      return nullptr;
    }
    if (has_service_) {
      Error("a second service segment in one LX loop");
      return nullptr;
    }
    has_service_ = true;
    return &claim_->claim.lines.back();
  }

  // The code of a composite procedure element: `qualifier:code:m1..m4:
  // description`; another qualifier makes the code one of another system.
  void ReadProcedure(const std::string& element, const char* qualifier,
                     ClaimLine* line) {
    const std::vector<std::string> procedure =
        SplitX12(element, separators_.component);
    if (procedure.size() < 2 || procedure[1].empty()) {
      Error("has no procedure code (" + std::string(qualifier) + ":code)");
      return;
    }
    line->code = procedure[1];
    if (procedure[0] != qualifier) {
      line->code_system = "X12 qualifier " + procedure[0];
    }
    for (size_t i = 2; i < procedure.size() && i < 6; ++i) {
      if (!procedure[i].empty()) line->modifiers.push_back(procedure[i]);
    }
    if (procedure.size() > 6) line->description = procedure[6];
  }

  void ReadService() {
    ClaimLine* line = ServiceLine();
    if (!line) return;
    if (id_ == "SV1") {
      ReadProcedure(Get(1), "HC", line);
      line->charge = Get(2);
      if (!Get(3).empty() && Get(3) != "UN" && Get(3) != "MJ") {
        Error("SV1-03 unit basis must be UN (units) or MJ (minutes)");
      }
      line->units = Get(4);
      line->place_of_service = Get(5);
      if (!Get(7).empty()) {
        line->diagnosis_pointers = SplitX12(Get(7), separators_.component);
      }
    } else if (id_ == "SV2") {
      line->revenue_code = Get(1);
      if (Get(2).empty()) {
        line->code = Get(1);
        line->code_system = "revenue code";
      } else {
        ReadProcedure(Get(2), "HC", line);
      }
      line->charge = Get(3);
      line->units = Get(5);
    } else {
      ReadProcedure(Get(1), "AD", line);
      line->charge = Get(2);
      line->place_of_service = Get(3);
      line->units = Get(6);
    }
  }

  void ReadTooth() {
    if (claim_->claim.lines.empty()) {
      Error("must follow an LX segment");
      return;
    }
    Tooth tooth;
    tooth.number = Get(2);
    for (const std::string& surface : SplitX12(Get(3), separators_.component)) {
      if (!surface.empty()) tooth.surfaces.push_back(surface);
    }
    claim_->claim.lines.back().teeth.push_back(std::move(tooth));
  }

  void ReadDate(const std::string& qualifier, const std::string& format,
                const std::string& value) {
    std::string from = value, to;
    if (format == "RD8") {
      const size_t dash = value.find('-');
      if (dash == std::string::npos) {
        Error("DTP-03 with RD8 must be YYYYMMDD-YYYYMMDD");
        return;
      }
      from = value.substr(0, dash);
      to = value.substr(dash + 1);
    } else if (format != "D8") {
      Error("DTP-02 must be D8 or RD8");
      return;
    }
    Claim& claim = claim_->claim;
    if (qualifier == "434") {  // statement period
      if (claim.date_of_service.empty()) {
        claim.date_of_service = IsoDate(from);
        Note("the statement period's first day is the claim's date");
      }
      return;
    }
    if (claim.lines.empty()) {
      claim.date_of_service = IsoDate(from);
      return;
    }
    ClaimLine& line = claim.lines.back();
    line.date_of_service = IsoDate(from);
    if (!to.empty()) line.date_to = IsoDate(to);
  }

  void ReadNdc(const std::string& qualifier, const std::string& ndc) {
    if (claim_->claim.lines.empty()) {
      Error("must follow an LX segment");
      return;
    }
    if (qualifier != "N4") {
      Error("LIN-02 must be N4 (National Drug Code)");
      return;
    }
    claim_->claim.lines.back().ndc = ndc;
  }

  const ClaimSink& sink_;
  ReadSummary* summary_;
  X12Separators separators_;
  const std::vector<std::string>* elements_ = nullptr;
  int number_ = 0;
  std::string id_;
  int interchange_ = 0;
  int transaction_ = 0;
  std::string group_version_;
  ClaimForm form_ = ClaimForm::kProfessional;
  bool skipping_ = false;  // inside a transaction set that is no 837
  Envelope interchange_envelope_{"ISA", "IEA", "interchange",
                                 "functional groups"};
  Envelope group_{"GS", "GE", "functional group", "transaction sets"};
  Envelope set_{"ST", "SE", "transaction set", "segments"};
  std::string billing_setting_;
  std::string billing_npi_;  // of the billing provider (HL 20) read last
  std::string member_id_;    // of the subscriber (HL 22) read last
  std::string payer_;
  std::optional<ClaimParse> claim_;
  bool has_service_ = false;
};

}  // namespace

ReadSummary ReadX12Claims(std::string_view text, const ClaimSink& sink) {
  ReadSummary summary;
  summary.format = ClaimFormat::kX12;
  X12Reader reader(sink, &summary);
  ForEachX12Segment(text, [&](const X12Segment& segment) {
    if (reader.stopped()) return false;
    reader.SetSeparators(segment.separators);
    if (segment.well_formed) {
      reader.Read(segment.number, segment.elements);
      return true;
    }
    return reader.Unreadable(segment.number, segment.start);
  });
  reader.Finish();
  return summary;
}

}  // namespace billcode
