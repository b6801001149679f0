#include "json_reading.h"

#include <cstdio>

namespace billcode {

std::string NumberText(const nlohmann::json& value) {
  // is_number_integer() is true for unsigned values too: test them first,
  // or integers above 2^63 read as negative.
  if (value.is_number_unsigned()) {
    return std::to_string(value.get<unsigned long long>());
  }
  if (value.is_number_integer()) {
    return std::to_string(value.get<long long>());
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value.get<double>());
  return buffer;
}

std::string JsonReading::Text(const nlohmann::json& object, const char* key,
                              const std::string& path) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return NumberText(*it);
  Error(path + "." + key, "must be text or a number");
  return "";
}

std::vector<std::string> JsonReading::Texts(const nlohmann::json& object,
                                            const char* key,
                                            const std::string& path) {
  std::vector<std::string> texts;
  const nlohmann::json* array = Member(object, key, path, true);
  if (!array) return texts;
  for (size_t i = 0; i < array->size(); ++i) {
    const nlohmann::json& item = (*array)[i];
    if (item.is_string()) {
      texts.push_back(item.get<std::string>());
    } else if (item.is_number()) {
      texts.push_back(NumberText(item));
    } else {
      Error(path + "." + key + "[" + std::to_string(i) + "]",
            "must be text or a number");
    }
  }
  return texts;
}

const nlohmann::json* JsonReading::Member(const nlohmann::json& object,
                                          const char* key,
                                          const std::string& path, bool array) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return nullptr;
  if (array ? it->is_array() : it->is_object()) return &*it;
  Error(path + "." + key, array ? "must be an array" : "must be an object");
  return nullptr;
}

}  // namespace billcode
