// Bills in every layout: tests/cases/bill_extraction.json, and the
// explanation of the items found.
#include "billcode/bills/bill_extraction.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "billcode/bills/bill_explanation.h"
#include "billcode/bills/revenue_codes.h"
#include "billcode/import/hcpcs_import.h"
#include "billcode/json/json_output.h"
#include "case_table.h"
#include "fixture_data.h"
#include "test_files.h"

namespace billcode {
namespace {

using testing::CaseName;
using testing::ExpectJsonSubset;
using testing::FixtureData;
using testing::LoadCases;
using testing::ReadFixture;

const DataSet& Fixtures() {
  static const DataSet* data = new DataSet(FixtureData(/*ptp=*/true));
  return *data;
}

BillOptions Options() {
  BillOptions options;
  options.today = *Date::FromYmd(2026, 6, 1);
  return options;
}

nlohmann::json ExplainJson(const std::string& text, const DataSet& data,
                           const BillOptions& options = Options()) {
  return nlohmann::json::parse(
      BillJson(ExplainBill(ExtractBill(text, data), data, options), data));
}

std::string Joined(const nlohmann::json& lines) {
  std::string text;
  for (const auto& line : lines) text += line.get<std::string>() + "\n";
  return text;
}

class BillExtractionCase : public ::testing::TestWithParam<testing::TableCase> {
};

TEST_P(BillExtractionCase, FindsExactlyTheBilledCodes) {
  const nlohmann::json& expected = GetParam().json;
  const DataSet none;
  const DataSet& data =
      expected.value("data", "none") == "fixture" ? Fixtures() : none;
  const nlohmann::json bill = ExplainJson(Joined(expected.at("lines")), data);
  std::vector<std::string> codes, expected_codes;
  for (const auto& item : bill.at("items")) codes.push_back(item.at("code"));
  for (const auto& item : expected.at("items")) {
    expected_codes.push_back(item.at("code"));
  }
  ASSERT_EQ(codes, expected_codes);
  for (size_t i = 0; i < codes.size(); ++i) {
    ExpectJsonSubset(expected.at("items")[i], bill.at("items")[i],
                     "items[" + std::to_string(i) + "]");
  }
}

INSTANTIATE_TEST_SUITE_P(Table, BillExtractionCase,
                         ::testing::ValuesIn(LoadCases("bill_extraction.json")),
                         CaseName());

std::vector<std::string> FlagIds(const nlohmann::json& item) {
  std::vector<std::string> ids;
  for (const auto& flag : item.at("flags")) ids.push_back(flag.at("id"));
  return ids;
}

TEST(ExplainBill, SameServiceTwiceOnOneDayIsFlaggedWithAQuestion) {
  const nlohmann::json bill = ExplainJson(
      "03/02/2026  E0114  Crutches  $125.00\n"
      "03/02/2026  E0114  Crutches  $125.00\n",
      Fixtures());
  EXPECT_EQ(FlagIds(bill["items"][1]),
            std::vector<std::string>{"same-service-twice"});
  EXPECT_FALSE(bill["questions"].empty());
}

TEST(ExplainBill, ChargeManyTimesMedicareStatesTheRatio) {
  // Fixture RVU26C prices 99213 at about $90 in an office.
  const nlohmann::json bill =
      ExplainJson("03/02/2026  99213  Office visit  $900.00\n", Fixtures());
  const nlohmann::json& item = bill["items"][0];
  ASSERT_EQ(FlagIds(item), std::vector<std::string>{"charge-above-medicare"});
  EXPECT_NE(item["flags"][0]["sentence"].get<std::string>().find(" times "),
            std::string::npos);
  EXPECT_FALSE(item["price"].is_null());
}

// A line with a revenue code, or that says it is a facility's, is a
// hospital's or surgery center's charge, not a doctor's.
TEST(ExplainBill, FacilityChargeSaysMedicarePaysItOtherwise) {
  for (const char* line :
       {"03/02/2026  0510  99213  Clinic visit  $900.00\n",
        "03/02/2026  99213  Clinic visit, facility fee  $900.00\n"}) {
    const nlohmann::json bill = ExplainJson(line, Fixtures());
    const nlohmann::json& item = bill["items"][0];
    ASSERT_EQ(FlagIds(item), std::vector<std::string>{"charge-above-medicare"})
        << line;
    const std::string sentence = item["flags"][0]["sentence"];
    EXPECT_NE(sentence.find("what Medicare pays a doctor"), std::string::npos);
    EXPECT_NE(sentence.find("surgery center's own charge"), std::string::npos);
  }
}

// A Good Faith Estimate lists the surgeon's and the surgery center's charge
// for one procedure: two providers' lines, not one service billed twice.
TEST(ExplainBill, FacilityLineOfAProcedureIsNotTheDoctorsLineTwice) {
  struct Case {
    const char* second_line;
    bool flagged;
  };
  for (const Case& c : {
           Case{"04/15/2026  Northside Surgery Center  Facility fee  11042  1  "
                "$2400.00\n",
                false},
           Case{"04/15/2026  Northside Surgery Center  Debridement  11042  1  "
                "$2400.00\n",
                true},
       }) {
    const nlohmann::json bill = ExplainJson(
        std::string("04/15/2026  Lakeside Orthopedics  Debridement  11042  1  "
                    "$900.00\n") +
            c.second_line,
        Fixtures());
    ASSERT_EQ(bill["items"].size(), 2u) << c.second_line;
    const std::vector<std::string> ids = FlagIds(bill["items"][1]);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "same-service-twice"),
              c.flagged ? 1 : 0)
        << c.second_line;
    // Two units of 11042 on one day pass its MUE of 1 only as one claim.
    long units_flags = 0;
    for (const nlohmann::json& item : bill["items"]) {
      const std::vector<std::string> item_ids = FlagIds(item);
      units_flags +=
          std::count(item_ids.begin(), item_ids.end(), "units-above-limit");
    }
    EXPECT_EQ(units_flags, c.flagged ? 1 : 0) << c.second_line;
  }
}

