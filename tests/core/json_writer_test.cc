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

TEST(JsonWriter, WritesFixedPointNumbersOfEitherSign) {
  const struct {
    long long value;
    int decimals;
    const char* text;
  } cases[] = {{12345, 2, "123.45"}, {5, 2, "0.05"},         {0, 2, "0.00"},
               {-5, 2, "-0.05"},     {-12345, 2, "-123.45"}, {7, 0, "7"}};
  for (const auto& c : cases) {
    JsonWriter out;
    out.Fixed(c.value, c.decimals);
    EXPECT_EQ(out.text(), c.text) << c.value;
  }
}

TEST(JsonWriter, PlacesRawValuesAsAnyOther) {
  JsonWriter out;
  out.BeginArray().Raw(R"({"x":[1]})").Raw("null").EndArray();
  EXPECT_EQ(out.text(), R"([{"x":[1]},null])");
}

TEST(JsonWriter, TakeLeavesAnEmptyWriter) {
  JsonWriter out;
  out.BeginArray();
  for (int i = 0; i < 40; ++i) out.String(std::string(498, 'a'));  // grows
  EXPECT_EQ(out.EndArray().Take().size(), 2u + 40 * 500 + 39);
  EXPECT_EQ(out.text(), "");
  out.Int(7);
  EXPECT_EQ(out.Take(), "7");
}

TEST(JsonWriter, ClearDropsTheTextAndOpenValues) {
  JsonWriter out;
  out.BeginObject().Key("a").BeginArray().Int(1);
  out.Clear();
  EXPECT_EQ(out.text(), "");
  out.BeginArray().Int(2).EndArray();
  EXPECT_EQ(out.text(), "[2]");
}

TEST(JsonWriter, EscapesAndRepairsStrings) {
  const struct {
    std::string input;
    std::string expected;
  } cases[] = {
      {"plain", R"("plain")"},
      {"", R"("")"},
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

// Every byte that needs escaping is found at every place of a text long
// enough to be read 8 bytes at a time; bytes that do not are kept as they
// are.
TEST(JsonWriter, EscapesEachSpecialByteAtAnyPosition) {
  const std::string kept = " !#[]~a";
  const std::string escaped = std::string("\0\x01\x1F\"\\\x7F\x80\xFF", 8);
  for (size_t pos = 0; pos < 17; ++pos) {
    for (const char byte : kept + escaped) {
      std::string text(17, 'x');
      text[pos] = byte;
      JsonWriter out;
      out.String(text);
      const bool is_kept = kept.find(byte) != std::string::npos || byte == 0x7F;
      if (is_kept) {
        EXPECT_EQ(out.text(), '"' + text + '"') << pos;
        continue;
      }
      std::string expected = text;
      if (static_cast<uint8_t>(byte) >= 0x80) {
        expected.replace(pos, 1, "\xEF\xBF\xBD");
      }
      ASSERT_TRUE(nlohmann::json::accept(out.text())) << out.text();
      EXPECT_EQ(nlohmann::json::parse(out.text()).get<std::string>(), expected)
          << pos << " " << static_cast<int>(static_cast<uint8_t>(byte));
    }
  }
}

TEST(JsonWriter, EscapesKeysLikeStrings) {
  JsonWriter out;
  out.BeginObject().Key("plain").Int(1).Key("a\"b\n\xFF").Int(2).EndObject();
  EXPECT_EQ(out.text(), "{\"plain\":1,\"a\\\"b\\n\xEF\xBF\xBD\":2}");
  EXPECT_TRUE(nlohmann::json::accept(out.text())) << out.text();
}

}  // namespace
}  // namespace billcode
