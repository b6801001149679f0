// X12 interchanges (837 claims, 835 remittances) cut into segments.
#ifndef BILLCODE_BASE_X12_SEGMENTS_H_
#define BILLCODE_BASE_X12_SEGMENTS_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace billcode {

struct X12Separators {
  char element = '*';
  char component = ':';
  char segment = '~';
};

struct X12Segment {
  int number = 0;  // 1-based, counted over the whole text
  // The segment id, then its elements; elements[0] is a segment id (one to
  // three capitals or digits) unless `well_formed` is false.
  std::vector<std::string> elements;
  bool well_formed = false;
  std::string_view start;    // its first 20 bytes, for messages
  X12Separators separators;  // those of the interchange it is in
};

// Calls `visit` for each segment of `text` in order until it returns false.
// Separators come from each ISA (its 4th, 105th and 106th characters;
// a line break right after an unbroken ISA makes one segment per line; an
// ISA without its fields' padding gives them by position); before any ISA
// they are '*', ':' and '~'. Line breaks between segments, and inside them
// (fixed-width wrapping), are not part of any. Text a tool wrote before the
// first ISA (a line saying where the file came from) is passed over.
void ForEachX12Segment(std::string_view text,
                       const std::function<bool(const X12Segment&)>& visit);

// `text` cut at every `separator` ("" gives one empty part).
std::vector<std::string> SplitX12(std::string_view text, char separator);

}  // namespace billcode

#endif  // BILLCODE_BASE_X12_SEGMENTS_H_