// An MUE of 0 in the setting billcode guessed (a doctor's) says who bills
// the code where a DME supplier may (fixture MUEs of B4034: practitioner
// 0, DME supplier 1), and says that Medicare does not pay it where it does
// not (99393, PFS status N, flagged so): not that too many units were
// billed. A code with an MUE of 0 in no other table (96376) is flagged.
TEST(ExplainBill, MueOfZeroIsNoUnitsFlagWhereItSaysSomethingElse) {
  struct Case {
    const char* line;
    bool flagged;
  };
  for (const Case& c : {
           Case{"03/02/2026  B4034  Enteral feeding kit  1  $40.00\n", false},
           Case{"03/02/2026  99393  Preventive visit  1  $180.00\n", false},
           Case{"03/02/2026  96376  IV push, same drug  1  $80.00\n", true},
       }) {
    const nlohmann::json bill = ExplainJson(c.line, Fixtures());
    const std::vector<std::string> ids = FlagIds(bill["items"][0]);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "units-above-limit"),
              c.flagged ? 1 : 0)
        << c.line << bill["items"][0]["flags"];
  }
}

TEST(ExplainBill, ChargedLinesWithoutACodeAreNamedInTheNotes) {
  const nlohmann::json bill = ExplainJson(
      "DATE        CODE    DESCRIPTION          CHARGES\n"
      "03/02/2026  99213   Office visit          $120.00\n"
      "03/02/2026          Pharmacy               $42.75\n"
      "03/02/2026          Supplies               $18.00\n",
      Fixtures());
  ASSERT_EQ(bill["items"].size(), 1u);
  EXPECT_NE(Joined(bill["notes"])
                .find("Lines 3 and 4 show a charge but no "
                      "billing code"),
            std::string::npos)
      << bill["notes"];
}

TEST(ExplainBill, ADiagnosisUnderAChargedLineLeavesItUncoded) {
  const nlohmann::json bill = ExplainJson(
      "01/05/2026  Office visit             $120.00\n"
      "Diagnosis: E11.9\n",
      Fixtures());
  EXPECT_EQ(bill["uncodedLines"], nlohmann::json({1}));
}

TEST(ExplainBill, TotalsPaymentsTaxesAndLabelledAmountsAreNoUncodedCharges) {
  const nlohmann::json bill = ExplainJson(
      "03/02/2026  99213   Office visit          $120.00\n"
      "            Sales tax                       $0.00\n"
      "            Sales tax                       $4.10\n"
      "            Total charges                 $124.10\n"
      "            Insurance payment             -$80.00\n"
      "            Patient responsibility         $44.10\n"
      "            Member rate: $72.10\n",
      Fixtures());
  EXPECT_EQ(Joined(bill["notes"]).find("no billing code"), std::string::npos)
      << bill["notes"];
}

struct StatedTotalCase {
  const char* name;
  const char* bill;
  const char* note;  // the note's start, or "" for none
};

TEST(ExplainBill, TheBillsOwnTotalIsComparedWithTheChargesRead) {
  const std::vector<StatedTotalCase> cases = {
      {"a total that adds up",
       "03/02/2026  99213  Office visit  $120.00\n"
       "03/02/2026  36415  Venipuncture   $25.00\n"
       "TOTAL CHARGES:                   $145.00\n",
       ""},
      {"subtotals then a grand total",
       "03/02/2026  99213  Office visit  $120.00\n"
       "Subtotal                         $120.00\n"
       "03/09/2026  99213  Office visit  $1,130.00\n"
       "Subtotal                         $1,130.00\n"
       "Grand total                      $1,250.00\n",
       ""},
      {"a total per claim",
       "03/02/2026  99213  Office visit  $120.00\n"
       "Total for this claim             $120.00\n"
       "03/09/2026  36415  Venipuncture   $25.00\n"
       "Total for this claim              $25.00\n",
       ""},
      {"a row without a code in the total",
       "03/02/2026  99213  Office visit  $120.00\n"
       "03/02/2026         Supplies       $30.00\n"
       "Total charges                    $150.00\n",
       ""},
      {"a line missed",
       "03/02/2026  99213  Office visit  $120.00\n"
       "Totals                           $1,370.00   $80.00\n",
       "The bill's own total of charges, $1,370.00 (line 2), is not the sum "
       "of the charges billcode read from its coded lines, $120.00:"},
      {"what is owed is no total of charges",
       "03/02/2026  99213  Office visit  $120.00\n"
       "Total due from patient           $40.00\n"
       "Total amount you owe             $40.00\n",
       ""},
  };
  for (const StatedTotalCase& c : cases) {
    const nlohmann::json bill = ExplainJson(c.bill, Fixtures());
    std::string note;
    for (const auto& each : bill["notes"]) {
      const std::string text = each.get<std::string>();
      if (text.find("own total") != std::string::npos) note = text;
    }
    EXPECT_EQ(note.substr(0, std::string(c.note).size()), c.note) << c.name;
    EXPECT_EQ(note.empty(), std::string(c.note).empty()) << c.name;
  }
}

struct AmountDueCase {
  const char* name;
  const char* last_line;  // after "03/02/2026  99213  Office visit  $120.00"
  double amount;          // the summary's amountDue.amount, or -1 for none
};

