#include "billcode/json/json_writer.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <utility>

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

}  // namespace

void JsonWriter::Reserve(size_t more) {
  if (capacity_ - size_ >= more) return;
  capacity_ = std::max(2 * capacity_, size_ + more + 4096);
  std::unique_ptr<char[]> grown(new char[capacity_]);
  if (size_ > 0) std::memcpy(grown.get(), buffer_.get(), size_);
  buffer_ = std::move(grown);
}

void JsonWriter::Append(std::string_view bytes) {
  Reserve(bytes.size());
  std::memcpy(buffer_.get() + size_, bytes.data(), bytes.size());
  size_ += bytes.size();
}

void JsonWriter::AppendEscaped(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t run = PlainRunEnd(text, pos);
    Append(text.substr(pos, run - pos));
    pos = run;
    if (pos == text.size()) break;
    const size_t start = pos;
    char32_t c;
    if (!DecodeUtf8(text, &pos, &c)) {
      Append("\xEF\xBF\xBD");
      continue;
    }
    switch (c) {
      case '"':
        Append("\\\"");
        break;
      case '\\':
        Append("\\\\");
        break;
      case '\n':
        Append("\\n");
        break;
      case '\r':
        Append("\\r");
        break;
      case '\t':
        Append("\\t");
        break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x",
                        static_cast<unsigned>(c));
          Append(buffer);
        } else {
          Append(text.substr(start, pos - start));
        }
    }
  }
}

void JsonWriter::AppendQuoted(std::string_view text) {
  if (PlainRunEnd(text, 0) == text.size()) {  // most text: one copy
    Reserve(text.size() + 2);
    char* at = buffer_.get() + size_;
    *at = '"';
    std::memcpy(at + 1, text.data(), text.size());
    at[text.size() + 1] = '"';
    size_ += text.size() + 2;
    return;
  }
  Append('"');
  AppendEscaped(text);
  Append('"');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!needs_comma_.empty()) {
    char& needs_comma = needs_comma_.back();
    if (needs_comma) Append(',');
    needs_comma = 1;
  }
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  Append(bracket);
  needs_comma_.push_back(0);
}

void JsonWriter::Close(char bracket) {
  Append(bracket);
  needs_comma_.pop_back();
}

std::string JsonWriter::Take() {
  std::string text(buffer_.get(), size_);
  Clear();
  return text;
}

void JsonWriter::Clear() {
  size_ = 0;
  needs_comma_.clear();
  after_key_ = false;
}

JsonWriter& JsonWriter::BeginObject() { return Open('{'), *this; }
JsonWriter& JsonWriter::EndObject() { return Close('}'), *this; }
JsonWriter& JsonWriter::BeginArray() { return Open('['), *this; }
JsonWriter& JsonWriter::EndArray() { return Close(']'), *this; }

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendQuoted(key);
  Append(':');
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view text) {
  BeforeValue();
  AppendQuoted(text);
  return *this;
}

JsonWriter& JsonWriter::StringOrNull(std::string_view text) {
  return text.empty() ? Null() : String(text);
}

JsonWriter& JsonWriter::Int(long long value) {
  BeforeValue();
  Append(std::to_string(value));
  return *this;
}

JsonWriter& JsonWriter::Fixed(long long value, int decimals) {
  BeforeValue();
  if (value < 0) Append('-');
  std::string digits = std::to_string(value < 0 ? -value : value);
  if (static_cast<int>(digits.size()) <= decimals) {
    digits.insert(0, static_cast<size_t>(decimals) + 1 - digits.size(), '0');
  }
  if (decimals > 0) digits.insert(digits.size() - decimals, ".");
  Append(digits);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  Append(value ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  Append("null");
  return *this;
}

JsonWriter& JsonWriter::Raw(std::string_view json) {
  BeforeValue();
  Append(json);
  return *this;
}

JsonWriter& JsonWriter::Strings(const std::vector<std::string>& texts) {
  BeginArray();
  for (const std::string& text : texts) String(text);
  return EndArray();
}

}  // namespace billcode
