// Enums whose wire names come from one X-macro list.
//
// BILLCODE_ENUM(Type, LIST) declares `enum class Type`, the array
// `kTypeNames` (wire names in declaration order), `ToString(Type)` and
// `FromString(std::string_view, Type*)`. LIST(X) must expand X(id, "name")
// for each value. The JS module exports the same arrays, so the TypeScript
// unions are checked against them.
#ifndef BILLCODE_BASE_ENUM_NAMES_H_
#define BILLCODE_BASE_ENUM_NAMES_H_

#include <cstddef>
#include <string>
#include <string_view>

#define BILLCODE_ENUM_ID_(id, name) id,
#define BILLCODE_ENUM_NAME_(id, name) name,

#define BILLCODE_ENUM(Type, LIST)                                 \
  enum class Type { LIST(BILLCODE_ENUM_ID_) };                    \
  inline constexpr std::string_view k##Type##Names[] = {          \
      LIST(BILLCODE_ENUM_NAME_)};                                 \
  inline constexpr std::string_view ToString(Type value) {        \
    return k##Type##Names[static_cast<std::size_t>(value)];       \
  }                                                               \
  inline bool FromString(std::string_view name, Type* value) {    \
    for (std::size_t i = 0; i < std::size(k##Type##Names); ++i) { \
      if (k##Type##Names[i] == name) {                            \
        *value = static_cast<Type>(i);                            \
        return true;                                              \
      }                                                           \
    }                                                             \
    return false;                                                 \
  }

namespace billcode {

// The names as a message lists them: "auto, json or csv".
template <std::size_t N>
std::string NamesInWords(const std::string_view (&names)[N]) {
  std::string words;
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) words += i + 1 == N ? " or " : ", ";
    words += names[i];
  }
  return words;
}

}  // namespace billcode

#endif  // BILLCODE_BASE_ENUM_NAMES_H_