TEST(ExplainBill, TheAmountTheBillAsksForIsItsAmountDue) {
  const std::vector<AmountDueCase> cases = {
      {"amount due", "Amount Due: $125.00", 125.00},
      {"total due from the patient", "Total Due from Patient:   $40.00", 40.00},
      {"balance due with OCR damage", "Balance due: $l,458.OO", 1458.00},
      {"please pay", "Total Charges: $120.00  Please Pay: $95.00", 95.00},
      {"the amount after a previous balance",
       "Previous balance: $50.00   Amount due: $170.00", 170.00},
      {"you owe, after insurance",
       "Your insurance has been billed. Amount you owe after insurance: "
       "$45.00",
       45.00},
      {"nothing owed", "Insurance pending $120.00 You owe now $0.00", 0.00},
      {"in Spanish", "Saldo anterior: $20.00   Saldo a pagar: $140.00", 140.00},
      {"a previous balance alone", "Previous balance: $50.00", -1},
      {"past due", "Past due amount: $20.00", -1},
      {"a minimum payment", "Minimum payment due: $25.00", -1},
      {"what the insurer owes", "Insurance balance: $80.00", -1},
      {"an estimate", "Estimated patient responsibility: $30.00", -1},
      {"a credit", "Balance due: -$12.00", -1},
      {"a total of charges", "Total charges: $120.00", -1},
      {"the line's own share in a block", "Your responsibility: $24.00", -1},
  };
  for (const AmountDueCase& c : cases) {
    const nlohmann::json bill =
        ExplainJson(std::string("03/02/2026  99213  Office visit  $120.00\n") +
                        c.last_line + "\n",
                    Fixtures());
    const nlohmann::json& due = bill["summary"]["amountDue"];
    if (c.amount < 0) {
      EXPECT_TRUE(due.is_null()) << c.name << ": " << due;
      continue;
    }
    ASSERT_TRUE(due.is_object()) << c.name;
    EXPECT_DOUBLE_EQ(due["amount"].get<double>(), c.amount) << c.name;
    EXPECT_EQ(due["line"], 2) << c.name;
  }
}

TEST(ExplainBill, TheLastAmountDueStated) {
  const nlohmann::json bill = ExplainJson(
      "Amount due: $95.00\n"
      "03/02/2026  99213  Office visit  $120.00\n"
      "Insurance payment  -$25.00\n"
      "Amount due: $95.00\n",
      Fixtures());
  EXPECT_EQ(bill["summary"]["amountDue"]["line"], 4);
}

struct InsurancePaidCase {
  const char* name;
  const char* lines;  // after "03/02/2026  99213  Office visit  $120.00"
  double amount;      // the summary's insurancePaid.amount, or -1 for none
  std::vector<int> at;
};

TEST(ExplainBill, WhatInsurersPaidAsTheBillStatesIt) {
  const std::vector<InsurancePaidCase> cases = {
      {"a payment line", "Insurance payments:   -$80.00\n", 80.00, {2}},
      {"among other amounts",
       "Your insurance paid $2,604.12 - Adjustments $412.38 - You owe "
       "$463.50\n",
       2604.12,
       {2}},
      {"nothing paid yet",
       "Total Charges: $120.00   Insurance Payments: $0.00   Please Pay: "
       "$120.00\n",
       0.00,
       {2}},
      {"payments on several lines",
       "03/10/2026  Insurance payment BCBS      -$60.00\n"
       "03/20/2026  Insurance payment Medicare  -$20.00\n",
       80.00,
       {2, 3}},
      {"their total, not their sum again",
       "03/10/2026  Insurance payment BCBS      -$60.00\n"
       "03/20/2026  Insurance payment Medicare  -$20.00\n"
       "Total insurance payments                -$80.00\n",
       80.00,
       {4}},
      {"billed, not paid",
       "Insurance has been billed for $120.00 and has not yet paid.\n",
       -1,
       {}},
      {"pending", "Insurance pending: $120.00\n", -1, {}},
      {"in Spanish", "Pago del seguro:   -$80.00\n", 80.00, {2}},
      {"an insurer named, with a credit",
       "06/10/26  BCBS PAYMENT          60.00CR\n"
       "06/10/26  BCBS CONTRACTUAL ADJ  40.00CR\n",
       60.00,
       {2}},
      {"the patient's payment", "Patient payment: -$20.00\n", -1, {}},
  };
  for (const InsurancePaidCase& c : cases) {
    const nlohmann::json bill = ExplainJson(
        std::string("03/02/2026  99213  Office visit  $120.00\n") + c.lines,
        Fixtures());
    const nlohmann::json& paid = bill["summary"]["insurancePaid"];
    if (c.amount < 0) {
      EXPECT_TRUE(paid.is_null()) << c.name << ": " << paid;
      continue;
    }
    ASSERT_TRUE(paid.is_object()) << c.name;
    EXPECT_DOUBLE_EQ(paid["amount"].get<double>(), c.amount) << c.name;
    EXPECT_EQ(paid["lines"].get<std::vector<int>>(), c.at) << c.name;
  }
}

TEST(ExplainBill, ASecondOfficeVisitOfADayIsFlaggedByItsBillLines) {
  const nlohmann::json bill = ExplainJson(
      "Date        Code   Description          Charges\n"
      "03/02/2026  99214  OFFICE VISIT EST PT   225.00\n"
      "03/02/2026  99213  OFFICE VISIT EST PT   150.00\n",
      Fixtures());
  ASSERT_EQ(bill["items"].size(), 2u);
  EXPECT_TRUE(bill["items"][0]["flags"].empty()) << bill["items"][0]["flags"];
  const nlohmann::json& flags = bill["items"][1]["flags"];
  ASSERT_EQ(flags.size(), 1u) << flags;
  EXPECT_EQ(flags[0]["id"], "two-visits-one-day");
  // The claim's line 1 is the bill's line 2.
  EXPECT_NE(flags[0]["detail"].get<std::string>().find("99214 (line 2)"),
            std::string::npos)
      << flags[0]["detail"];
}

