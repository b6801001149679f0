// Reading JSON input without exceptions (the wasm build has none): every
// value is type-checked before it is read, and mismatches become errors
// located by path.
#ifndef BILLCODE_CLAIMS_INPUT_JSON_READING_H_
#define BILLCODE_CLAIMS_INPUT_JSON_READING_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "billcode/claims/input/claim_input.h"

namespace billcode {

class JsonReading {
 public:
  explicit JsonReading(std::vector<InputError>* errors) : errors_(errors) {}

  void Error(const std::string& path, const std::string& message) {
    errors_->push_back(InputError{path, message});
  }
  // A string, or a number written as text; "" when absent or null.
  std::string Text(const nlohmann::json& object, const char* key,
                   const std::string& path);
  // An array of strings or numbers, as text.
  std::vector<std::string> Texts(const nlohmann::json& object, const char* key,
                                 const std::string& path);
  // The member, or nullptr when absent or null; an error when it is there
  // with another type than `array` (array or object) asks.
  const nlohmann::json* Member(const nlohmann::json& object, const char* key,
                               const std::string& path, bool array);

 private:
  std::vector<InputError>* errors_;
};

// A JSON number as plain text: 3, 125.5 (no exponent for usual values).
std::string NumberText(const nlohmann::json& value);

}  // namespace billcode

#endif  // BILLCODE_CLAIMS_INPUT_JSON_READING_H_
