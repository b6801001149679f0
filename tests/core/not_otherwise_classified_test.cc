// Which Level II descriptions make a not-otherwise-classified code.
#include "billcode/codes/not_otherwise_classified.h"

#include <gtest/gtest.h>

namespace billcode {
namespace {

bool NocFor(const char* description) {
  HcpcsRecord record;
  record.code = "X0000";
  record.long_description = description;
  return IsNotOtherwiseClassified(record);
}

TEST(NotOtherwiseClassified, GenericDescriptionsAreNoc) {
  for (const char* description :
       {"Unclassified drugs", "Not otherwise classified, antineoplastic drugs",
        "Durable medical equipment, miscellaneous",
        "Miscellaneous dme supply or accessory, not otherwise specified",
        "Prescription drug, oral, non chemotherapeutic, nos",
        "Unlisted ambulance service",
        "Prosthetic implant, not otherwise specified",
        "Accessory for gradient compression garment, not-otherwise "
        "specified"}) {
    EXPECT_TRUE(NocFor(description)) << description;
  }
}

TEST(NotOtherwiseClassified, SpecificProductsWithADoseAreNot) {
  for (const char* description :
       {"Injection, triamcinolone acetonide, not otherwise specified, 10 mg",
        "Injection, gemcitabine hydrochloride, not otherwise specified, 200 mg",
        "Injection, epinephrine, not otherwise specified, 0.1 mg",
        "Injection, acetaminophen, not otherwise specified,10 mg",
        "Injection, asparaginase, not otherwise specified, 10,000 units",
        "Factor viii (antihemophilic factor, recombinant) per i.u., not "
        "otherwise specified",
        "Homemaker service, nos; per diem",
        "Gradient compression garment, not otherwise specified, for nighttime "
        "use, each"}) {
    EXPECT_FALSE(NocFor(description)) << description;
  }
}

TEST(NotOtherwiseClassified, QualityCodesGivingNoReasonAreNot) {
  EXPECT_FALSE(NocFor("Patient not referred, reason not otherwise specified"));
  EXPECT_FALSE(NocFor("Report classified as nsclc-nos with an explanation"));
}

TEST(NotOtherwiseClassified, SpecificDescriptionsAreNot) {
  EXPECT_FALSE(
      NocFor("Crutches underarm, other than wood, adjustable or "
             "fixed, pair, with pads, tips and handgrips"));
  EXPECT_FALSE(NocFor(""));
}

}  // namespace
}  // namespace billcode