TEST(ExplainBill, AHospitalsTwoClinicVisitsOfADayAreNotFlagged) {
  const nlohmann::json bill = ExplainJson(
      "Date        Rev   Code   Description     Charges\n"
      "03/02/2026  0510  99213  CLINIC VISIT     225.00\n"
      "03/02/2026  0510  99214  CLINIC VISIT     300.00\n",
      Fixtures());
  ASSERT_EQ(bill["items"].size(), 2u);
  EXPECT_TRUE(bill["items"][1]["flags"].empty()) << bill["items"][1]["flags"];
}

TEST(ExplainBill, ASecondVisitThePlanPaidIsNotFlagged) {
  const nlohmann::json bill = ExplainJson(
      "Date        Code   Description     Billed   Allowed   Plan Paid\n"
      "03/02/2026  99214  OFFICE VISIT    225.00    120.00      96.00\n"
      "03/02/2026  99213  OFFICE VISIT    150.00     80.00      64.00\n",
      Fixtures());
  ASSERT_EQ(bill["items"].size(), 2u);
  EXPECT_EQ(bill["items"][1]["paid"], "64.00");
  EXPECT_TRUE(bill["items"][1]["flags"].empty()) << bill["items"][1]["flags"];
}

TEST(ExplainBill, ChargeNearMedicareIsNotFlagged) {
  const nlohmann::json bill =
      ExplainJson("03/02/2026  99213  Office visit  $95.00\n", Fixtures());
  EXPECT_TRUE(bill["items"][0]["flags"].empty());
}

TEST(ExplainBill, UnitsAboveTheMueAreFlagged) {
  // The fixture MUE of A4206 is below 500 units.
  const nlohmann::json bill =
      ExplainJson("03/02/2026  A4206  Syringe  500  $50.00\n", Fixtures());
  const std::vector<std::string> ids = FlagIds(bill["items"][0]);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "units-above-limit"), ids.end());
}

TEST(ExplainBill, DiagnosisCategoryIsFlagged) {
  const nlohmann::json bill = ExplainJson(
      "Diagnosis: E11\n03/02/2026  99213  Visit  $90.00\n", Fixtures());
  EXPECT_EQ(bill["items"][0]["code"], "E11");
  EXPECT_EQ(FlagIds(bill["items"][0]),
            std::vector<std::string>{"diagnosis-category"});
}

TEST(ExplainBill, DateComesFromTheBillElseTheUserElseToday) {
  const nlohmann::json from_bill = ExplainJson(
      "Date of service 03/02/2026\nE0114  Crutches  $125.00\n", Fixtures());
  EXPECT_EQ(from_bill["items"][0]["date"], "2026-03-02");
  EXPECT_EQ(from_bill["items"][0]["dateSource"], "bill");
  BillOptions options = Options();
  options.date = *Date::FromYmd(2026, 2, 1);
  const nlohmann::json from_user =
      ExplainJson("E0114  Crutches  $125.00\n", Fixtures(), options);
  EXPECT_EQ(from_user["items"][0]["date"], "2026-02-01");
  EXPECT_EQ(from_user["items"][0]["dateSource"], "user");
  const nlohmann::json from_today =
      ExplainJson("E0114  Crutches  $125.00\n", Fixtures());
  EXPECT_EQ(from_today["items"][0]["dateSource"], "today");
  EXPECT_EQ(from_today["items"][0]["date"], "2026-06-01");
}

TEST(ExplainBill, SummaryCountsItemsByKindAndTotalsCharges) {
  const nlohmann::json bill = ExplainJson(
      "01/05/2026 0450  99284  ER VISIT   1   1,245.00\n"
      "01/05/2026 0250         PHARMACY   2      24.00\n"
      "Diagnosis: I10\n",
      Fixtures());
  const nlohmann::json& summary = bill["summary"];
  EXPECT_EQ(summary["items"], 3);
  EXPECT_EQ(summary["byKind"]["procedure"], 1);
  EXPECT_EQ(summary["byKind"]["revenue"], 1);
  EXPECT_EQ(summary["byKind"]["diagnosis"], 1);
  EXPECT_EQ(summary["totalCharges"], 1269.0);
}

// A statement's line still pending with the insurer says so, and its
// "Pt Resp $0.00" is no decision that the patient owes nothing.
TEST(ExplainBill, LinePendingWithTheInsurerSaysWhatYouOweMayChange) {
  const nlohmann::json bill = ExplainJson(
      "Date      Code    Description        Charge    Ins Pending   Pt Resp\n"
      "03/10/26  99213   Office visit      $245.00   $245.00       $0.00\n"
      "03/18/26  99213   Office visit      $150.00     $0.00     $150.00\n",
      Fixtures());
  ASSERT_EQ(bill["items"].size(), 2u);
  const std::string pending = Joined(bill["items"][0]["explanation"]);
  EXPECT_NE(pending.find("Your insurer has not decided on this line yet "
                         "($245.00 is waiting on it)"),
            std::string::npos)
      << pending;
  EXPECT_EQ(pending.find("owe nothing"), std::string::npos) << pending;
  EXPECT_EQ(bill["summary"]["totalPatientShare"], 150.0);
}

