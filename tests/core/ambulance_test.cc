// Ambulance codes and their origin/destination modifiers.
#include "billcode/codes/ambulance.h"

#include <gtest/gtest.h>

namespace billcode {
namespace {

TEST(Ambulance, CodesAreA0021ToA0999) {
  for (const char* code : {"A0021", "A0427", "A0999"}) {
    EXPECT_TRUE(IsAmbulanceCode(code)) << code;
  }
  for (const char* code : {"A0020", "A1000", "A4206", "E0114", "A042"}) {
    EXPECT_FALSE(IsAmbulanceCode(code)) << code;
  }
}

TEST(Ambulance, ModifiersAreOriginThenDestination) {
  for (const char* modifier : {"RH", "HR", "SH", "NH", "RX", "DJ", "II"}) {
    EXPECT_TRUE(IsAmbulanceOriginDestination(modifier)) << modifier;
  }
  for (const char* modifier : {"XH", "XR", "ZZ", "R", "RHX", "rh", "25"}) {
    EXPECT_FALSE(IsAmbulanceOriginDestination(modifier)) << modifier;
  }
}

TEST(Ambulance, TripsInPlainWords) {
  EXPECT_EQ(AmbulanceTripInWords("RH"),
            "from the patient's residence to a hospital");
  EXPECT_EQ(AmbulanceTripInWords("XH"), "");
}

}  // namespace
}  // namespace billcode
