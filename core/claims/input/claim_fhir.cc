// FHIR R4 claims: a Claim or ExplanationOfBenefit, a Bundle of any type
// holding them (other resources are read only for the payer, the member ID
// and the providers' NPIs), a JSON array of resources, or NDJSON (one
// resource per line). Mapping (README
// "Claim input formats"): item.productOrService (CPT or HCPCS system) ->
// code; item.modifier -> modifiers; quantity.value -> units; net.value
// (else the submitted adjudication, else unitPrice.value times the
// quantity) -> charge; the other adjudications (AdjudicationOf) -> the
// line's adjudication;
// servicedDate / servicedPeriod -> dates (billablePeriod.start is the
// default); locationCodeableConcept -> place of service;
// diagnosisSequence -> pointers by sequence; diagnosis[] (ICD-10-CM, ICD-10
// read as ICD-10-CM, ICD-9-CM kept apart); detail[].productOrService (NDC),
// or an NDC-system productOrService -> ndc; productOrService.text (else
// an NDC coding's display) -> description; provider, facility and
// careTeam[].provider (an NPI identifier, or the Practitioner's or
// Organization's referred to) -> providers; insurance[].coverage's
// subscriberId -> member ID; insurer, insurance
// coverage, a Coverage's payor or an Organization naming Medicare or
// Medicaid (another insurer's name: commercial), or a Blue Button
// identifier -> payer; identifier (else id) ->
// the claim's id; type (claim-type institutional / oral, Blue Button
// eob-type OUTPATIENT, INPATIENT, SNF, HHA, HOSPICE, DME) -> form and
// setting; item.revenue -> revenue code.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>

#include "billcode/base/decimal.h"
#include "billcode/base/text.h"
#include "billcode/claims/input/claim_input.h"
#include "billcode/codes/classification.h"
#include "claim_readers.h"
#include "json_reading.h"