// Medicare's rules are used when the bill does not name the insurer; the
// flag then says that another insurer decides for itself.
TEST(ExplainBill,
     MedicareDoesNotPaySaysOtherPlansDecideWhenTheInsurerIsUnknown) {
  for (const char* payer : {"", "medicare"}) {
    BillOptions options = Options();
    options.payer = payer;
    const nlohmann::json bill = ExplainJson(
        "03/02/2026  99397  Preventive visit  $240.00\n", Fixtures(), options);
    const nlohmann::json& flags = bill["items"][0]["flags"];
    ASSERT_EQ(FlagIds(bill["items"][0]),
              std::vector<std::string>{"medicare-does-not-pay"})
        << payer << flags;
    const std::string sentence = flags[0]["sentence"];
    EXPECT_EQ(sentence.find("if it is not Medicare, your plan decides") !=
                  std::string::npos,
              *payer == '\0')
        << payer << sentence;
  }
}

// A Good Faith Estimate is no bill; its holder can dispute a bill $400 or
// more above it.
TEST(ExplainBill, GoodFaithEstimateSaysWhatItIsAndHowToDisputeABillAboveIt) {
  for (const bool estimate : {true, false}) {
    const nlohmann::json bill = ExplainJson(
        std::string(estimate ? "GOOD FAITH ESTIMATE FOR HEALTH CARE ITEMS "
                               "AND SERVICES\n"
                             : "STATEMENT\n") +
            "04/15/2026  Lakeside Orthopedics  Debridement  11042  1  "
            "$900.00\n",
        Fixtures());
    const std::string notes = Joined(bill["notes"]);
    EXPECT_EQ(notes.find("This is a Good Faith Estimate, not a bill") !=
                  std::string::npos,
              estimate)
        << notes;
    EXPECT_EQ(notes.find("$400 or more above") != std::string::npos, estimate);
  }
}

// Revenue code 0001 is the hospital's total of the lines above it.
TEST(ExplainBill, TotalChargesLineIsNotCountedAgain) {
  const nlohmann::json bill = ExplainJson(
      "Rev Code   Description          Charges\n"
      "0450       EMERGENCY ROOM      1,245.00\n"
      "0250       PHARMACY               24.00\n"
      "0001       TOTAL CHARGES       1,269.00\n",
      Fixtures());
  ASSERT_EQ(bill["items"].size(), 3u);
  EXPECT_EQ(bill["items"][2]["code"], "0001");
  EXPECT_EQ(bill["summary"]["totalCharges"], 1269.0);
}

TEST(ExplainBill, NoticesNoteForALineIsSaidWithItsLetter) {
  const nlohmann::json bill = ExplainJson(
      "Date of Service  Billing Code  Amount Charged  Medicare Paid  See "
      "Notes\n"
      "11/04/2025       99214         $245.00         $100.55        A\n"
      "\n"
      "A  This approved amount has been reduced for sequestration.\n",
      Fixtures());
  ASSERT_EQ(bill["items"].size(), 1u);
  const std::string sentences = Joined(bill["items"][0]["explanation"]);
  EXPECT_NE(sentences.find("Note A on the notice: This approved amount has "
                           "been reduced for sequestration."),
            std::string::npos)
      << sentences;
}

TEST(ExplainBill, RevenueCodeIsExplainedByItsDepartment) {
  const nlohmann::json bill =
      ExplainJson("01/05/2026 0450  EMERGENCY  $900.00\n", DataSet());
  EXPECT_NE(bill["items"][0]["explanation"][0].get<std::string>().find(
                "emergency room"),
            std::string::npos);
}

TEST(ExplainBill, FilesOfNoTextSayWhatToDoWithThem) {
  const struct {
    std::string bytes;
    const char* says;
  } cases[] = {
      {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "is a PDF"},
      {std::string("\x89PNG\r\n\x1A\n\0\0", 10), "is an image"},
      {std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), "is an image"},
      {std::string("\0\0\0\x18"
                   "ftypheic\0\0",
                   14),
       "is an image"},
      {std::string("PK\x03\x04\x14\0\0\0", 8) + "xl/workbook.xml",
       "Excel workbook"},
      {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10),
       "Office 97-2003 file"},
  };
  for (const auto& c : cases) {
    const nlohmann::json bill = ExplainJson(c.bytes, Fixtures());
    EXPECT_TRUE(bill["items"].empty()) << c.says;
    ASSERT_EQ(bill["problems"].size(), 1u) << c.says;
    EXPECT_NE(bill["problems"][0].get<std::string>().find(c.says),
              std::string::npos)
        << bill["problems"][0];
  }
}

TEST(ExplainBill, UnreadableClaimFileSaysWhy) {
  const nlohmann::json bill = ExplainJson("{\"resourceType\": 12}", DataSet());
  EXPECT_TRUE(bill["items"].empty());
  EXPECT_FALSE(bill["problems"].empty());
  EXPECT_TRUE(bill["notes"].empty()) << "no insurer to speak of";
}

TEST(ExplainBill, FhirLinesInOtherCodeSystemsAreNamedInANote) {
  const nlohmann::json bill = ExplainJson(
      R"({"resourceType": "ExplanationOfBenefit", "item": [
        {"sequence": 1, "productOrService": {"coding": [{"system":
         "http://snomed.info/sct", "code": "185345009"}], "text":
         "Encounter for symptom"}, "net": {"value": 100}},
        {"sequence": 2, "productOrService": {"coding": [{"system":
         "http://hl7.org/fhir/sid/cvx", "code": "140"}]},
         "net": {"value": 36}},
        {"sequence": 3, "productOrService": {"coding": [{"code": "E0114"}]},
         "servicedDate": "2026-03-02", "net": {"value": 125}}]})",
      Fixtures());
  ASSERT_EQ(bill["items"].size(), 1u);
  EXPECT_EQ(bill["items"][0]["code"], "E0114");
  const std::string notes = Joined(bill["notes"]);
  for (const char* said :
       {"2 lines are not coded in the billing codes billcode explains",
        "SNOMED CT (clinical terms): 185345009 \"Encounter for symptom\"",
        "CVX (vaccines): 140",
        "their charges, $136.00, are not in the totals"}) {
    EXPECT_NE(notes.find(said), std::string::npos) << said << ": " << notes;
  }
}

