// Prints how fast a large X12 837P batch is read and checked claim by claim,
// and the peak memory, against the targets of issue 8 (200,000 segment
// lines per second on one core, under 200 MB resident). Writes the batch
// to FILE first (streamed, so writing it takes no memory). Not a test.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "bench_support.h"
#include "billcode/claims/rules/claim_batch.h"
#include "billcode/json/json_output.h"
#include "billcode/pack/pack.h"

namespace {

using billcode::bench::ReadFile;
using billcode::bench::StatusKb;

// One claim of four lines under its own subscriber loop, one segment per
// line; returns the segments written.
size_t WriteClaim(std::ofstream& out, size_t number) {
  const std::string id = std::to_string(number);
  out << "HL*" << 2 * number << "*1*22*0~\nSBR*P*18*******"
      << (number % 3 ? "MB" : "CI") << "~\nNM1*IL*1*DOE*JANE****MI*ID" << id
      << "~\nCLM*C" << id << "*465***11:B:1*Y*A*Y*Y~\nDTP*472*D8*20260302~\n"
      << "HI*ABK:E119*ABF:I10~\n"
      << "LX*1~\nSV1*HC:99213:25*125*UN*1***1:2~\n"
      << "LX*2~\nSV1*HC:J0567*80*UN*2***2~\nLIN**N4*00009-0047-01~\n"
      << "LX*3~\nSV1*HC:E0114:RR*60*UN*1***1~\n"
      << "LX*4~\nSV1*HC:11042*200*UN*1***1~\n";
  return 15;
}

// Writes an interchange of at least `megabytes`; returns its segments.
size_t WriteBatch(const std::string& path, size_t megabytes) {
  std::ofstream out(path, std::ios::binary);
  out << "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID"
         "     *260304*1200*^*00501*000000001*0*T*:~\n"
         "GS*HC*SUBMITTERID*RECEIVERID*20260304*1200*1*X*005010X222A1~\n"
         "ST*837*0001*005010X222A1~\nHL*1**20*1~\n";
  size_t segments = 4, claims = 0;
  while (static_cast<size_t>(out.tellp()) < megabytes << 20) {
    segments += WriteClaim(out, ++claims);
  }
  out << "SE*" << segments - 1 << "*0001~\nGE*1*1~\nIEA*1*000000001~\n";
  return segments + 3;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: billcode_bench_batch FILE MEGABYTES PACK...\n");
    return 2;
  }
  const std::string path = argv[1];
  const size_t segments = WriteBatch(path, std::stoul(argv[2]));
  billcode::DataSet data;
  for (int i = 3; i < argc; ++i) {
    data.Add(billcode::ReadPack(ReadFile(argv[i])).pack);
  }
  const long packs_kb = StatusKb("VmHWM:");
  billcode::CheckOptions options;
  options.today = *billcode::Date::FromYmd(2026, 11, 27);
  const auto start = std::chrono::steady_clock::now();
  const std::string bytes = ReadFile(path);
  size_t output = 0;
  const billcode::BatchCheck batch = billcode::CheckClaims(
      bytes, {}, data, options,
      [&](const billcode::ClaimParse& parse,
          const billcode::ClaimReport* report) {
        output += billcode::BatchClaimJson(parse, report).size();
        return true;
      });
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::printf("%-44s %9.1f MB, %zu claims, %zu segment lines\n",
              "837P batch, native check (JSON per claim)",
              bytes.size() / 1048576.0, static_cast<size_t>(batch.read.claims),
              segments);
  std::printf("%-44s %9.0f lines per second (target >= 200,000)\n",
              "837P batch throughput, one core", segments / seconds);
  std::printf("%-44s %9.1f MB (target < 200; input %.0f MB, packs %.0f MB)\n",
              "837P batch peak RSS", StatusKb("VmHWM:") / 1024.0,
              bytes.size() / 1048576.0, packs_kb / 1024.0);
  std::printf("%-44s %9.1f MB of report JSON\n", "837P batch output",
              output / 1048576.0);
  std::remove(path.c_str());
  return 0;
}
