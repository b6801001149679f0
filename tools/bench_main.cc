// Prints timings for scripts/bench: importing the CMS file and loading the
// data pack (median of several runs). Not a test.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_support.h"
#include "billcode/claims/input/claim_input.h"
#include "billcode/claims/rules/claim_check.h"
#include "billcode/codes/lookup.h"
#include "billcode/codes/price.h"
#include "billcode/import/hcpcs_import.h"
#include "billcode/json/json_output.h"
#include "billcode/pack/pack.h"
#include "billcode/tables/data_set.h"

namespace {

using billcode::bench::ReadFile;
using billcode::bench::StatusKb;

template <typename Work>
double MedianMilliseconds(int runs, Work work) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    const auto end = std::chrono::steady_clock::now();
    times.push_back(
        std::chrono::duration<double, std::milli>(end - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

// Price() with a ZIP code (ZIP -> locality -> GPCIs, relative values):
// microseconds per lookup against the 5 us target of issue 10.
void BenchPrice(const billcode::DataSet& data) {
  if (!data.rvus() || !data.zips()) return;
  const std::vector<std::string> codes = {"99213", "71046-26", "80053",
                                          "29880", "0001F",    "E0114"};
  const billcode::PriceQuery query{*billcode::Date::FromYmd(2026, 11, 27),
                                   "10001", "", "11"};
  const int prices = 100000;
  long long checksum = 0;
  const double ms = MedianMilliseconds(3, [&] {
    for (int i = 0; i < prices; ++i) {
      checksum += billcode::Price(codes[i % codes.size()], query, data).amount;
    }
  });
  std::printf("%-44s %9.2f us per code (target < 5; sum %lld)\n",
              "price with a ZIP code, native", ms * 1000.0 / prices,
              checksum / 3);
}

// What the module's classify() does natively: classify, look up and write
// the whole result as JSON with every table loaded (issue 12's 10 us target
// is for the module in Node, printed by bench.d/batch-throughput.mjs).
void BenchLookupJson(const billcode::DataSet& data) {
  const std::vector<std::string> codes = {"E0114", "C9014-RR", "99213-25",
                                          "J9035", "EO114",    "W1234"};
  const billcode::Date date = *billcode::Date::FromYmd(2026, 3, 2);
  const int lookups = 100000;
  size_t bytes = 0;
  const double ms = MedianMilliseconds(3, [&] {
    for (int i = 0; i < lookups; ++i) {
      const std::string& code = codes[i % codes.size()];
      bytes +=
          billcode::LookupJson(billcode::Lookup(code, date, data.hcpcs(),
                                                data.cpt_descriptors(date)),
                               &data)
              .size();
    }
  });
  std::printf("%-44s %9.2f us per code (%zu bytes of JSON)\n",
              "classify + lookup as JSON, native", ms * 1000.0 / lookups,
              bytes / 3 / lookups);
}

void BenchClaims(const std::string& claim_path,
                 const std::vector<std::string>& packs) {
  billcode::DataSet data;
  for (const std::string& path : packs) {
    data.Add(billcode::ReadPack(ReadFile(path)).pack);
  }
  const long resident_kb = StatusKb("VmHWM:");
  const std::string text = ReadFile(claim_path);
  billcode::CheckOptions options;
  options.today = *billcode::Date::FromYmd(2026, 11, 27);
  size_t lines = 0, findings = 0;
  const double ms = MedianMilliseconds(5, [&] {
    const billcode::ClaimParse parse =
        billcode::ParseClaim(text, billcode::ClaimFormat::kAuto);
    lines = parse.claim.lines.size();
    const billcode::ClaimReport report =
        billcode::CheckClaim(parse.claim, data, options);
    findings = static_cast<size_t>(report.totals[0] + report.totals[1] +
                                   report.totals[2]);
  });
  std::printf("%-44s %9.0f lines per second (%zu findings)\n",
              "claim check, native (10,000 lines)", lines / (ms / 1000.0),
              findings);
  std::printf("%-44s %9.1f MB peak RSS\n", "memory, native with all packs",
              resident_kb / 1024.0);
  BenchPrice(data);
  BenchLookupJson(data);
}

}  // namespace

int main(int argc, char** argv) {
  std::string source_path, pack_path, claim_path;
  std::vector<std::string> data_packs;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--hcpcs") source_path = argv[i + 1];
    if (flag == "--pack") pack_path = argv[i + 1];
    if (flag == "--claim") claim_path = argv[i + 1];
    if (flag == "--data-pack") data_packs.push_back(argv[i + 1]);
  }
  if (source_path.empty() || pack_path.empty()) {
    std::fprintf(stderr,
                 "usage: billcode_bench --hcpcs FILE --pack FILE "
                 "[--claim FILE] [--data-pack FILE]...\n");
    return 2;
  }
  const std::string source = ReadFile(source_path);
  const std::string pack = ReadFile(pack_path);
  const billcode::ReleaseInfo info =
      billcode::ReleaseInfoFromFileName(source_path);
  size_t records = 0;
  const double import_ms = MedianMilliseconds(5, [&] {
    records =
        billcode::ImportHcpcsFixedWidth(source, info).release.records().size();
  });
  billcode::ReleaseSet releases;
  const double load_ms = MedianMilliseconds(15, [&] {
    billcode::PackRead read = billcode::ReadPack(pack);
    releases = billcode::ReleaseSet();
    releases.Add(std::get<billcode::HcpcsRelease>(std::move(read.pack)));
  });
  if (const billcode::PackRead check = billcode::ReadPack(pack);
      check.error != billcode::PackError::kOk) {
    std::fprintf(stderr, "%s: %s\n", pack_path.c_str(), check.message.c_str());
    return 2;
  }
  const std::vector<std::string> codes = {"E0114", "C9014-RR", "99213-25",
                                          "J9035", "EO114",    "W1234"};
  const int lookups = 200000;
  const auto date = *billcode::Date::FromYmd(2026, 3, 2);
  const double lookup_ms = MedianMilliseconds(3, [&] {
    for (int i = 0; i < lookups; ++i) {
      billcode::Lookup(codes[i % codes.size()], date, releases);
    }
  });
  std::printf("%-44s %12s\n", "measure (native, median)", "value");
  std::printf("%-44s %9.1f ms (%zu records)\n", "import CMS fixed-width file",
              import_ms, records);
  std::printf("%-44s %9.1f ms\n", "load data pack", load_ms);
  std::printf("%-44s %9.0f per second\n", "classify + lookup",
              lookups / (lookup_ms / 1000.0));
  if (!claim_path.empty()) BenchClaims(claim_path, data_packs);
  return 0;
}