TEST(ExplainBill, LinesInOtherCodeSystemsOfManyClaimsAreNamedInOneNote) {
  const std::string eob = R"({"resource": {"resourceType":
      "ExplanationOfBenefit", "item": [{"sequence": 1, "productOrService":
      {"coding": [{"system": "http://snomed.info/sct", "code": "185345009"}]},
      "net": {"value": 100}}]}})";
  const nlohmann::json bill = ExplainJson(
      R"({"resourceType": "Bundle", "entry": [)" + eob + ", " + eob + "]}",
      Fixtures());
  ASSERT_EQ(bill["notes"].size(), 1u) << bill["notes"];
  EXPECT_NE(bill["notes"][0].get<std::string>().find(
                "2 lines, of 2 claims, are not coded"),
            std::string::npos)
      << bill["notes"];
  EXPECT_NE(bill["notes"][0].get<std::string>().find(
                "(SNOMED CT (clinical terms): 185345009);"),
            std::string::npos)
      << "each code named once: " << bill["notes"];
}

TEST(ExplainBill, FhirEobTotalsTheLinesDoNotGiveAreSaidInANote) {
  const std::string lines = R"("item": [{"sequence": 1, "productOrService":
      {"coding": [{"code": "E0114"}]}, "servicedDate": "2026-03-02",
      "net": {"value": 125}%s}])";
  const std::string totals = R"("total": [
      {"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 90}},
      {"category": {"coding": [{"code": "memberliability"}]},
       "amount": {"value": 35}}])";
  const auto eob = [&](const std::string& line_adjudication,
                       const std::string& total) {
    std::string items = lines;
    items.replace(items.find("%s"), 2, line_adjudication);
    return R"({"resourceType": "ExplanationOfBenefit", )" + items +
           (total.empty() ? "" : ", " + total) + "}";
  };
  const std::string said =
      "says for the whole claim that the plan paid $90.00 and your share is "
      "$35.00";
  EXPECT_NE(
      Joined(ExplainJson(eob("", totals), Fixtures())["notes"]).find(said),
      std::string::npos);
  const std::string paid_by_line = R"(, "adjudication": [{"category":
      {"coding": [{"code": "benefit"}]}, "amount": {"value": 90}}])";
  EXPECT_EQ(Joined(ExplainJson(eob(paid_by_line, totals), Fixtures())["notes"])
                .find("for the whole claim"),
            std::string::npos)
      << "the lines say it";
  const std::string copay_beside_no_liability = R"("total": [
      {"category": {"coding": [{"code": "copay"}]}, "amount": {"value": 20}},
      {"category": {"coding": [{"code": "memberliability"}]},
       "amount": {"value": 0}}])";
  EXPECT_NE(Joined(ExplainJson(eob("", copay_beside_no_liability),
                               Fixtures())["notes"])
                .find("your share is $20.00"),
            std::string::npos)
      << "the parts, when they add up to more than the liability";
  const std::string paid_only = R"("payment": {"amount": {"value": 90}})";
  EXPECT_NE(Joined(ExplainJson(eob("", paid_only), Fixtures())["notes"])
                .find("for the whole claim that the plan paid $90.00."),
            std::string::npos)
      << "the payment, without totals";
}

TEST(ExplainBill, FhirEobPaidToThePatientIsSaidInANote) {
  const std::string eob = R"({"resourceType": "ExplanationOfBenefit", "item": [
      {"sequence": 1, "productOrService": {"coding": [{"code": "E0114"}]},
       "servicedDate": "2026-03-02", "net": {"value": 125}, "adjudication": [
       {"category": {"coding": [{"code": "paidtoprovider"}]},
        "amount": {"value": 0}},
       {"category": {"coding": [{"code": "paidtopatient"}]},
        "amount": {"value": 80}}]}]})";
  const nlohmann::json bill = ExplainJson(eob, Fixtures());
  EXPECT_EQ(bill["items"][0]["paid"], "80.00");
  EXPECT_EQ(bill["items"][0]["paidToPatient"], "80.00");
  EXPECT_NE(Joined(bill["notes"])
                .find("the plan paid $80.00 of this claim to "
                      "you, not to the provider"),
            std::string::npos)
      << bill["notes"];
}

// A Medicare Summary Notice for Part A lists stays without codes: a note
// says so, with what its rows say Medicare paid and the patient may be
// billed.
TEST(ExplainBill, PartANoticeWithoutCodesSaysWhatItListsAndItsAmounts) {
  const std::string notice =
      "Medicare Summary Notice for Part A (Hospital Insurance)\n"
      "Benefit Days Used   Claim Approved?   Non-Covered Charges   Amount "
      "Medicare Paid   Maximum You May Be Billed   See Notes\n"
      "4 days              Yes               $0.00                 $11,842.19"
      "             $1,676.00                   A\n";
  const nlohmann::json bill = ExplainJson(notice, Fixtures());
  EXPECT_TRUE(bill["items"].empty()) << bill["items"];
  const std::string notes = Joined(bill["notes"]);
  EXPECT_NE(notes.find("lists stays in a hospital"), std::string::npos)
      << notes;
  EXPECT_NE(notes.find("Medicare paid $11,842.19 and the most the provider "
                       "may bill you is $1,676.00"),
            std::string::npos)
      << notes;
  const std::string part_b = Joined(
      ExplainJson("Medicare Summary Notice for Part B (Medical Insurance)\n"
                  "Nov 4, 2025   Office visit (99214)   $245.00\n",
                  Fixtures())["notes"]);
  EXPECT_EQ(part_b.find("lists stays"), std::string::npos) << part_b;
}

