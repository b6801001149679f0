#include "billcode/json/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace billcode {
namespace {

TEST(JsonWriter, PlacesCommasInNestedValues) {
  JsonWriter out;
  out.BeginObject()
      .Key("a")
      .Int(1)
      .Key("b")
      .BeginArray()
      .String("x")
      .Null()
      .BeginObject()
      .EndObject()
      .EndArray()
      .Key("c")
      .StringOrNull("")
      .Key("d")
      .Strings({"p", "q"})
      .EndObject();
  EXPECT_EQ(out.text(), R"({"a":1,"b":["x",null,{}],"c":null,"d":["p","q"]})");
}

TEST(JsonWriter, EscapesAndRepairsStrings) {
  const struct {
    std::string input;
    std::string expected;
  } cases[] = {
      {"plain", R"("plain")"},
      {"quote \" and \\", R"("quote \" and \\")"},
      {"tab\tnew\nline\r", R"("tab\tnew\nline\r")"},
      {std::string("nul\0x", 5), R"("nul\u0000x")"},
      {"\x1f", R"("\u001f")"},
      {"caf\xC3\xA9 \xE2\x80\x99", "\"caf\xC3\xA9 \xE2\x80\x99\""},
      {"bad \xFF byte", "\"bad \xEF\xBF\xBD byte\""},
  };
  for (const auto& c : cases) {
    JsonWriter out;
    out.String(c.input);
    EXPECT_EQ(out.text(), c.expected);
    EXPECT_TRUE(nlohmann::json::accept(out.text())) << out.text();
  }
}

}  // namespace
}  // namespace billcode
