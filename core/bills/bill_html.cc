#include "bill_html.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "billcode/base/text.h"

namespace billcode::bills {
namespace {

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':';
}

// Elements whose end or start ends a line of the text shown.
bool EndsLine(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "address", "article", "br",      "caption", "dd",    "div",   "dl",
      "dt",      "footer",  "form",    "h1",      "h2",    "h3",    "h4",
      "h5",      "h6",      "header",  "hr",      "li",    "main",  "ol",
      "p",       "pre",     "section", "table",   "tbody", "tfoot", "thead",
      "title",   "tr",      "ul"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) !=
         std::end(kBlocks);
}

// Elements inside a word's run of text ("<b>99213</b>-25"): no space.
bool IsInline(std::string_view name) {
  static constexpr std::string_view kInline[] = {
      "a",    "abbr", "b",     "bdi",  "em",     "font", "i",   "label", "mark",
      "nobr", "s",    "small", "span", "strong", "sub",  "sup", "u",     "wbr"};
  return std::find(std::begin(kInline), std::end(kInline), name) !=
         std::end(kInline);
}

// Elements whose content is not shown.
bool HidesContent(std::string_view name) {
  return name == "script" || name == "style" || name == "head" ||
         name == "noscript" || name == "template" || name == "svg";
}

// The character a reference names ("amp", "#36", "#x24"), as UTF-8; ""
// when unknown.
std::string Reference(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},         {"lt", "<"},
      {"gt", ">"},          {"quot", "\""},
      {"apos", "'"},        {"nbsp", " "},
      {"reg", "\xC2\xAE"},  {"trade", "\xE2\x84\xA2"},
      {"copy", "\xC2\xA9"}, {"ndash", "-"},
      {"mdash", "-"},       {"minus", "-"},
      {"dollar", "$"},      {"num", "#"},
      {"times", "\xC3\x97"}};
  for (const auto& [named, text] : kNamed) {
    if (name == named) return std::string(text);
  }
  if (name.size() < 2 || name[0] != '#') return "";
  const bool hex = name[1] == 'x' || name[1] == 'X';
  const std::string digits(name.substr(hex ? 2 : 1));
  if (digits.empty() || digits.size() > 6) return "";
  char* end = nullptr;
  const unsigned long code = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
  if (*end != '\0' || code == 0 || code > 0x10FFFF) return "";
  if (code == 0xA0) return " ";
  std::string utf8;
  AppendUtf8(static_cast<char32_t>(code), &utf8);
  return utf8;
}

// Spaces run together in each line and trimmed around cells; tabs kept as
// cell breaks (an empty first cell too); lines of no text dropped.
std::string Tidy(const std::string& shown) {
  std::string text;
  for (std::string_view line : SplitLines(shown)) {
    std::string tidy;
    bool space = false, words = false;
    for (const char c : line) {
      if (c == ' ' || c == '\r' || c == '\v') {
        space = !tidy.empty() && tidy.back() != '\t';
        continue;
      }
      if (c == '\t') {
        while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
        tidy.push_back('\t');
        space = false;
        continue;
      }
      if (space) tidy.push_back(' ');
      space = false;
      tidy.push_back(c);
      words = true;
    }
    while (!tidy.empty() && (tidy.back() == '\t' || tidy.back() == ' ')) {
      tidy.pop_back();
    }
    if (words) text += tidy + "\n";
  }
  return text;
}

}  // namespace

std::optional<std::string> HtmlText(std::string_view text) {
  const size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return std::nullopt;
  const std::string head = AsciiLower(text.substr(start, 14));
  if (head.rfind("<!doctype html", 0) != 0 && head.rfind("<html", 0) != 0) {
    return std::nullopt;
  }
  std::string shown;
  std::string hidden_by;     // the element whose content is not shown
  bool cell_in_row = false;  // a cell of this line of a table began
  size_t i = start;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '<') {
      if (text.substr(i, 4) == "<!--") {
        const size_t end = text.find("-->", i + 4);
        i = end == std::string_view::npos ? text.size() : end + 3;
        continue;
      }
      const size_t end = text.find('>', i + 1);
      if (end == std::string_view::npos) break;
      std::string_view tag = text.substr(i + 1, end - i - 1);
      i = end + 1;
      const bool closing = !tag.empty() && tag[0] == '/';
      if (closing) tag.remove_prefix(1);
      size_t length = 0;
      while (length < tag.size() && IsNameChar(tag[length])) ++length;
      const std::string name = AsciiLower(tag.substr(0, length));
      if (!hidden_by.empty()) {
        if (closing && name == hidden_by) hidden_by.clear();
        continue;
      }
      if (!closing && HidesContent(name) && tag.back() != '/') {
        hidden_by = name;
        continue;
      }
      if (!closing && (name == "td" || name == "th")) {
        if (cell_in_row) shown += '\t';  // cells apart, empty ones too
        cell_in_row = true;
      } else if (EndsLine(name)) {
        shown += '\n';
        cell_in_row = false;
      } else if (!IsInline(name) && name != "td" && name != "th") {
        shown += ' ';
      }
      continue;
    }
    ++i;
    if (!hidden_by.empty()) continue;
    if (c == '&') {
      const size_t end = text.find(';', i);
      if (end != std::string_view::npos && end - i <= 8) {
        const std::string character = Reference(text.substr(i, end - i));
        if (!character.empty()) {
          shown += character;
          i = end + 1;
          continue;
        }
      }
    }
    shown += c == '\n' || c == '\t' ? ' ' : c;
  }
  return Tidy(shown);
}

}  // namespace billcode::bills
