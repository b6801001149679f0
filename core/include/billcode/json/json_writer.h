// Writes compact JSON text straight into a buffer, without building a tree.
#ifndef BILLCODE_JSON_JSON_WRITER_H_
#define BILLCODE_JSON_JSON_WRITER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace billcode {

// Commas are placed automatically; keys must alternate with values inside
// objects. Strings are escaped, and malformed UTF-8 becomes U+FFFD, so the
// output is always valid JSON.
class JsonWriter {
 public:
  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view text);
  JsonWriter& StringOrNull(std::string_view text);  // "" is written as null
  JsonWriter& Int(long long value);
  // `value` / 10^decimals with exactly `decimals` digits after the point
  // (Fixed(12345, 2) writes 123.45, Fixed(-5, 2) -0.05).
  JsonWriter& Fixed(long long value, int decimals);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  JsonWriter& Strings(const std::vector<std::string>& texts);
  JsonWriter& Raw(std::string_view json);  // one value, already JSON

  std::string_view text() const { return {buffer_.get(), size_}; }
  std::string Take();  // the text written; the writer starts again empty
  void Clear();        // drops the text written, keeping the buffer

 private:
  void BeforeValue();
  void Open(char bracket);
  void Close(char bracket);
  void AppendQuoted(std::string_view text);
  void AppendEscaped(std::string_view text);
  // Bytes are copied into the buffer, which grows by doubling: not through
  // std::string's appends (several calls a byte in wasm) nor its resize
  // (which zero-fills the new room).
  void Append(std::string_view bytes);
  void Append(char c) {
    if (size_ == capacity_) Reserve(1);
    buffer_[size_++] = c;
  }
  void Reserve(size_t more);

  std::unique_ptr<char[]> buffer_;  // capacity_ bytes, size_ of them written
  size_t capacity_ = 0;
  size_t size_ = 0;
  std::vector<char> needs_comma_;  // one 0/1 per open object or array
  bool after_key_ = false;
};

}  // namespace billcode

#endif  // BILLCODE_JSON_JSON_WRITER_H_