namespace billcode {
namespace {

using nlohmann::json;

constexpr const char* kCodeSystems[] = {
    "http://www.ama-assn.org/go/cpt",
    "urn:oid:2.16.840.1.113883.6.12",
    "urn:oid:2.16.840.1.113883.6.285",
    "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "https://bluebutton.cms.gov/resources/codesystem/hcpcs",
    "http://www.ada.org/cdt",
    "urn:oid:2.16.840.1.113883.6.13"};
// Each system by its FHIR URI and its HL7 OID (as CDA-derived exports
// write them).
constexpr const char* kIcd10CmSystems[] = {"http://hl7.org/fhir/sid/icd-10-cm",
                                           "urn:oid:2.16.840.1.113883.6.90"};
constexpr const char* kIcd10Systems[] = {"http://hl7.org/fhir/sid/icd-10",
                                         "urn:oid:2.16.840.1.113883.6.3"};
constexpr const char* kIcd9Systems[] = {
    "http://hl7.org/fhir/sid/icd-9-cm", "http://hl7.org/fhir/sid/icd-9",
    "urn:oid:2.16.840.1.113883.6.103", "urn:oid:2.16.840.1.113883.6.42"};
constexpr std::string_view kDataAbsent =
    "http://terminology.hl7.org/CodeSystem/data-absent-reason";
constexpr const char* kNdcSystems[] = {"http://hl7.org/fhir/sid/ndc",
                                       "urn:oid:2.16.840.1.113883.6.69"};
constexpr const char* kBlueButton = "https://bluebutton.cms.gov/";

std::string Index(const std::string& path, size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

// A system URI compared without case and trailing slash.
bool SameSystem(const std::string& a, const char* b) {
  std::string left = AsciiLower(a), right = AsciiLower(b);
  while (!left.empty() && left.back() == '/') left.pop_back();
  return left == right;
}

template <size_t N>
bool InSystems(const std::string& system, const char* const (&systems)[N]) {
  return std::any_of(std::begin(systems), std::end(systems),
                     [&](const char* s) { return SameSystem(system, s); });
}

// A unit price times the units, to the cent ("25" x "2" -> "50.00"); the
// price as written when there are no units or either is no plain decimal
// (the check then judges it).
std::string LineTotal(const std::string& price, const std::string& units) {
  const std::optional<double> each = ParseDecimal(price, 4);
  const std::optional<double> count = ParseDecimal(units, 4);
  if (!each || !count) return price;
  const long long cents = std::llround(*each * *count * 100);
  return std::to_string(cents / 100) + "." + (cents % 100 < 10 ? "0" : "") +
         std::to_string(cents % 100);
}

struct Coding {
  std::string system;
  std::string code;
  std::string display;
};

// The string member `key` of `object`; "" when `object` is no object or
// the member is absent or not a string (never throws).
std::string StringMember(const json& object, const char* key) {
  if (!object.is_object()) return "";
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// Every coding of `concept` that is an object.
std::vector<Coding> Codings(const json& concept, const std::string& path,
                            JsonReading* reading) {
  std::vector<Coding> codings;
  if (!concept.is_object()) return codings;
  const json* list = reading->Member(concept, "coding", path, true);
  for (size_t i = 0; list && i < list->size(); ++i) {
    const json& coding = (*list)[i];
    if (!coding.is_object()) continue;
    const std::string at = Index(path + ".coding", i);
    codings.push_back(Coding{reading->Text(coding, "system", at),
                             reading->Text(coding, "code", at),
                             StringMember(coding, "display")});
  }
  return codings;
}

// The payer class of an insurer's name: Medicare or Medicaid when the
// name says so, commercial for any other plan's name, "" for no name or a
// placeholder ("Not Found-7dbe...", "Unknown").
std::string InsurerClassOfName(const std::string& name) {
  const std::string named = PayerClassOfName(name);
  if (!named.empty()) return named;
  // Placeholders payers' systems write for a name they lack.
  const std::string lower = AsciiLower(std::string(TrimAsciiSpace(name)));
  for (const std::string_view placeholder :
       {"not found", "unknown", "n/a", "none", "null", "not available"}) {
    if (lower.rfind(placeholder, 0) == 0) return "";
  }
  return lower.empty() ? "" : "commercial";
}

// What an adjudication category code says the amount is: "submitted",
// "allowed", "paid" (or a part of it: "paid part paidtoprovider", "paid
// part paidtopatient"), "deductible", "coinsurance", "copay", "liability"
// (the patient's, whole), "discount" (the network's), "noncovered", or ""
// for another: HL7's adjudication codes, CARIN Blue Button's (C4BB) and
// CMS Blue Button's variable URLs (which `names` finds inside the code),
// among them a Part D drug event's total cost, plan payment and patient
// payment.
std::string AdjudicationOf(const std::string& category) {
  const std::string code = AsciiLower(category);
  const auto is = [&](std::initializer_list<const char*> codes) {
    return std::any_of(codes.begin(), codes.end(),
                       [&](const char* each) { return code == each; });
  };
  const auto names = [&](std::initializer_list<const char*> variables) {
    return std::any_of(variables.begin(), variables.end(), [&](const char* v) {
      return code.find(v) != std::string::npos;
    });
  };
  if (is({"submitted"}) || names({"line_sbmtd_chrg_amt",
                                  "rev_cntr_tot_chrg_amt", "tot_rx_cst_amt"})) {
    return "submitted";
  }
  if (is({"eligible", "allowed", "allowedamount"}) ||
      names({"line_alowd_chrg_amt"})) {
    return "allowed";
  }
  // CARIN splits what the plan paid between the provider and the patient;
  // "benefit" is their sum.
  if (is({"paidtoprovider", "paidtopatient"})) return "paid part " + code;
  if (is({"benefit", "paidbypayer"}) ||
      names(
          {"line_nch_pmt_amt", "rev_cntr_pmt_amt_amt", "cvrd_d_plan_pd_amt"})) {
    return "paid";
  }
  if (is({"deductible"}) ||
      names({"line_bene_ptb_ddctbl_amt", "rev_cntr_cash_ddctbl_amt"})) {
    return "deductible";
  }
  if (is({"coinsurance"}) ||
      names({"line_coinsrnc_amt", "rev_cntr_coinsrnc_wge_adjstd_c"})) {
    return "coinsurance";
  }
  if (is({"copay"})) return "copay";
  if (is({"memberliability"}) || names({"ptnt_pay_amt"})) return "liability";
  if (is({"discount"})) return "discount";
  if (is({"noncovered"})) return "noncovered";
  return "";
}

// The sum of amounts written as JSON numbers ("100", "20.5"), with two
// decimals; "" when none is given or one is no amount.
std::string SumOfAmounts(std::initializer_list<std::string> amounts) {
  double sum = 0;
  bool any = false;
  for (const std::string& amount : amounts) {
    if (amount.empty()) continue;
    const std::optional<double> value = ParseDecimal(amount, 6);
    if (!value) return "";
    sum += *value;
    any = true;
  }
  if (!any) return "";
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", sum);
  return text;
}

// The same from a category's words, for payers that code it their own way
// ("Allowed Amount", "Plan Paid", "Member Responsibility"). What the
// patient has paid already is none of these.
std::string AdjudicationOfWords(const std::string& words) {
  const std::string text = AsciiLower(words);
  const auto has = [&](std::initializer_list<const char*> parts) {
    return std::any_of(parts.begin(), parts.end(), [&](const char* part) {
      return text.find(part) != std::string::npos;
    });
  };
  if (has({"deductible"})) return "deductible";
  if (has({"coinsurance", "co-insurance"})) return "coinsurance";
  if (has({"copay", "co-pay"})) return "copay";
  if (has({"not covered", "noncovered", "non-covered"})) return "noncovered";
  if (has({"discount", "savings"})) return "discount";
  if (has({"patient", "member", "you "})) {
    if (has({"paid"})) return "";
    return has({"responsib", "liab", "owe"}) ? "liability" : "";
  }
  if (has({"allowed", "eligible"})) return "allowed";
  if (has({"submitted", "billed", "charge"})) return "submitted";
  if (has({"paid", "benefit", "payment"})) return "paid";
  return "";
}

// The NPI an identifier, or the first of a list of them, in the NPI
// system gives; "" when none.
std::string NpiOfIdentifiers(const json& identifiers) {
  if (identifiers.is_object()) {
    const std::string system = StringMember(identifiers, "system");
    return system == "http://hl7.org/fhir/sid/us-npi" ||
                   system == "urn:oid:2.16.840.1.113883.4.6"
               ? StringMember(identifiers, "value")
               : "";
  }
  if (!identifiers.is_array()) return "";
  for (const json& identifier : identifiers) {
    const std::string npi = NpiOfIdentifiers(identifier);
    if (!npi.empty()) return npi;
  }
  return "";
}

// What the Organizations, Practitioners and Coverages of a Bundle say, by
// the references that point at them ("Organization/1", a fullUrl): the
// payer class and the NPI; or of a resource's contained ones ("#cov1"),
// with the Bundle's as `outer`.
class ResourceDirectory {
 public:
  explicit ResourceDirectory(const ResourceDirectory* outer = nullptr)
      : outer_(outer) {}

  void Add(const json& resource, const std::string& full_url) {
    const std::string type = StringMember(resource, "resourceType");
    std::string payer, npi;
    if (type == "Organization") {
      payer = InsurerClassOfName(StringMember(resource, "name"));
    } else if (type == "Coverage") {
      payer = CoveragePayer(resource);
    }
    if (type == "Organization" || type == "Practitioner") {
      const auto identifiers = resource.find("identifier");
      if (identifiers != resource.end()) npi = NpiOfIdentifiers(*identifiers);
    }
    const std::string member =
        type == "Coverage" ? StringMember(resource, "subscriberId") : "";
    const std::string id = StringMember(resource, "id");
    for (const std::string& key :
         {id.empty() ? std::string() : type + "/" + id, full_url}) {
      if (key.empty()) continue;
      if (!payer.empty()) payer_of_[key] = payer;
      if (!npi.empty()) npi_of_[key] = npi;
      if (!member.empty()) member_of_[key] = member;
    }
  }

  // The subscriber's ID of the Coverage a reference names; "" when none.
  std::string MemberIdOf(const json& reference) const {
    if (!reference.is_object()) return "";
    const auto it = member_of_.find(StringMember(reference, "reference"));
    if (it != member_of_.end()) return it->second;
    return outer_ ? outer_->MemberIdOf(reference) : "";
  }

  // The payer a {reference, display} names; "" when unknown.
  std::string PayerOf(const json& reference) const {
    if (!reference.is_object()) return "";
    const std::string display = StringMember(reference, "display");
    const std::string by_name = PayerClassOfName(display);
    if (!by_name.empty()) return by_name;
    const std::string target = StringMember(reference, "reference");
    const auto it = payer_of_.find(target);
    if (it != payer_of_.end()) return it->second;
    return outer_ ? outer_->PayerOf(reference) : InsurerClassOfName(display);
  }

  // The NPI of the provider a {reference, identifier} names: its own
  // identifier's, else the resource's it refers to; "" when none.
  std::string NpiOf(const json& reference) const {
    if (!reference.is_object()) return "";
    const auto identifier = reference.find("identifier");
    if (identifier != reference.end()) {
      const std::string npi = NpiOfIdentifiers(*identifier);
      if (!npi.empty()) return npi;
    }
    const auto it = npi_of_.find(StringMember(reference, "reference"));
    if (it != npi_of_.end()) return it->second;
    return outer_ ? outer_->NpiOf(reference) : "";
  }

 private:
  std::string CoveragePayer(const json& coverage) const {
    const auto payors = coverage.find("payor");
    if (payors != coverage.end() && payors->is_array()) {
      for (const json& payor : *payors) {
        const std::string payer = PayerOf(payor);
        if (!payer.empty()) return payer;
      }
    }
    const auto type = coverage.find("type");
    if (type != coverage.end() && type->is_object()) {
      const std::string payer = PayerClassOfName(type->dump());
      if (!payer.empty()) return payer;
    }
    return PayerClassOfName(StringMember(coverage, "id"));
  }

  const ResourceDirectory* outer_;
  std::map<std::string, std::string> payer_of_;
  std::map<std::string, std::string> npi_of_;
  std::map<std::string, std::string> member_of_;  // Coverage.subscriberId
};

class FhirClaimReader {
 public:
  FhirClaimReader(const json& resource, const std::string& path,
                  const ResourceDirectory& resources, ClaimParse* parse)
      : root_(resource),
        path_(path),
        resources_(&resources),
        parse_(parse),
        reading_(&parse->errors) {
    const auto contained = root_.find("contained");
    if (contained == root_.end() || !contained->is_array()) return;
    // Organizations first: a contained Coverage may name one.
    for (const bool organizations : {true, false}) {
      for (const json& inner : *contained) {
        if (!inner.is_object() || (StringMember(inner, "resourceType") ==
                                   "Organization") != organizations) {
          continue;
        }
        resources_.Add(inner, "#" + StringMember(inner, "id"));
      }
    }
  }

  void Read() {
    Claim& claim = parse_->claim;
    parse_->id = ReadId();
    claim.payer = ReadPayer();
    claim.member_id = ReadMemberId();
    ReadType();
    ReadTypeOfBill();
    if (const json* period =
            reading_.Member(root_, "billablePeriod", path_, false)) {
      claim.date_of_service =
          DatePart(reading_.Text(*period, "start", path_ + ".billablePeriod"));
    }
    ReadDiagnoses();
    ReadStayProcedures();
    ReadProviders();
    const json* items = reading_.Member(root_, "item", path_, true);
    for (size_t i = 0; items && i < items->size(); ++i) {
      claim.lines.push_back(ReadItem((*items)[i], Index(path_ + ".item", i)));
    }
    SharePlaceOfService();
    ReadTotals();
  }

  // The NPIs of `provider` (billing), `facility` and the care team (by
  // its role's code: CARIN's "performing" or "primary" is the rendering
  // provider), given by identifier or by the resource referred to.
  void ReadProviders() {
    std::vector<ProviderNpi>& providers = parse_->claim.providers;
    const auto add = [&](const char* role, const json& reference) {
      const std::string npi = resources_.NpiOf(reference);
      if (!npi.empty()) providers.push_back(ProviderNpi{role, npi});
    };
    for (const auto& [key, role] : {std::pair{"provider", "billing"},
                                    std::pair{"facility", "facility"}}) {
      const auto reference = root_.find(key);
      if (reference != root_.end()) add(role, *reference);
    }
    const auto team = root_.find("careTeam");
    if (team == root_.end() || !team->is_array()) return;
    static const std::pair<const char*, const char*> kRoles[] = {
        {"performing", "rendering"},   {"primary", "rendering"},
        {"rendering", "rendering"},    {"referring", "referring"},
        {"supervisor", "supervising"}, {"prescribing", "ordering"},
        {"ordering", "ordering"},      {"attending", "attending"},
        {"operating", "operating"}};
    for (const json& member : *team) {
      if (!member.is_object()) continue;
      const auto reference = member.find("provider");
      if (reference == member.end()) continue;
      const char* role = "other";
      const auto written = member.find("role");
      const std::string code =
          written != member.end() ? AsciiLower(written->dump()) : "";
      for (const auto& [word, named] : kRoles) {
        if (code.find(std::string("\"") + word + "\"") != std::string::npos) {
          role = named;
          break;
        }
      }
      add(role, *reference);
    }
  }

 private:
  void Note(const std::string& text) { parse_->claim.notes.push_back(text); }

  // Items give their place of service (locationCodeableConcept), and an
  // EOB often gives it on some only: when those agree, it is the claim's,
  // which items without one take.
  void SharePlaceOfService() {
    Claim& claim = parse_->claim;
    std::string place;
    bool missing = false;
    for (const ClaimLine& line : claim.lines) {
      if (line.place_of_service.empty()) {
        missing = true;
      } else if (place.empty()) {
        place = line.place_of_service;
      } else if (place != line.place_of_service) {
        return;
      }
    }
    if (!missing || place.empty()) return;
    claim.place_of_service = place;
    Note(
        "Items without a place of service were taken as given at that of "
        "the others (" +
        place + ").");
  }

  static void TakeAmounts(std::map<std::string, std::string>& amounts,
                          ClaimLine::Adjudication* adjudication) {
    adjudication->allowed = amounts["allowed"];
    adjudication->paid = amounts["paid"];
    adjudication->paid_to_patient = amounts["paid part paidtopatient"];
    adjudication->deductible = amounts["deductible"];
    adjudication->coinsurance = amounts["coinsurance"];
    adjudication->copay = amounts["copay"];
    adjudication->liability = amounts["liability"];
    adjudication->discount = amounts["discount"];
    adjudication->noncovered = amounts["noncovered"];
  }

  // An EOB's totals, and its payment as what was paid when they give none
  // (a Claim's `total` is the amount it charges).
  void ReadTotals() {
    if (StringMember(root_, "resourceType") != "ExplanationOfBenefit") return;
    ClaimLine::Adjudication& totals = parse_->claim.totals;
    std::map<std::string, std::string> amounts =
        Adjudications(root_, path_, &totals, "total");
    TakeAmounts(amounts, &totals);
    if (!totals.paid.empty()) return;
    if (const json* payment = reading_.Member(root_, "payment", path_, false)) {
      if (const json* amount =
              reading_.Member(*payment, "amount", path_ + ".payment", false)) {
        totals.paid =
            reading_.Text(*amount, "value", path_ + ".payment.amount");
      }
    }
  }

  std::string ReadId() {
    const json* identifiers = reading_.Member(root_, "identifier", path_, true);
    for (size_t i = 0; identifiers && i < identifiers->size(); ++i) {
      if (!(*identifiers)[i].is_object()) continue;
      const std::string value = reading_.Text((*identifiers)[i], "value",
                                              Index(path_ + ".identifier", i));
      if (!value.empty()) return value;
    }
    return reading_.Text(root_, "id", path_);
  }

  // The claim form (and for Blue Button, the setting) from the type.
  void ReadType() {
    const json* type = reading_.Member(root_, "type", path_, false);
    if (!type) return;
    Claim& claim = parse_->claim;
    for (const Coding& coding : Codings(*type, path_ + ".type", &reading_)) {
      const std::string code = AsciiLower(coding.code);
      // CARIN Blue Button names facility claims "inpatient-facility" and
      // "outpatient-facility".
      const bool outpatient =
          code == "outpatient" || code == "outpatient-facility";
      if (code == "institutional" || outpatient || code == "inpatient" ||
          code == "inpatient-facility" || code == "snf" || code == "hha" ||
          code == "hospice") {
        claim.form = "institutional";
      } else if (code == "oral") {
        claim.form = "dental";
      }
      if (outpatient) claim.setting = "outpatient-hospital";
      if (code == "dme") claim.setting = "dme";
    }
  }

  // The UB-04 type of bill, from the supportingInfo CARIN and Blue Button
  // categorize "typeofbill" ("0111" or "111": hospital inpatient), without
  // the leading zero.
  void ReadTypeOfBill() {
    const json* infos = reading_.Member(root_, "supportingInfo", path_, true);
    for (size_t i = 0; infos && i < infos->size(); ++i) {
      const json& info = (*infos)[i];
      const std::string at = Index(path_ + ".supportingInfo", i);
      const json* category = reading_.Member(info, "category", at, false);
      if (!category || !HasCode(*category, at + ".category", "typeofbill")) {
        continue;
      }
      const json* code = reading_.Member(info, "code", at, false);
      if (!code) continue;
      const std::vector<Coding> codings =
          Codings(*code, at + ".code", &reading_);
      if (codings.empty()) continue;
      std::string type = codings[0].code;
      if (type.size() == 4 && type[0] == '0') type.erase(0, 1);
      parse_->claim.facility_type = type;
      return;
    }
  }

  // Whether one of `concept`'s codings has the code `code`.
  bool HasCode(const json& concept, const std::string& path,
               std::string_view code) {
    const std::vector<Coding> codings = Codings(concept, path, &reading_);
    return std::any_of(
        codings.begin(), codings.end(),
        [&](const Coding& coding) { return coding.code == code; });
  }

  // True when an identifier or the type of the resource is in a Blue
  // Button (Medicare) system.
  bool IsBlueButton() const {
    for (const char* key : {"identifier", "type", "meta"}) {
      const auto it = root_.find(key);
      if (it != root_.end() &&
          it->dump().find(kBlueButton) != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  std::string ReadPayer() {
    if (const json* insurer = reading_.Member(root_, "insurer", path_, false)) {
      const std::string payer = resources_.PayerOf(*insurer);
      if (!payer.empty()) return payer;
    }
    const json* insurance = reading_.Member(root_, "insurance", path_, true);
    for (size_t i = 0; insurance && i < insurance->size(); ++i) {
      const json& entry = (*insurance)[i];
      if (!entry.is_object()) continue;
      const auto coverage = entry.find("coverage");
      if (coverage == entry.end()) continue;
      const std::string payer = resources_.PayerOf(*coverage);
      if (!payer.empty()) return payer;
    }
    return IsBlueButton() ? "medicare" : "";
  }

  // The subscriber's ID of the first insurance's Coverage.
  std::string ReadMemberId() {
    const auto insurance = root_.find("insurance");
    if (insurance == root_.end() || !insurance->is_array()) return "";
    for (const json& entry : *insurance) {
      if (!entry.is_object()) continue;
      const auto coverage = entry.find("coverage");
      if (coverage == entry.end()) continue;
      const std::string member = resources_.MemberIdOf(*coverage);
      if (!member.empty()) return member;
    }
    return "";
  }

  // The diagnoses in order of their sequence values. ICD-9-CM ones are
  // kept apart; others are noted and not pointed at.
  void ReadDiagnoses() {
    const std::string list_path = path_ + ".diagnosis";
    const json* diagnoses = reading_.Member(root_, "diagnosis", path_, true);
    if (!diagnoses) return;
    std::map<long long, std::pair<std::string, size_t>> by_sequence;
    for (size_t i = 0; i < diagnoses->size(); ++i) {
      const std::string at = Index(list_path, i);
      const json& entry = (*diagnoses)[i];
      if (!entry.is_object()) {
        reading_.Error(at, "must be an object");
        continue;
      }
      const std::string sequence_text = reading_.Text(entry, "sequence", at);
      const long long sequence = sequence_text.empty()
                                     ? static_cast<long long>(i) + 1
                                     : std::atoll(sequence_text.c_str());
      if (!by_sequence.emplace(sequence, std::make_pair(std::string(), i))
               .second) {
        reading_.Error(at + ".sequence", "repeats sequence " + sequence_text);
        continue;
      }
      by_sequence[sequence].first = DiagnosisCode(entry, at);
    }
    for (const auto& [sequence, diagnosis] : by_sequence) {
      if (diagnosis.first.empty()) continue;
      parse_->claim.diagnoses.push_back(diagnosis.first);
      position_of_sequence_[sequence] =
          static_cast<int>(parse_->claim.diagnoses.size());
    }
  }

  // `procedure`: the inpatient stay's procedures, each by its ICD-10-PCS
  // coding (CMS's ICD10 system, HL7's icd-10-pcs; other systems, such as
  // Synthea's SNOMED CT, are passed over).
  void ReadStayProcedures() {
    const auto pcs = [](const Coding& coding) {
      const std::string system = AsciiLower(coding.system);
      return !coding.code.empty() &&
             (system == "http://www.cms.gov/medicare/coding/icd10" ||
              system.find("icd-10-pcs") != std::string::npos ||
              system.find("icd10pcs") != std::string::npos);
    };
    const json* procedures = reading_.Member(root_, "procedure", path_, true);
    for (size_t i = 0; procedures && i < procedures->size(); ++i) {
      const std::string at = Index(path_ + ".procedure", i);
      const json& entry = (*procedures)[i];
      const json* concept =
          reading_.Member(entry, "procedureCodeableConcept", at, false);
      if (!concept) continue;
      const std::string concept_path = at + ".procedureCodeableConcept";
      const std::vector<Coding> codings =
          Codings(*concept, concept_path, &reading_);
      const auto coding = std::find_if(codings.begin(), codings.end(), pcs);
      if (coding == codings.end()) continue;
      StayProcedure procedure{coding->code, coding->display,
                              DatePart(reading_.Text(entry, "date", at))};
      if (procedure.description.empty()) {
        procedure.description = reading_.Text(*concept, "text", concept_path);
      }
      parse_->claim.stay_procedures.push_back(std::move(procedure));
    }
    if (const size_t count = parse_->claim.stay_procedures.size()) {
      Note(path_ + ".procedure: " + std::to_string(count) + " ICD-10-PCS code" +
           (count == 1 ? "" : "s") +
           " of the stay, not checked (billcode checks CPT, HCPCS and "
           "ICD-10-CM).");
    }
  }

  // The ICD-10 code of a diagnosis entry; "" when it has none (ICD-9 codes
  // go to icd9_diagnoses, others to a note).
  std::string DiagnosisCode(const json& entry, const std::string& at) {
    const json* concept =
        reading_.Member(entry, "diagnosisCodeableConcept", at, false);
    if (!concept) {
      Note(at + " has no diagnosisCodeableConcept: not checked.");
      return "";
    }
    const std::vector<Coding> codings =
        Codings(*concept, at + ".diagnosisCodeableConcept", &reading_);
    for (const Coding& coding : codings) {
      if (InSystems(coding.system, kIcd10CmSystems)) return coding.code;
    }
    for (const Coding& coding : codings) {
      if (InSystems(coding.system, kIcd10Systems)) {
        Note(at + " is coded in ICD-10 (WHO): read as ICD-10-CM.");
        return coding.code;
      }
    }
    for (const Coding& coding : codings) {
      if (InSystems(coding.system, kIcd9Systems)) {
        parse_->claim.icd9_diagnoses.push_back(coding.code);
        return "";
      }
    }
    Note(at + " is coded in " +
         (codings.empty() ? std::string("no system") : codings[0].system) +
         ", not ICD-10-CM: not checked.");
    return "";
  }

  // diagnosisSequence values as pointers to the claim's diagnoses: a value
  // of a diagnosis not read is dropped with a note; one that names no
  // diagnosis becomes "sequence N", which no check accepts.
  void PointBySequence(const std::string& at, ClaimLine* line) {
    std::vector<std::string> pointers;
    for (const std::string& pointer : line->diagnosis_pointers) {
      const std::optional<int> sequence = ParseCount(pointer);
      const auto found = sequence ? position_of_sequence_.find(*sequence)
                                  : position_of_sequence_.end();
      if (found != position_of_sequence_.end()) {
        pointers.push_back(std::to_string(found->second));
      } else if (sequence && HasDiagnosisSequence(*sequence)) {
        Note(at + " points at diagnosis " + pointer +
             ", which is not ICD-10-CM: that pointer is not checked.");
        line->points_at_unread_diagnosis = true;
      } else {
        pointers.push_back("sequence " + pointer);
      }
    }
    line->diagnosis_pointers = std::move(pointers);
  }

  bool HasDiagnosisSequence(long long sequence) const {
    const auto diagnoses = root_.find("diagnosis");
    if (diagnoses == root_.end() || !diagnoses->is_array()) return false;
    for (size_t i = 0; i < diagnoses->size(); ++i) {
      const json& entry = (*diagnoses)[i];
      if (!entry.is_object()) continue;
      const auto value = entry.find("sequence");
      const long long own = value != entry.end() && value->is_number_integer()
                                ? value->get<long long>()
                                : static_cast<long long>(i) + 1;
      if (own == sequence) return true;
    }
    return false;
  }

  // The date part of a FHIR date or dateTime ("2026-03-02T10:00:00Z").
  static std::string DatePart(std::string text) {
    if (text.size() > 10 && text[10] == 'T') text.resize(10);
    return text;
  }

  void ReadServiceDates(const json& item, const std::string& at,
                        ClaimLine* line) {
    line->date_of_service = DatePart(reading_.Text(item, "servicedDate", at));
    if (const json* period =
            reading_.Member(item, "servicedPeriod", at, false)) {
      line->date_of_service =
          DatePart(reading_.Text(*period, "start", at + ".servicedPeriod"));
      line->date_to =
          DatePart(reading_.Text(*period, "end", at + ".servicedPeriod"));
    }
  }

  // The code: the first coding in a CPT, HCPCS or CDT system; else one
  // without a system that has the shape of such a code; else the first
  // coding, of another system, which is not checked.
  void ReadCode(const json& item, const std::string& at, ClaimLine* line) {
    const json* product = reading_.Member(item, "productOrService", at, false);
    const std::string product_path = at + ".productOrService";
    if (!product) {
      line->code_system = "none";
      Note(at + " has no productOrService.");
      return;
    }
    line->description = reading_.Text(*product, "text", product_path);
    // A coding without a code (Blue Button's revenue-center lines give
    // their HCPCS system and "") codes nothing.
    std::vector<Coding> codings = Codings(*product, product_path, &reading_);
    codings.erase(std::remove_if(
                      codings.begin(), codings.end(),
                      [](const Coding& coding) { return coding.code.empty(); }),
                  codings.end());
    for (const Coding& coding : codings) {
      if (InSystems(coding.system, kCodeSystems)) {
        line->code = coding.code;
        return;
      }
    }
    for (const Coding& coding : codings) {
      if (coding.system.empty() &&
          Classify(coding.code).shape == Shape::kComplete) {
        line->code = coding.code;
        Note(product_path +
             " has no system: its code was read as CPT or "
             "HCPCS by its shape.");
        return;
      }
    }
    for (const Coding& coding : codings) {
      if (InSystems(coding.system, kNdcSystems) && line->ndc.empty()) {
        line->ndc = coding.code;  // a drug billed by its package code
        // Its name (a Part D claim's), when the item has no text: not a
        // code's own descriptor, which is no narrative of the service.
        if (line->description.empty()) line->description = coding.display;
      }
    }
    if (codings.empty()) {
      line->code_system = "none";
      line->code = line->description;
    } else {
      line->code_system =
          codings[0].system.empty() ? "none" : codings[0].system;
      line->code = codings[0].code;
    }
  }

  // The line's charge: net, else the adjudication whose category is the
  // submitted amount, else unitPrice times `units`.
  std::string ReadCharge(const json& item, const std::string& at,
                         const std::string& units,
                         const std::string& submitted) {
    if (const json* net = reading_.Member(item, "net", at, false)) {
      return reading_.Text(*net, "value", at + ".net");
    }
    if (!submitted.empty()) return submitted;
    if (const json* price = reading_.Member(item, "unitPrice", at, false)) {
      return LineTotal(reading_.Text(*price, "value", at + ".unitPrice"),
                       units);
    }
    return "";
  }

  // The amounts of `holder`'s adjudications (an item's `adjudication`, an
  // EOB's `total`), by what each is (AdjudicationOf), the first of each;
  // the paid parts summed when no whole payment is given. Their reason
  // codes go to `codes`.
  std::map<std::string, std::string> Adjudications(
      const json& holder, const std::string& at, ClaimLine::Adjudication* codes,
      const char* member = "adjudication") {
    std::map<std::string, std::string> amounts;
    const json* adjudications = reading_.Member(holder, member, at, true);
    for (size_t i = 0; adjudications && i < adjudications->size(); ++i) {
      const json& adjudication = (*adjudications)[i];
      if (!adjudication.is_object()) continue;
      const std::string adjudication_path = Index(at + "." + member, i);
      ReadReasonCodes(adjudication, adjudication_path, codes);
      const auto category = adjudication.find("category");
      if (category == adjudication.end()) continue;
      std::string what;
      std::string words = StringMember(*category, "text");
      for (const Coding& coding :
           Codings(*category, adjudication_path + ".category", &reading_)) {
        if (what.empty()) what = AdjudicationOf(coding.code);
        if (words.empty()) words = coding.display;
      }
      if (what.empty()) what = AdjudicationOfWords(words);
      if (what.empty() || amounts.count(what)) continue;
      if (const json* amount = reading_.Member(adjudication, "amount",
                                               adjudication_path, false)) {
        amounts[what] =
            reading_.Text(*amount, "value", adjudication_path + ".amount");
      }
    }
    if (!amounts.count("paid")) {
      const std::string paid =
          SumOfAmounts({amounts["paid part paidtoprovider"],
                        amounts["paid part paidtopatient"]});
      if (!paid.empty()) amounts["paid"] = paid;
    }
    return amounts;
  }

  // An adjudication's reason (CARIN's denial or adjustment reasons): X12's
  // Claim Adjustment Reason Codes and remark codes, by their systems.
  void ReadReasonCodes(const json& adjudication, const std::string& at,
                       ClaimLine::Adjudication* codes) {
    const json* reason = reading_.Member(adjudication, "reason", at, false);
    if (!reason) return;
    for (const Coding& coding : Codings(*reason, at + ".reason", &reading_)) {
      const std::string system = AsciiLower(coding.system);
      if (system.find("claim-adjustment-reason") != std::string::npos) {
        codes->reasons.push_back(coding.code);
      } else if (system.find("remittance-advice-remark") != std::string::npos) {
        codes->remarks.push_back(coding.code);
      }
    }
  }

  ClaimLine ReadItem(const json& item, const std::string& at) {
    ClaimLine line;
    if (!item.is_object()) {
      reading_.Error(at, "must be an object");
      return line;
    }
    ReadCode(item, at, &line);
    if (const json* revenue = reading_.Member(item, "revenue", at, false)) {
      const std::vector<Coding> codings =
          Codings(*revenue, at + ".revenue", &reading_);
      if (!codings.empty()) line.revenue_code = codings[0].code;
    }
    // A revenue code alone: no code of the service, or one "absent" (CARIN
    // Blue Button's facility lines).
    if (!line.revenue_code.empty() &&
        (line.code_system == "none" || line.code_system == kDataAbsent)) {
      line.code_system = "revenue code";
      line.code = line.revenue_code;
    }
    if (const json* modifiers = reading_.Member(item, "modifier", at, true)) {
      for (size_t i = 0; i < modifiers->size(); ++i) {
        const std::vector<Coding> codings =
            Codings((*modifiers)[i], Index(at + ".modifier", i), &reading_);
        if (!codings.empty()) line.modifiers.push_back(codings[0].code);
      }
    }
    if (const json* quantity = reading_.Member(item, "quantity", at, false)) {
      line.units = reading_.Text(*quantity, "value", at + ".quantity");
    }
    std::map<std::string, std::string> amounts =
        Adjudications(item, at, &line.adjudication);
    line.charge = ReadCharge(item, at, line.units, amounts["submitted"]);
    TakeAmounts(amounts, &line.adjudication);
    ReadServiceDates(item, at, &line);
    if (const json* location =
            reading_.Member(item, "locationCodeableConcept", at, false)) {
      const std::vector<Coding> codings =
          Codings(*location, at + ".locationCodeableConcept", &reading_);
      if (!codings.empty()) line.place_of_service = codings[0].code;
    }
    line.diagnosis_pointers = reading_.Texts(item, "diagnosisSequence", at);
    PointBySequence(at, &line);
    const json* details = reading_.Member(item, "detail", at, true);
    for (size_t i = 0; details && i < details->size(); ++i) {
      const json& detail = (*details)[i];
      if (!detail.is_object()) continue;
      const std::string detail_path = Index(at + ".detail", i);
      const json* product =
          reading_.Member(detail, "productOrService", detail_path, false);
      if (!product) continue;
      for (const Coding& coding :
           Codings(*product, detail_path + ".productOrService", &reading_)) {
        if (InSystems(coding.system, kNdcSystems)) line.ndc = coding.code;
      }
    }
    return line;
  }

  const json& root_;
  const std::string path_;
  ResourceDirectory resources_;  // the contained ones, then the Bundle's
  ClaimParse* parse_;
  JsonReading reading_;
  std::map<long long, int> position_of_sequence_;
};

bool IsClaimResource(const std::string& type) {
  return type == "Claim" || type == "ExplanationOfBenefit";
}

// Reads resources and gives each claim to the sink.
class FhirResources {
 public:
  FhirResources(const ClaimSink& sink, ReadSummary* summary)
      : sink_(sink), summary_(summary) {}

  // A resource at the top of the input (the file, an array item, an
  // NDJSON line); `single`: the only one there is.
  void ReadTop(const json& resource, const std::string& path, bool single) {
    if (summary_->stopped) return;
    const std::string type = StringMember(resource, "resourceType");
    if (type == "Bundle") {
      ReadBundle(resource, path);
    } else if (IsClaimResource(type)) {
      Emit(resource, path, ResourceDirectory());
    } else if (single) {
      summary_->errors.push_back(InputError{
          path, type.empty() ? "has no resourceType: it is not a FHIR resource"
                             : "is a FHIR " + type +
                                   ", not a Claim or ExplanationOfBenefit"});
    } else {
      ++passed_over_[type.empty() ? "(no resourceType)" : type];
    }
  }

  void Unreadable(const std::string& location, const std::string& message) {
    ClaimParse parse;
    parse.format = ClaimFormat::kFhir;
    parse.location = location;
    parse.errors.push_back(InputError{location, message});
    Give(std::move(parse));
  }

  void Finish() {
    for (const auto& [type, count] : passed_over_) {
      summary_->errors.push_back(
          InputError{"the input", std::to_string(count) + " " + type +
                                      " resource(s) passed over (not claims)"});
    }
    if (answered_claims_ > 0) {
      summary_->errors.push_back(InputError{
          "the input",
          std::to_string(answered_claims_) +
              " Claim resource(s) passed over: the ExplanationOfBenefit of "
              "the file that answers each (its \"claim\") was read instead"});
    }
    if (summary_->claims == 0) {
      summary_->errors.push_back(InputError{
          "the input", "holds no Claim or ExplanationOfBenefit resource"});
    }
  }

 private:
  void ReadBundle(const json& bundle, const std::string& path) {
    const auto entries = bundle.find("entry");
    if (entries == bundle.end() || !entries->is_array()) {
      summary_->errors.push_back(
          InputError{path, "is a Bundle without entries"});
      return;
    }
    ResourceDirectory resources;
    // The Claims an ExplanationOfBenefit of the Bundle answers (Synthea
    // writes both): read once, through the EOB, which has the same lines
    // and what the payer did with them.
    std::set<std::string> answered;
    for (const json& entry : *entries) {
      if (!entry.is_object()) continue;
      const auto resource = entry.find("resource");
      if (resource == entry.end()) continue;
      resources.Add(*resource, StringMember(entry, "fullUrl"));
      if (resource->is_object() &&
          StringMember(*resource, "resourceType") == "ExplanationOfBenefit") {
        const auto claim = resource->find("claim");
        if (claim != resource->end() && claim->is_object()) {
          answered.insert(StringMember(*claim, "reference"));
        }
      }
    }
    const auto is_answered = [&](const json& entry, const json& resource) {
      const std::string id = StringMember(resource, "id");
      return StringMember(resource, "resourceType") == "Claim" &&
             ((!id.empty() && answered.count("Claim/" + id)) ||
              answered.count(StringMember(entry, "fullUrl")));
    };
    for (size_t i = 0; i < entries->size() && !summary_->stopped; ++i) {
      const json& entry = (*entries)[i];
      const std::string at = Index(path + ".entry", i) + ".resource";
      const auto resource =
          entry.is_object() ? entry.find("resource") : entry.end();
      if (!entry.is_object() || resource == entry.end()) {
        ++passed_over_["(entry without resource)"];
        continue;
      }
      const std::string type = StringMember(*resource, "resourceType");
      if (type == "Bundle") {
        ReadBundle(*resource, at);
      } else if (is_answered(entry, *resource)) {
        ++answered_claims_;
      } else if (IsClaimResource(type)) {
        Emit(*resource, at, resources);
      } else if (type != "Organization" && type != "Coverage" &&
                 type != "Patient" && type != "Practitioner") {
        ++passed_over_[type.empty() ? "(no resourceType)" : type];
      }
    }
  }

  void Emit(const json& resource, const std::string& path,
            const ResourceDirectory& resources) {
    ClaimParse parse;
    parse.format = ClaimFormat::kFhir;
    parse.location = path;
    FhirClaimReader(resource, path, resources, &parse).Read();
    Give(std::move(parse));
  }

  void Give(ClaimParse&& parse) {
    ++summary_->claims;
    if (!sink_(std::move(parse))) summary_->stopped = true;
  }

  const ClaimSink& sink_;
  ReadSummary* summary_;
  std::map<std::string, int> passed_over_;
  int answered_claims_ = 0;  // Claims read through their EOB
};

// NDJSON: several lines, the first of which is a JSON object.
bool IsNdjson(std::string_view text) {
  size_t lines = 0;
  bool first_is_object = false;
  for (std::string_view line : SplitLines(text)) {
    if (IsBlank(line)) continue;
    if (lines++ == 0) {
      first_is_object = json::parse(line, nullptr, false).is_object();
      if (!first_is_object) return false;
    }
    if (lines > 1) return true;
  }
  return false;
}

}  // namespace

ReadSummary ReadFhirClaims(std::string_view text, const ClaimSink& sink) {
  ReadSummary summary;
  summary.format = ClaimFormat::kFhir;
  FhirResources resources(sink, &summary);
  const json root = json::parse(text, nullptr, false);
  if (!root.is_discarded()) {
    if (root.is_array()) {
      for (size_t i = 0; i < root.size(); ++i) {
        resources.ReadTop(root[i], Index("$", i), false);
      }
    } else {
      resources.ReadTop(root,
                        IsClaimResource(StringMember(root, "resourceType"))
                            ? StringMember(root, "resourceType")
                            : "$",
                        true);
    }
  } else if (IsNdjson(text)) {
    const std::vector<std::string_view> lines = SplitLines(text);
    for (size_t i = 0; i < lines.size() && !summary.stopped; ++i) {
      if (IsBlank(lines[i])) continue;
      const std::string location = "line " + std::to_string(i + 1);
      const json resource = json::parse(lines[i], nullptr, false);
      if (resource.is_discarded()) {
        resources.Unreadable(location, "is not valid JSON");
      } else {
        resources.ReadTop(resource, location, false);
      }
    }
  } else {
    summary.errors.push_back(InputError{"the input", "is not valid JSON"});
    return summary;
  }
  resources.Finish();
  return summary;
}

}  // namespace billcode
