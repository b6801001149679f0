// Module pack: the binary data pack format every table is compiled into.
// Uses base and tables.
#ifndef BILLCODE_PACK_H_
#define BILLCODE_PACK_H_

#include "billcode/pack/pack.h"  // IWYU pragma: export

#endif  // BILLCODE_PACK_H_
