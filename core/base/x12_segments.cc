#include "billcode/base/x12_segments.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "billcode/base/text.h"

namespace billcode {
namespace {

constexpr size_t kIsaLength = 106;

// The separators of an ISA segment at the start of `text`, line breaks
// inside it (fixed-width wrapping) not counted.
std::optional<X12Separators> IsaSeparators(std::string_view text) {
  if (text.size() < 4 || text.substr(0, 3) != "ISA") return std::nullopt;
  const std::string_view unbroken = text.substr(0, kIsaLength - 1);
  if (text.size() >= kIsaLength &&
      unbroken.find_first_of("\r\n") == std::string_view::npos &&
      (text[kIsaLength - 1] == '\n' || text[kIsaLength - 1] == '\r')) {
    return X12Separators{text[3], text[kIsaLength - 2], '\n'};
  }
  std::string isa;
  for (size_t i = 0; i < text.size() && isa.size() < kIsaLength; ++i) {
    if (text[i] != '\r' && text[i] != '\n') isa.push_back(text[i]);
  }
  if (isa.size() >= kIsaLength && isa[103] == isa[3]) {
    return X12Separators{isa[3], isa[104], isa[105]};
  }
  // An ISA without its fields' padding ("ISA*00**00**ZZ*SENDER*..."), as
  // some tools write it: ISA16 follows the 16th element separator, and the
  // segment terminator follows ISA16.
  const char element = text[3];
  size_t separators = 0;
  for (size_t i = 3; i + 2 < text.size(); ++i) {
    if (text[i] == '\r' || text[i] == '\n') break;
    if (text[i] != element || ++separators < 16) continue;
    const char segment = text[i + 2];
    return X12Separators{element, text[i + 1],
                         segment == '\r' ? '\n' : segment};
  }
  return std::nullopt;
}

bool IsSegmentId(std::string_view id) {
  return !id.empty() && id.size() <= 3 &&
         std::all_of(id.begin(), id.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c)) ||
                  std::isdigit(static_cast<unsigned char>(c));
         });
}

bool IsX12Space(char c) {
  return c == ' ' || c == '\r' || c == '\n' || c == '\t';
}

// Where the first interchange starts when a tool wrote a line of text
// before it ("Remittance received 04/02/2026"): at an ISA in the first 1 KB
// with no segment ended before it; else 0.
size_t InterchangeStart(std::string_view text) {
  const size_t isa = text.substr(0, 1024).find("ISA");
  if (isa == std::string_view::npos || isa == 0 ||
      !IsaSeparators(text.substr(isa))) {
    return 0;
  }
  const std::string_view before = text.substr(0, isa);
  const X12Separators separators = *IsaSeparators(text.substr(isa));
  const bool segment_before =
      separators.segment != '\n' &&
      before.find(separators.segment) != std::string_view::npos;
  return segment_before ? 0 : isa;
}

}  // namespace

std::vector<std::string> SplitX12(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t end = text.find(separator, start);
    parts.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

void ForEachX12Segment(std::string_view text,
                       const std::function<bool(const X12Segment&)>& visit) {
  X12Segment segment;
  size_t pos = InterchangeStart(text);
  while (pos < text.size()) {
    while (pos < text.size() && IsX12Space(text[pos])) ++pos;
    if (pos >= text.size()) return;
    if (const auto isa = IsaSeparators(text.substr(pos))) {
      segment.separators = *isa;
    }
    size_t end = text.find(segment.separators.segment, pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view body = TrimAsciiSpace(text.substr(pos, end - pos));
    pos = end + 1;
    if (body.empty()) continue;
    std::string joined;
    if (body.find_first_of("\r\n") != std::string_view::npos) {
      for (char c : body) {
        if (c != '\r' && c != '\n') joined.push_back(c);
      }
      body = joined;
    }
    ++segment.number;
    segment.elements = SplitX12(body, segment.separators.element);
    segment.well_formed = IsSegmentId(segment.elements[0]);
    segment.start = body.substr(0, 20);
    if (!visit(segment)) return;
  }
}

}  // namespace billcode
