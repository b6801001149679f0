#include "billcode/base/text.h"

#include <gtest/gtest.h>

namespace billcode {
namespace {

TEST(Cp1252ToUtf8, MapsWindowsPunctuationAndLatin1) {
  EXPECT_EQ(Cp1252ToUtf8("patient\x92s"), "patient\u2019s");
  EXPECT_EQ(Cp1252ToUtf8("a\xA0"
                         "b"),
            "a\u00A0b");
  EXPECT_EQ(Cp1252ToUtf8("CMS\xAE"), "CMS\u00AE");
  EXPECT_EQ(Cp1252ToUtf8("\x81"), "\uFFFD");
  EXPECT_EQ(Cp1252ToUtf8("plain"), "plain");
}

TEST(DecodeUtf8, RejectsMalformedSequences) {
  const char* bad[] = {"\x80",         "\xC0\xAF",         "\xE0\x80\xAF",
                       "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC3",
                       "\xFF"};
  for (const char* text : bad) {
    size_t pos = 0;
    char32_t cp;
    EXPECT_FALSE(DecodeUtf8(text, &pos, &cp)) << text;
    EXPECT_EQ(pos, 1u);
  }
  size_t pos = 0;
  char32_t cp;
  EXPECT_TRUE(DecodeUtf8("\xF0\x9F\x98\x80", &pos, &cp));
  EXPECT_EQ(cp, 0x1F600u);
  EXPECT_EQ(pos, 4u);
}

TEST(SplitLines, HandlesCrLfAndMissingFinalNewline) {
  const std::vector<std::string_view> expected = {"a", "", "b"};
  EXPECT_EQ(SplitLines("a\r\n\r\nb"), expected);
  EXPECT_EQ(SplitLines("a\n\nb\n"), expected);
  EXPECT_TRUE(SplitLines("").empty());
}

TEST(NonBlankLines, TrimsLinesAndDropsBlankOnes) {
  EXPECT_EQ(NonBlankLines("reserved. \n\nCPT is a mark.\r\n  \nApplies. "),
            "reserved.\nCPT is a mark.\nApplies.");
  EXPECT_EQ(NonBlankLines("\n one line \n"), "one line");
  EXPECT_EQ(NonBlankLines(" \n\n"), "");
}

TEST(TextAsUtf8, KeepsValidUtf8AndDropsItsByteOrderMark) {
  EXPECT_EQ(TextAsUtf8("CPT\xC2\xAE"), "CPT\xC2\xAE");
  EXPECT_EQ(TextAsUtf8("\xEF\xBB\xBF"
                       "code"),
            "code");
}

TEST(TextAsUtf8, ReadsOtherBytesAsWindows1252) {
  EXPECT_EQ(TextAsUtf8("CPT\xAE"), "CPT\xC2\xAE");
  EXPECT_EQ(TextAsUtf8("\x93quoted\x94"), "\xE2\x80\x9Cquoted\xE2\x80\x9D");
}

TEST(Utf16ToUtf8, DecodesEitherOrderWithSurrogatePairs) {
  EXPECT_EQ(Utf16ToUtf8(std::string("\xFF\xFE"
                                    "A\0",
                                    4)),
            "A");
  EXPECT_EQ(Utf16ToUtf8(std::string("\xFE\xFF\0A", 4)), "A");
  EXPECT_EQ(Utf16ToUtf8(std::string("\xFF\xFE\x3D\xD8\x00\xDE", 6)),
            "\xF0\x9F\x98\x80");  // U+1F600
  EXPECT_EQ(Utf16ToUtf8(std::string("\xFF\xFE\x3D\xD8"
                                    "A\0",
                                    6)),
            "\xEF\xBF\xBD"
            "A");  // an unpaired surrogate
  EXPECT_EQ(Utf16ToUtf8(std::string("I\0S\0", 4)), "IS");  // no BOM
}

TEST(Utf16ToUtf8, LeavesOtherTextAlone) {
  EXPECT_FALSE(Utf16ToUtf8("ISA*00*").has_value());
  EXPECT_FALSE(Utf16ToUtf8("").has_value());
}

struct DoubleEncodingCase {
  const char* name;
  const char* text;
  const char* repaired;
};

TEST(RepairDoubleEncoding, EncodesDoubledCharactersOnce) {
  const DoubleEncodingCase cases[] = {
      {"Latin1Letter", "m\u00C3\u00A9dica", "m\u00E9dica"},
      {"NoBreakSpace", "a\u00C2\u00A0b", "a\u00A0b"},
      {"Windows1252Apostrophe", "Patient\u00E2\u20AC\u2122s", "Patient\u2019s"},
      {"EmDash", "visit \u00E2\u20AC\u201D est", "visit \u2014 est"},
      {"Ellipsis", "diff\u00E2\u20AC\u00A6", "diff\u2026"},
      {"C1ControlsFromLatin1", "\u00E2\u0080\u0093", "\u2013"},
      {"RightQuoteWithLostByte", "\u00E2\u20AC\u0153due\u00E2\u20AC ",
       "\u201Cdue\u201D "},
      {"ByteOrderMark", "\u00EF\u00BB\u00BFDate", "\uFEFFDate"},
      {"SingleEncodingUnchanged", "Consulta m\u00E9dica \u2014 A\u00D1O \u00C3",
       "Consulta m\u00E9dica \u2014 A\u00D1O \u00C3"},
      {"OtherLeadLettersUnchanged", "\u00D1\u2013", "\u00D1\u2013"},
      {"MalformedBytesKept", "a\xFF\xC3", "a\xFF\xC3"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(RepairDoubleEncoding(c.text), c.repaired) << c.name;
  }
}

}  // namespace
}  // namespace billcode
