// Pack reading on arbitrary bytes; a pack that reads is written again and
// must read back the same, and loads into a data set.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "billcode/pack/pack.h"
#include "billcode/tables/data_set.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  billcode::PackRead read = billcode::ReadPack(bytes);
  if (read.error != billcode::PackError::kOk) return 0;
  const std::string again = billcode::WritePack(read.pack);
  if (billcode::ReadPack(again).error != billcode::PackError::kOk) std::abort();
  billcode::DataSet tables;
  tables.Add(std::move(read.pack));
  return 0;
}
