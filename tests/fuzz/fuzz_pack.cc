// Pack reading on arbitrary bytes, as they are and resealed (their header's
// size and checksum made to match, so that the structure is reached); a
// pack that reads is written again and must read back, and loads into a
// data set.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "billcode/pack/pack.h"
#include "billcode/tables/data_set.h"

namespace {

void ReadWriteAndLoad(std::string_view bytes) {
  billcode::PackRead read = billcode::ReadPack(bytes);
  if (read.error != billcode::PackError::kOk) return;
  const std::string again = billcode::WritePack(read.pack);
  if (billcode::ReadPack(again).error != billcode::PackError::kOk) std::abort();
  billcode::DataSet tables;
  tables.Add(std::move(read.pack));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  ReadWriteAndLoad(bytes);
  billcode::ResealPack(&bytes);
  ReadWriteAndLoad(bytes);
  return 0;
}
