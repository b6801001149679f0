// The settings NCCI publishes separate edits for.
#ifndef BILLCODE_TABLES_SETTING_H_
#define BILLCODE_TABLES_SETTING_H_

#include "billcode/base/enum_names.h"

namespace billcode {

#define BILLCODE_SETTINGS(X)                    \
  X(kPractitioner, "practitioner")              \
  X(kOutpatientHospital, "outpatient-hospital") \
  X(kDme, "dme")

BILLCODE_ENUM(Setting, BILLCODE_SETTINGS)

}  // namespace billcode

#endif  // BILLCODE_TABLES_SETTING_H_