// A hospital statement keeps a charge it reversed and the credit: both are
// left out, and a note says so.
TEST(ExplainBill, StatementChargeAndItsReversalAreLeftOutWithANote) {
  const nlohmann::json bill = ExplainJson(
      "03/02/2026  E0114  Crutches  $42.00\n"
      "03/02/2026  E0114  Crutches  -$42.00\n"
      "03/02/2026  85025  CBC  $98.00\n",
      Fixtures());
  ASSERT_EQ(bill["items"].size(), 1u) << bill["items"];
  EXPECT_EQ(bill["summary"]["totalCharges"], 98.0);
  EXPECT_NE(Joined(bill["notes"])
                .find("1 charge that the bill reverses is "
                      "left out"),
            std::string::npos)
      << bill["notes"];
}

// The modifier ER ("provider-based off-campus emergency department")
// written apart from its code is a modifier, but "ER VISIT" is words.
TEST(ExplainBill, ErBeforeWordsIsTheDescriptionNotTheModifier) {
  std::string release = ReadFixture("hcpcs_fixture.txt");
  const size_t rt = release.find("   RT001007");
  ASSERT_NE(rt, std::string::npos);
  std::string er = release.substr(rt, release.find('\n', rt) + 1 - rt);
  er.replace(3, 2, "ER");
  release.insert(rt, er);
  DataSet data;
  data.Add(ImportHcpcsFixedWidth(release, Edition("with ER")).release);
  const struct {
    const char* line;
    std::vector<std::string> modifiers;
  } kCases[] = {
      {"03/02/2026  99284 ER VISIT LEVEL 4  $1165.00\n", {}},
      {"03/02/2026  99284 ED VISIT  $1165.00\n", {}},
      {"03/02/2026  99284 ER  $1165.00\n", {"ER"}},
      {"03/02/2026  99284-ER  Visit  $1165.00\n", {"ER"}},
  };
  for (const auto& c : kCases) {
    const nlohmann::json bill = ExplainJson(c.line, data);
    ASSERT_EQ(bill["items"].size(), 1u) << c.line;
    EXPECT_EQ(bill["items"][0]["modifiers"], c.modifiers) << c.line;
  }
}

// An EOB's "Paid to You": the line says where the payment went, and a
// note what the plan sent the patient in all.
TEST(ExplainBill, TextEobPaidToYouIsSaidOnTheLineAndInANote) {
  const nlohmann::json bill = ExplainJson(
      "Explanation of Benefits\n"
      "Date         Code     Billed     Allowed    Plan Paid   Paid to You\n"
      "02/03/2026   97110    $180.00    $92.40     $0.00       $64.68\n"
      "02/03/2026   97140    $150.00    $81.10     $20.00      $36.77\n",
      Fixtures());
  ASSERT_EQ(bill["items"].size(), 2u) << bill["items"];
  EXPECT_NE(Joined(bill["items"][0]["explanation"])
                .find("The plan paid $64.68 (it allowed $92.40), to you rather "
                      "than the provider"),
            std::string::npos)
      << bill["items"][0]["explanation"];
  EXPECT_NE(Joined(bill["items"][1]["explanation"])
                .find("The plan paid $56.77 (it allowed $81.10); $36.77 of it "
                      "went to you rather than the provider"),
            std::string::npos)
      << bill["items"][1]["explanation"];
  EXPECT_NE(
      Joined(bill["notes"])
          .find("The plan paid $101.45 of these charges to you, not to the "
                "provider"),
      std::string::npos)
      << bill["notes"];
}

// Blue Button's inpatient EOB: revenue-center lines with an empty HCPCS
// code, a total line (0001), and the stay's ICD-10-PCS procedures.
TEST(ExplainBill, BlueButtonInpatientEobGivesRevenueLinesAndItsProcedures) {
  const std::string line = R"({"sequence": %d, "revenue": {"coding":
      [{"code": "%s"}]}, "productOrService": {"coding": [{"system":
      "https://bluebutton.cms.gov/resources/codesystem/hcpcs", "code": ""}]},
      "net": {"value": %d}})";
  char first[512], total[512];
  std::snprintf(first, sizeof first, line.c_str(), 1, "0120", 12400);
  std::snprintf(total, sizeof total, line.c_str(), 2, "0001", 12400);
  const nlohmann::json bill = ExplainJson(
      std::string(R"({"resourceType": "ExplanationOfBenefit", "procedure":
          [{"sequence": 1, "procedureCodeableConcept": {"coding": [{"system":
          "http://www.cms.gov/Medicare/Coding/ICD10", "code": "0FT44ZZ",
          "display": "Resection of Gallbladder"}]}}], "item": [)") +
          first + ", " + total + "]}",
      Fixtures());
  ASSERT_EQ(bill["items"].size(), 2u) << bill["items"];
  EXPECT_EQ(bill["items"][0]["kind"], "revenue");
  EXPECT_EQ(bill["items"][0]["code"], "0120");
  EXPECT_EQ(bill["summary"]["totalCharges"], 12400.0)
      << "the total line (0001) is no second charge";
  EXPECT_TRUE(bill["summary"]["byFlag"].empty()) << bill["summary"];
  EXPECT_NE(Joined(bill["notes"])
                .find("ICD-10-PCS, the code set for "
                      "inpatient procedures, which billcode "
                      "does not explain: 0FT44ZZ (Resection "
                      "of Gallbladder)"),
            std::string::npos)
      << bill["notes"];
}

