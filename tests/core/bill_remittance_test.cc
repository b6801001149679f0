// What a payer paid, read as a bill: X12 835 remittances
// (tests/fixtures/bills/remittance.835.txt, a Medicare Part B remittance of
// two claims, one denied, and small 835s written here) and the
// adjudications of FHIR ExplanationOfBenefit items.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "billcode/bills/adjustment_reasons.h"
#include "billcode/bills/bill_explanation.h"
#include "billcode/bills/bill_extraction.h"
#include "billcode/json/json_output.h"
#include "fixture_data.h"
#include "test_files.h"

namespace billcode {
namespace {

using testing::ReadFixture;

nlohmann::json Explain(const std::string& text,
                       const DataSet& data = DataSet()) {
  BillOptions options;
  options.today = *Date::FromYmd(2026, 6, 1);
  return nlohmann::json::parse(
      BillJson(ExplainBill(ExtractBill(text, data), data, options), data));
}

std::vector<std::string> FlagIds(const nlohmann::json& item) {
  std::vector<std::string> ids;
  for (const auto& flag : item["flags"]) ids.push_back(flag["id"]);
  return ids;
}

const nlohmann::json& Remittance() {
  static const nlohmann::json* bill =
      new nlohmann::json(Explain(ReadFixture("bills/remittance.835.txt")));
  return *bill;
}

// One claim of one 835 transaction holding `lines` (SVC and what follows).
std::string Remittance835(const std::string& lines) {
  return "ISA*00*          *00*          *ZZ*PAYER          *ZZ*PROVIDER       "
         "*260402*0930*^*00501*000000001*0*P*:~GS*HP*PAYER*PROVIDER*20260402*"
         "0930*1*X*005010X221A1~ST*835*0001~BPR*I*0*C*NON************20260406~"
         "TRN*1*1*1234567890~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~"
         "CLP*A1*1*100*50*10*CI*9*11*1~DTM*232*20260301~" +
         lines + "SE*12*0001~GE*1*1~IEA*1*000000001~";
}

std::string Joined(const nlohmann::json& lines) {
  std::string text;
  for (const auto& line : lines) text += line.get<std::string>() + "\n";
  return text;
}

struct LineCase {
  size_t item;
  const char* code;
  const char* modifiers;
  const char* units;
  const char* charge;
  const char* paid;
  const char* date;
};

TEST(Remittance, EveryServiceLineIsAnItemWithWhatWasPaid) {
  const LineCase cases[] = {
      {0, "97161", "", "1", "210.00", "81.71", "2026-03-10"},
      {1, "97110", "GP", "2", "140.00", "99.04", "2026-03-10"},
      {2, "97530", "GP", "1", "80.00", "26.49", "2026-03-12"},
      {3, "G0283", "", "1", "45.00", "0.00", "2026-03-12"},
      {4, "97140", "GP", "1", "95.00", "0.00", "2026-03-17"},
  };
  const nlohmann::json& items = Remittance()["items"];
  ASSERT_EQ(items.size(), std::size(cases));
  for (const LineCase& c : cases) {
    const nlohmann::json& item = items[c.item];
    EXPECT_EQ(item["code"], c.code);
    std::string modifiers;
    for (const auto& modifier : item["modifiers"]) modifiers += modifier;
    EXPECT_EQ(modifiers, c.modifiers) << c.code;
    EXPECT_EQ(item["units"], c.units) << c.code;
    EXPECT_EQ(item["charge"], c.charge) << c.code;
    EXPECT_EQ(item["paid"], c.paid) << c.code;
    EXPECT_EQ(item["dateOfService"], c.date) << c.code;
  }
}

TEST(Remittance, LineWithoutItsOwnDateTakesTheClaims) {
  EXPECT_EQ(Remittance()["items"][4]["dateOfService"], "2026-03-17");
}

TEST(Remittance, AdjustmentsKeepGroupReasonAmountAndMeaning) {
  const nlohmann::json& adjustments = Remittance()["items"][2]["adjustments"];
  ASSERT_EQ(adjustments.size(), 3u) << adjustments;
  EXPECT_EQ(adjustments[0]["group"], "CO");
  EXPECT_EQ(adjustments[0]["reason"], "45");
  EXPECT_EQ(adjustments[0]["amount"], "46.89");
  EXPECT_EQ(adjustments[1]["reason"], "253") << "second reason of one CAS";
  EXPECT_EQ(adjustments[1]["amount"], "0.54");
  EXPECT_EQ(adjustments[2]["group"], "PR");
  EXPECT_EQ(adjustments[2]["reasonMeaning"], AdjustmentReasonMeaning("2"));
  EXPECT_EQ(Remittance()["items"][2]["allowed"], "33.11");
}

TEST(Remittance, SummaryAddsWhatThePlanPaidAndThePatientsShare) {
  const nlohmann::json& summary = Remittance()["summary"];
  EXPECT_DOUBLE_EQ(summary["totalPaid"].get<double>(), 207.24);
  EXPECT_DOUBLE_EQ(summary["totalPatientShare"].get<double>(), 51.27);
}

TEST(Remittance, SentencesSayWhatYouMayOweAndWhatWasWrittenOff) {
  const std::string first = Joined(Remittance()["items"][0]["explanation"]);
  EXPECT_NE(first.find("The plan paid $81.71 (it allowed $102.14)."),
            std::string::npos)
      << first;
  EXPECT_NE(first.find("You may owe $20.43 for this line (reason 2: "),
            std::string::npos)
      << first;
  EXPECT_NE(first.find("$107.86 was taken off by the plan as a contractual "
                       "write-off"),
            std::string::npos)
      << first;
}

TEST(Remittance, DeniedLineSaysThePlanPaidNothingAndGivesItsRemarks) {
  const std::string denied = Joined(Remittance()["items"][4]["explanation"]);
  EXPECT_NE(denied.find("The plan paid nothing for this line."),
            std::string::npos)
      << denied;
  EXPECT_NE(denied.find("reason 50: the plan did not consider"),
            std::string::npos)
      << denied;
  EXPECT_NE(denied.find("Remark M127: the plan needs your medical record for "
                        "this service."),
            std::string::npos)
      << denied;
}

TEST(Remittance, KnownRemarkCodesAreSaidInWordsOthersPointToX12sList) {
  const nlohmann::json bill = Explain(Remittance835(
      "SVC*HC:99213*100*0~CAS*CO*50*100~LQ*HE*N130~LQ*HE*N9999~"));
  const std::string sentences = Joined(bill["items"][0]["explanation"]);
  EXPECT_NE(sentences.find("Remark N130: your plan's benefit documents say "
                           "what limits apply to this service.\n"),
            std::string::npos)
      << sentences;
  EXPECT_NE(sentences.find("The plan's other remark codes for this line: "
                           "N9999 (X12's list"),
            std::string::npos)
      << sentences;
}

TEST(Remittance, RemarkCodesAreListedWithoutWordsWhenNoneIsKnown) {
  const nlohmann::json bill =
      Explain(Remittance835("SVC*HC:99213*100*0~CAS*CO*50*100~LQ*HE*N9999~"));
  const std::string sentences = Joined(bill["items"][0]["explanation"]);
  EXPECT_NE(sentences.find("The plan's remark codes for this line: N9999"),
            std::string::npos)
      << sentences;
  EXPECT_EQ(RemarkCodeMeaning("N9999"), "");
}

TEST(Remittance, LineThePlanPaidNothingForIsFlaggedWithItsReasons) {
  const nlohmann::json& denied = Remittance()["items"][4];
  ASSERT_EQ(FlagIds(denied), std::vector<std::string>{"plan-paid-nothing"});
  EXPECT_EQ(denied["flags"][0]["detail"], "CO-50 $95.00");
  EXPECT_EQ(denied["flags"][0]["sentence"],
            "Your plan paid nothing for this line (reason 50: the plan did not "
            "consider the service medically necessary).");
  EXPECT_TRUE(FlagIds(Remittance()["items"][0]).empty());
}

TEST(Remittance, LineBilledAtNoChargeIsNotADenial) {
  const nlohmann::json bill = Explain(Remittance835("SVC*HC:1125F*0*0~"));
  EXPECT_TRUE(FlagIds(bill["items"][0]).empty());
}

TEST(Remittance, PaidLineIsNotComparedWithMedicareAsACharge) {
  const DataSet data = testing::FixtureData(/*ptp=*/false);
  const std::string charged = "SVC*HC:99213*900*80~DTM*472*20260302~";
  const nlohmann::json paid =
      Explain(Remittance835(charged + "CAS*CO*45*800~CAS*PR*3*20~"), data);
  ASSERT_FALSE(paid["items"][0]["price"].is_null()) << "the price is shown";
  EXPECT_TRUE(FlagIds(paid["items"][0]).empty()) << paid["items"][0]["flags"];
  const nlohmann::json billed = Explain("03/02/2026 99213 $900.00\n", data);
  EXPECT_EQ(FlagIds(billed["items"][0]),
            std::vector<std::string>{"charge-above-medicare"});
}

TEST(Remittance, EachClaimIsCheckedApart) {
  // Two patients' claims, each with an office visit on one day: no service
  // is billed twice. Within one claim, a line billed again is.
  const std::string visit = "SVC*HC:99213*100*50~DTM*472*20260301~";
  const nlohmann::json apart = Explain(Remittance835(
      visit + "CLP*A2*1*100*50*0*CI*9*11*1~DTM*232*20260301~" + visit));
  ASSERT_EQ(apart["items"].size(), 2u);
  EXPECT_TRUE(FlagIds(apart["items"][1]).empty()) << apart["items"][1];
  // What was checked is said of both claims' lines.
  for (const auto& check : apart["checks"]) {
    if (check["check"] == "cpt") {
      EXPECT_EQ(check["detail"].get<std::string>().rfind("2 CPT", 0), 0u)
          << check;
    }
  }
  const nlohmann::json together = Explain(Remittance835(visit + visit));
  ASSERT_EQ(together["items"].size(), 2u);
  EXPECT_EQ(FlagIds(together["items"][1]),
            std::vector<std::string>{"same-service-twice"});
}

TEST(Remittance, EachClaimsStatusAndTotalsAreNotes) {
  const std::string notes = Joined(Remittance()["notes"]);
  EXPECT_NE(notes.find("Claim 3324-11 (processed with this plan as the main "
                       "payer): billed $475.00, the plan paid $207.24, and it "
                       "says your share is $51.27."),
            std::string::npos)
      << notes;
  EXPECT_NE(notes.find("Claim 3324-12 (denied)"), std::string::npos) << notes;
}

TEST(Remittance, ReversedClaimIsANoteAndItsLinesAreNoItems) {
  // A payer corrects a claim by taking back its payment (status 22, the
  // amounts negative) and paying it again.
  const nlohmann::json bill =
      Explain(Remittance835("SVC*HC:99214*100*50~"
                            "CLP*B2*22*-100*-50*-10*CI*9*11*1~DTM*232*20260301~"
                            "SVC*HC:99213*-100*-50~CAS*CO*45*-40~CAS*PR*2*-10~"
                            "CLP*B2*1*100*60*0*CI*10*11*1~DTM*232*20260301~"
                            "SVC*HC:99213*100*60~CAS*CO*45*40~"));
  ASSERT_EQ(bill["items"].size(), 2u) << bill["items"];
  EXPECT_EQ(bill["items"][1]["code"], "99213");
  EXPECT_EQ(bill["items"][1]["paid"], "60.00");
  EXPECT_TRUE(FlagIds(bill["items"][1]).empty()) << "no service twice";
  EXPECT_NE(
      Joined(bill["notes"])
          .find("Claim B2 (a reversal of an earlier payment): billed -$100.00, "
                "the plan paid -$50.00, and it says your share is -$10.00; its "
                "lines undo lines paid before, so they are not listed."),
      std::string::npos)
      << bill["notes"];
}

TEST(Remittance, RemittanceWithoutClaimsSaysSo) {
  std::string text = Remittance835("");
  text.erase(text.find("CLP*"),
             text.find("~", text.find("CLP*")) + 1 - text.find("CLP*"));
  text.insert(text.find("SE*"), "PLB*1234567890*20261231*WO:REF1*-25~");
  const nlohmann::json bill = Explain(text);
  EXPECT_TRUE(bill["items"].empty());
  ASSERT_EQ(bill["problems"].size(), 1u) << bill["problems"];
  EXPECT_NE(bill["problems"][0].get<std::string>().find("lists no claim"),
            std::string::npos);
}

TEST(Remittance, ClaimFilingIndicatorNamesThePayer) {
  EXPECT_EQ(Remittance()["payer"], "medicare");
  EXPECT_EQ(Explain(Remittance835("SVC*HC:99213*100*50~"))["payer"],
            "commercial");
}

TEST(Remittance, TextBeforeTheInterchangeIsPassedOver) {
  // Separators other than the usual ones come from the ISA after the text.
  std::string text = Remittance835("SVC*HC:99213*100*50~");
  std::replace(text.begin(), text.end(), '*', '|');
  const nlohmann::json bill =
      Explain("ERA received 04/02/2026 from ACME HEALTH\n\n" + text);
  ASSERT_EQ(bill["items"].size(), 1u) << bill["problems"];
  EXPECT_EQ(bill["items"][0]["paid"], "50.00");
  EXPECT_TRUE(bill["problems"].empty()) << bill["problems"];
}

TEST(Remittance, OneSegmentPerLineWithoutTerminatorsIsRead) {
  std::string text = ReadFixture("bills/remittance.835.txt");
  std::string lines;
  for (char c : text) {
    if (c != '~') lines.push_back(c);
  }
  const nlohmann::json bill = Explain(lines);
  EXPECT_EQ(bill["items"].size(), 5u) << bill["problems"];
  EXPECT_EQ(bill["items"][1]["paid"], "99.04");
}

struct QualifierCase {
  const char* service;
  const char* kind;
  const char* code;
};

TEST(Remittance, ServiceCodeQualifierDecidesTheItemKind) {
  const QualifierCase cases[] = {
      {"SVC*HC:J1100:JW*75*25**3~", "procedure", "J1100"},
      {"SVC*AD:D0120*60*48~", "procedure", "D0120"},
      {"SVC*NU:0300*120*80~", "revenue", "0300"},
      {"SVC*NU:450*900*500~", "revenue", "0450"},
      {"SVC*N4:00409488802*40*30**2~", "ndc", "00409-4888-02"},
  };
  for (const QualifierCase& c : cases) {
    const nlohmann::json bill = Explain(Remittance835(c.service));
    ASSERT_EQ(bill["items"].size(), 1u) << c.service << bill["problems"];
    EXPECT_EQ(bill["items"][0]["kind"], c.kind) << c.service;
    EXPECT_EQ(bill["items"][0]["code"], c.code) << c.service;
  }
}

TEST(Remittance, CodeSetBillcodeDoesNotReadIsAProblemNotAnItem) {
  const nlohmann::json bill = Explain(Remittance835("SVC*HP:1AFK1*900*500~"));
  EXPECT_TRUE(bill["items"].empty());
  ASSERT_EQ(bill["problems"].size(), 1u);
  EXPECT_NE(bill["problems"][0].get<std::string>().find(
                "segment 11: a service line coded as HP 1AFK1"),
            std::string::npos)
      << bill["problems"];
}

TEST(Remittance, BilledCodeThatThePlanChangedIsInTheDescription) {
  const nlohmann::json bill =
      Explain(Remittance835("SVC*HC:99213*150*60**1*HC:99214~"));
  EXPECT_EQ(bill["items"][0]["code"], "99213");
  EXPECT_EQ(bill["items"][0]["description"], "billed as 99214");
}

TEST(Remittance, ReasonWithoutWordsPointsToTheList) {
  const nlohmann::json bill =
      Explain(Remittance835("SVC*HC:99213*100*50~CAS*OA*A9Z*50~"));
  EXPECT_NE(Joined(bill["items"][0]["explanation"])
                .find("(reason A9Z: see X12's list of Claim Adjustment Reason "
                      "Codes)"),
            std::string::npos);
  EXPECT_TRUE(bill["items"][0]["adjustments"][0]["reasonMeaning"].is_null());
}

TEST(Remittance, MoneyAddedBackIsSaidSo) {
  const nlohmann::json bill =
      Explain(Remittance835("SVC*HC:99213*100*50~CAS*CR*45*-12.5~"));
  EXPECT_EQ(bill["items"][0]["adjustments"][0]["amount"], "-12.50");
  EXPECT_NE(Joined(bill["items"][0]["explanation"])
                .find("$12.50 was added back by the plan as a correction"),
            std::string::npos)
      << bill["items"][0]["explanation"];
}

TEST(Remittance, BillWithoutPaymentsHasNoPaymentTotals) {
  const nlohmann::json bill = Explain("01/05/2026 99213 $150.00\n");
  EXPECT_TRUE(bill["summary"]["totalPaid"].is_null());
  EXPECT_TRUE(bill["summary"]["totalPatientShare"].is_null());
  EXPECT_TRUE(bill["items"][0]["adjustments"].empty());
}

TEST(Remittance, ClaimFileIsStillReadAsAClaimNotARemittance) {
  const nlohmann::json bill = Explain(ReadFixture("claims/sample.837p.txt"));
  EXPECT_FALSE(bill["items"].empty());
  EXPECT_TRUE(bill["summary"]["totalPaid"].is_null());
}

// An ExplanationOfBenefit of one item whose adjudications are `categories`
// (code -> amount) after a submitted charge of $250.
// An EOB of one 99214 line billed at $250, with these adjudications and
// CARIN's denial reasons (X12 Claim Adjustment Reason Codes).
std::string EobWithAdjudications(
    const std::vector<std::pair<std::string, double>>& categories,
    const std::vector<std::string>& reasons = {}) {
  nlohmann::json adjudications = nlohmann::json::array(
      {{{"category", {{"coding", {{{"code", "submitted"}}}}}},
        {"amount", {{"value", 250}}}}});
  for (const auto& [code, amount] : categories) {
    adjudications.push_back({{"category", {{"coding", {{{"code", code}}}}}},
                             {"amount", {{"value", amount}}}});
  }
  for (const std::string& reason : reasons) {
    adjudications.push_back(
        {{"category", {{"coding", {{{"code", "denialreason"}}}}}},
         {"reason",
          {{"coding",
            {{{"system", "https://x12.org/codes/claim-adjustment-reason-codes"},
              {"code", reason}}}}}}});
  }
  const nlohmann::json eob = {
      {"resourceType", "ExplanationOfBenefit"},
      {"insurer", {{"display", "Aetna"}}},
      {"item",
       {{{"sequence", 1},
         {"productOrService",
          {{"coding",
            {{{"system", "http://www.ama-assn.org/go/cpt"},
              {"code", "99214"}}}}}},
         {"servicedDate", "2026-02-10"},
         {"adjudication", adjudications}}}}};
  return eob.dump();
}

struct AdjudicationCase {
  const char* name;
  std::vector<std::pair<std::string, double>> categories;
  const char* paid;
  const char* allowed;
  const char* shares;  // the PR adjustments, "reason=amount ..."
};

TEST(EobAdjudication, CategoriesBecomePaidAllowedAndThePatientsShare) {
  const std::string bb = "https://bluebutton.cms.gov/resources/variables/";
  const std::vector<AdjudicationCase> cases = {
      {"HL7 and CARIN codes",
       {{"eligible", 142.5},
        {"deductible", 50},
        {"coinsurance", 18.5},
        {"copay", 0},
        {"paidtoprovider", 74},
        {"memberliability", 68.5}},
       "74.00",
       "142.50",
       "1=50.00 2=18.50 "},
      {"HL7 benefit",
       {{"benefit", 200}, {"copay", 25}},
       "200.00",
       "",
       "3=25.00 "},
      {"member liability alone",
       {{"paidtoprovider", 0}, {"memberliability", 45}},
       "0.00",
       "",
       "=45.00 "},
      {"CMS Blue Button variables",
       {{bb + "line_alowd_chrg_amt", 120},
        {bb + "line_nch_pmt_amt", 76.8},
        {bb + "line_bene_ptb_ddctbl_amt", 24},
        {bb + "line_coinsrnc_amt", 19.2}},
       "76.80",
       "120.00",
       "1=24.00 2=19.20 "},
      {"CARIN paid to the patient",
       {{"eligible", 100}, {"paidtopatient", 60}},
       "60.00",
       "100.00",
       ""},
      {"CARIN paid to the provider and to the patient: their sum",
       {{"eligible", 150}, {"paidtoprovider", 100}, {"paidtopatient", 20.5}},
       "120.50",
       "150.00",
       ""},
      {"benefit with its parts: the benefit",
       {{"paidtoprovider", 100}, {"benefit", 120}, {"paidtopatient", 20}},
       "120.00",
       "",
       ""},
      {"submitted only", {}, "", "", ""},
  };
  for (const AdjudicationCase& c : cases) {
    const nlohmann::json bill = Explain(EobWithAdjudications(c.categories));
    ASSERT_EQ(bill["items"].size(), 1u) << c.name << bill["problems"];
    const nlohmann::json& item = bill["items"][0];
    EXPECT_EQ(item["charge"], "250.00") << c.name;
    EXPECT_EQ(item["paid"].is_null() ? "" : item["paid"], c.paid) << c.name;
    EXPECT_EQ(item["allowed"].is_null() ? "" : item["allowed"], c.allowed)
        << c.name;
    std::string shares;
    for (const auto& adjustment : item["adjustments"]) {
      EXPECT_EQ(adjustment["group"], "PR") << c.name;
      shares += adjustment["reason"].get<std::string>() + "=" +
                adjustment["amount"].get<std::string>() + " ";
    }
    EXPECT_EQ(shares, c.shares) << c.name;
  }
}

struct AdjustmentCase {
  const char* name;
  std::vector<std::pair<std::string, double>> categories;
  std::vector<std::string> reasons;
  const char* adjustments;  // "group-reason=amount ..."
};

TEST(EobAdjudication, DiscountAndAmountNotCoveredAreAdjustments) {
  const std::vector<AdjustmentCase> cases = {
      {"network discount",
       {{"eligible", 117.5},
        {"discount", 132.5},
        {"copay", 25},
        {"memberliability", 25}},
       {},
       "CO-45=132.50 PR-3=25.00 "},
      {"not covered, the member's, with its reason",
       {{"noncovered", 250}, {"memberliability", 250}},
       {"96"},
       "PR-96=250.00 "},
      {"not covered, the member owes nothing",
       {{"noncovered", 250}, {"memberliability", 0}},
       {"96"},
       "CO-96=250.00 PR-=0.00 "},
      {"not covered, liability not given",
       {{"noncovered", 250}},
       {},
       "PR-=250.00 "},
      {"not covered, two reasons",
       {{"noncovered", 250}},
       {"96", "204"},
       "PR-=250.00 -96= -204= "},
      {"a reason without an amount not covered",
       {{"eligible", 250}, {"paidtoprovider", 250}},
       {"45"},
       "-45= "},
  };
  for (const AdjustmentCase& c : cases) {
    const nlohmann::json bill =
        Explain(EobWithAdjudications(c.categories, c.reasons));
    ASSERT_EQ(bill["items"].size(), 1u) << c.name << bill["problems"];
    std::string adjustments;
    for (const auto& adjustment : bill["items"][0]["adjustments"]) {
      adjustments += adjustment["group"].get<std::string>() + "-" +
                     adjustment["reason"].get<std::string>() + "=" +
                     (adjustment["amount"].is_null()
                          ? ""
                          : adjustment["amount"].get<std::string>()) +
                     " ";
    }
    EXPECT_EQ(adjustments, c.adjustments) << c.name;
  }
}

struct WordedCategoryCase {
  const char* category;  // the JSON of an adjudication's category
  const char* field;     // where its $60 goes: "allowed", "paid", "share" or ""
};

TEST(EobAdjudication, CategoriesOfAPayersOwnCodesAreReadByTheirWords) {
  const std::vector<WordedCategoryCase> cases = {
      {R"({"coding": [{"system": "urn:payer:amounts", "code": "ALW",
          "display": "Allowed Amount"}]})",
       "allowed"},
      {R"({"coding": [{"system": "urn:payer:amounts", "code": "PD"}],
          "text": "Plan Paid"})",
       "paid"},
      {R"({"text": "Member Responsibility"})", "share"},
      {R"({"text": "Amount you owe"})", "share"},
      {R"({"text": "Not Covered"})", "share"},  // the patient's, unless said
      {R"({"text": "Paid by patient at the visit"})", ""},
      {R"({"text": "Network status"})", ""},
  };
  for (const WordedCategoryCase& c : cases) {
    const nlohmann::json bill =
        Explain(std::string(R"({"resourceType":
        "ExplanationOfBenefit", "item": [{"sequence": 1, "productOrService":
        {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code":
        "99214"}]}, "servicedDate": "2026-02-10", "adjudication": [
        {"category": {"coding": [{"code": "submitted"}]}, "amount":
        {"value": 250}}, {"category": )") +
                c.category + R"(, "amount": {"value": 60}}]}]})");
    ASSERT_EQ(bill["items"].size(), 1u) << c.category << bill["problems"];
    const nlohmann::json& item = bill["items"][0];
    const nlohmann::json share = bill["summary"]["totalPatientShare"];
    const std::map<std::string, std::string> got = {
        {"allowed", item["allowed"].is_null() ? "" : item["allowed"]},
        {"paid", item["paid"].is_null() ? "" : item["paid"]},
        {"share", share.is_null() ? "" : share.dump()}};
    for (const auto& [field, value] : got) {
      EXPECT_EQ(value,
                field == c.field ? (field == "share" ? "60.0" : "60.00") : "")
          << c.category << " " << field;
    }
  }
}

TEST(EobAdjudication, PartDDrugEventGivesTheDrugsNameCostAndShares) {
  const std::string bb = "https://bluebutton.cms.gov/resources/variables/";
  const auto amount = [&](const std::string& variable, double value) {
    return nlohmann::json{
        {"category", {{"coding", {{{"code", bb + variable}}}}}},
        {"amount", {{"value", value}}}};
  };
  const nlohmann::json eob = {
      {"resourceType", "ExplanationOfBenefit"},
      {"type",
       {{"coding",
         {{{"system",
            "https://bluebutton.cms.gov/resources/codesystem/eob-type"},
           {"code", "PDE"}}}}}},
      {"item",
       {{{"sequence", 1},
         {"servicedDate", "2026-02-11"},
         {"productOrService",
          {{"coding",
            {{{"system", "http://hl7.org/fhir/sid/ndc"},
              {"code", "00093721410"},
              {"display", "Lisinopril 10 MG Oral Tablet"}}}}}},
         {"quantity", {{"value", 30}}},
         {"adjudication",
          {amount("cvrd_d_plan_pd_amt", 4.12), amount("ptnt_pay_amt", 1.5),
           amount("tot_rx_cst_amt", 5.62)}}}}}};
  const nlohmann::json bill = Explain(eob.dump());
  ASSERT_EQ(bill["items"].size(), 1u) << bill["problems"];
  const nlohmann::json& item = bill["items"][0];
  EXPECT_EQ(item["kind"], "ndc");
  EXPECT_EQ(item["description"], "Lisinopril 10 MG Oral Tablet");
  EXPECT_EQ(item["charge"], "5.62");
  EXPECT_EQ(item["paid"], "4.12");
  EXPECT_DOUBLE_EQ(bill["summary"]["totalPatientShare"].get<double>(), 1.5);
  EXPECT_EQ(bill["payer"], "medicare");
}

TEST(EobAdjudication, DenialReasonAndRemarkCodesAreRead) {
  // CARIN Blue Button: a denial reason as an adjudication's reason.
  const nlohmann::json bill = Explain(R"({"resourceType":
      "ExplanationOfBenefit", "item": [{"sequence": 1, "productOrService":
      {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code":
      "97140"}]}, "servicedDate": "2026-03-17", "adjudication": [
      {"category": {"coding": [{"code": "submitted"}]}, "amount":
      {"value": 95}},
      {"category": {"coding": [{"code": "paidtoprovider"}]}, "amount":
      {"value": 0}},
      {"category": {"coding": [{"system":
      "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudicationDiscriminator",
      "code": "denialreason"}]}, "reason": {"coding": [{"system":
      "https://x12.org/codes/claim-adjustment-reason-codes", "code": "50"},
      {"system": "https://x12.org/codes/remittance-advice-remark-codes",
      "code": "N130"}]}}]}]})");
  ASSERT_EQ(bill["items"].size(), 1u) << bill["problems"];
  const nlohmann::json& item = bill["items"][0];
  ASSERT_EQ(item["adjustments"].size(), 1u) << item["adjustments"];
  EXPECT_EQ(item["adjustments"][0]["reason"], "50");
  EXPECT_TRUE(item["adjustments"][0]["amount"].is_null());
  EXPECT_EQ(item["remarks"], nlohmann::json::array({"N130"}));
  ASSERT_EQ(FlagIds(item), std::vector<std::string>{"plan-paid-nothing"});
  EXPECT_NE(item["flags"][0]["sentence"].get<std::string>().find(
                "reason 50: the plan did not consider"),
            std::string::npos);
}

TEST(EobAdjudication, NoPatientShareIsSaidAsNothingOwed) {
  const nlohmann::json bill = Explain(EobWithAdjudications(
      {{"eligible", 71}, {"paidtoprovider", 71}, {"memberliability", 0}}));
  const std::string sentences = Joined(bill["items"][0]["explanation"]);
  EXPECT_NE(sentences.find("The plan says you owe nothing for this line.\n"),
            std::string::npos)
      << sentences;
  EXPECT_EQ(sentences.find("You may owe"), std::string::npos) << sentences;
}

TEST(EobAdjudication, PatientShareWithoutReasonIsSaidPlainly) {
  const nlohmann::json bill = Explain(
      EobWithAdjudications({{"paidtoprovider", 0}, {"memberliability", 45}}));
  const std::string sentences = Joined(bill["items"][0]["explanation"]);
  EXPECT_NE(sentences.find("You may owe $45.00 for this line.\n"),
            std::string::npos)
      << sentences;
  EXPECT_EQ(FlagIds(bill["items"][0]),
            std::vector<std::string>{"plan-paid-nothing"});
  EXPECT_DOUBLE_EQ(bill["summary"]["totalPatientShare"].get<double>(), 45);
}

}  // namespace
}  // namespace billcode
