#include "billcode/json/json_writer.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "billcode/base/text.h"

namespace billcode {
namespace {

// Whether any of the 8 bytes of `word` needs escaping: below 0x20, 0x7F or
// above, '"' or '\\'. Each test is "some byte is below n" (from "Bit
// Twiddling Hacks"); equality with c is "some byte of word ^ c is below 1".
bool AnyEscapedByte(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101u;
  constexpr uint64_t kHighs = kOnes * 0x80;
  const uint64_t quote = word ^ (kOnes * '"');
  const uint64_t backslash = word ^ (kOnes * '\\');
  const uint64_t del = word ^ (kOnes * 0x7F);
  return (((word - kOnes * 0x20) & ~word) | word | ((quote - kOnes) & ~quote) |
          ((backslash - kOnes) & ~backslash) | ((del - kOnes) & ~del)) &
         kHighs;
}

// The end of the run of bytes from `pos` that JSON takes as they are
// (printable ASCII other than '"' and '\\'): 8 bytes at a time, then one.
size_t PlainRunEnd(std::string_view text, size_t pos) {
  const char* data = text.data();
  const size_t size = text.size();
  for (; pos + 8 <= size; pos += 8) {
    uint64_t word;
    std::memcpy(&word, data + pos, sizeof word);
    if (AnyEscapedByte(word)) break;
  }
  while (pos < size) {
    const char c = data[pos];
    if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') break;
    ++pos;
  }
  return pos;
}

void AppendEscaped(std::string_view text, std::string* out) {
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t run = PlainRunEnd(text, pos);
    out->append(text.data() + pos, run - pos);
    pos = run;
    if (pos == text.size()) break;
    const size_t start = pos;
    char32_t c;
    if (!DecodeUtf8(text, &pos, &c)) {
      out->append("\xEF\xBF\xBD");
      continue;
    }
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x",
                        static_cast<unsigned>(c));
          out->append(buffer);
        } else {
          out->append(text.substr(start, pos - start));
        }
    }
  }
}

void AppendQuoted(std::string_view text, std::string* out) {
  out->push_back('"');
  AppendEscaped(text, out);
  out->push_back('"');
}

}  // namespace

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!needs_comma_.empty()) {
    char& needs_comma = needs_comma_.back();
    if (needs_comma) out_.push_back(',');
    needs_comma = 1;
  }
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_.push_back(bracket);
  needs_comma_.push_back(0);
}

void JsonWriter::Close(char bracket) {
  out_.push_back(bracket);
  needs_comma_.pop_back();
}

JsonWriter& JsonWriter::BeginObject() { return Open('{'), *this; }
JsonWriter& JsonWriter::EndObject() { return Close('}'), *this; }
JsonWriter& JsonWriter::BeginArray() { return Open('['), *this; }
JsonWriter& JsonWriter::EndArray() { return Close(']'), *this; }

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendQuoted(key, &out_);
  out_.push_back(':');
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view text) {
  BeforeValue();
  AppendQuoted(text, &out_);
  return *this;
}

JsonWriter& JsonWriter::StringOrNull(std::string_view text) {
  return text.empty() ? Null() : String(text);
}

JsonWriter& JsonWriter::Int(long long value) {
  BeforeValue();
  out_.append(std::to_string(value));
  return *this;
}

JsonWriter& JsonWriter::Fixed(long long value, int decimals) {
  BeforeValue();
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) <= decimals) {
    digits.insert(0, static_cast<size_t>(decimals) + 1 - digits.size(), '0');
  }
  if (decimals > 0) digits.insert(digits.size() - decimals, ".");
  out_ += digits;
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  out_.append(value ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_.append("null");
  return *this;
}

JsonWriter& JsonWriter::Strings(const std::vector<std::string>& texts) {
  BeginArray();
  for (const std::string& text : texts) String(text);
  return EndArray();
}

}  // namespace billcode