std::string EobLine(const char* code, double charge, double paid) {
  return std::string(R"({"sequence": 1, "productOrService": {"coding":
      [{"code": ")") +
         code + R"("}]}, "servicedDate": "2026-03-02", "net": {"value": )" +
         std::to_string(charge) + R"(}, "adjudication": [{"category":
      {"coding": [{"code": "benefit"}]}, "amount": {"value": )" +
         std::to_string(paid) + "}}]}";
}

TEST(ExplainBill, FhirLinesThePlanReversedAreLeftOutWithTheirReversals) {
  const std::string eob =
      R"({"resourceType": "ExplanationOfBenefit", "item": [)" +
      EobLine("E0114", 125, 0) + ", " + EobLine("E0114", 125, 100) + ", " +
      EobLine("E0114", -125, 0) + ", " + EobLine("A4206", -5, 0) + "]}";
  const nlohmann::json bill = ExplainJson(eob, Fixtures());
  ASSERT_EQ(bill["items"].size(), 2u) << bill["items"];
  EXPECT_EQ(bill["items"][0]["paid"], "100.00")
      << "the reversal undoes the line it negates, charge and payment";
  EXPECT_EQ(bill["items"][1]["charge"], "-5.00")
      << "a credit that reverses no line stays";
  EXPECT_EQ(bill["summary"]["totalCharges"], 125.0);
  EXPECT_NE(Joined(bill["notes"]).find("1 line the plan reversed is left out"),
            std::string::npos)
      << bill["notes"];
  EXPECT_EQ(bill["summary"]["byFlag"].count("same-service-twice"), 0u);
}

struct NamedPayerCase {
  const char* name;
  std::string file;
  const char* payer;
  const char* note;
};

std::string FhirEobWithInsurer(const std::string& insurer) {
  return R"({"resourceType": "ExplanationOfBenefit", "insurer": {"display": ")" +
         insurer + R"("}, "item": [{"sequence": 1, "productOrService":
         {"coding": [{"code": "E0114"}]}, "servicedDate": "2026-03-02",
         "net": {"value": 125}}]})";
}

TEST(ExplainBill, FilesAreCheckedByTheKindOfInsurerTheyName) {
  std::string commercial = ReadFixture("claims/sample.837p.txt");
  const size_t filing = commercial.find("*MB~");
  ASSERT_NE(filing, std::string::npos);
  commercial.replace(filing, 4, "*CI~");
  const std::vector<NamedPayerCase> cases = {
      {"837 filed with Medicare Part B", ReadFixture("claims/sample.837p.txt"),
       "medicare", "names Medicare"},
      {"837 filed with a commercial plan", commercial, "commercial",
       "names a private insurer"},
      {"EOB of a Medicaid plan", FhirEobWithInsurer("State Medicaid Agency"),
       "medicaid", "names Medicaid"},
      {"Medicare Summary Notice",
       "Medicare Summary Notice for Part B (Medical Insurance)\n"
       "03/02/2026  Crutches (E0114)  $125.00\n",
       "medicare", "names Medicare"},
      {"EOB of a plan named otherwise",
       FhirEobWithInsurer("Blue Cross Blue Shield of Illinois"), "commercial",
       "names a private insurer"},
      {"EOB of an insurer without a name", FhirEobWithInsurer(""), "medicare",
       "could not tell the insurer"},
      {"EOB of CMS", FhirEobWithInsurer("CMS"), "medicare", "names Medicare"},
      {"printed EOB of a private plan",
       "Acme Health Plan             Explanation of Benefits\n"
       "Member ID: X123  Group: 0045\n"
       "03/02/2026  Crutches (E0114)  $125.00\n",
       "commercial", "names a private insurer"},
      {"printed EOB of a Medicare Advantage plan",
       "Acme Medicare Advantage (HMO)   Explanation of Benefits\n"
       "03/02/2026  Crutches (E0114)  $125.00\n",
       "medicare", "names Medicare"},
      {"printed EOB of a Medicaid plan",
       "TennCare Select   Explanation of Benefit\n"
       "03/02/2026  Crutches (E0114)  $125.00\n",
       "medicaid", "names Medicaid"},
  };
  for (const NamedPayerCase& c : cases) {
    const nlohmann::json bill = ExplainJson(c.file, Fixtures());
    EXPECT_EQ(bill["payer"], c.payer) << c.name;
    EXPECT_NE(Joined(bill["notes"]).find(c.note), std::string::npos)
        << c.name << ": " << bill["notes"];
  }
  BillOptions medicaid = Options();
  medicaid.payer = "medicaid";
  const nlohmann::json chosen = ExplainJson(commercial, Fixtures(), medicaid);
  EXPECT_EQ(chosen["payer"], "medicaid") << "the user's choice comes first";
}

struct RevenueCase {
  const char* code;
  const char* department;
};

TEST(RevenueDepartment, ExactCodeThenCategoryThenNothing) {
  const RevenueCase cases[] = {{"0762", "observation room"},
                               {"0456", "emergency room"},
                               {"0300", "laboratory"},
                               {"0870", ""},
                               {"45", ""}};
  for (const RevenueCase& c : cases) {
    if (*c.department == '\0') {
      EXPECT_EQ(RevenueDepartment(c.code), "") << c.code;
    } else {
      EXPECT_EQ(RevenueDepartment(c.code).rfind(c.department, 0), 0u) << c.code;
    }
  }
}

}  // namespace
}  // namespace billcode
