// Prints, for scripts/bench, the time and peak memory of the inputs that
// once took minutes or gigabytes (issue "Hardening"), against their budget:
// each must finish under 1 s and 100 MB above the process's memory before
// it. Not a test: timings belong here, the behaviour is tested in ctest.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "bench_support.h"
#include "billcode/base/text.h"
#include "billcode/claims/input/claim_input.h"
#include "billcode/claims/rules/claim_check.h"
#include "billcode/import/ncci_ptp_import.h"
#include "billcode/pack/pack.h"
#include "billcode/tables/data_set.h"

namespace {

using billcode::bench::ReadFile;
using billcode::bench::StatusKb;

constexpr double kBudgetSeconds = 1.0;
constexpr double kBudgetMegabytes = 100.0;

// Resets the kernel's peak-RSS mark (Linux 4.0+), so VmHWM measures `work`.
void ResetPeak() { std::ofstream("/proc/self/clear_refs") << "5"; }

// Runs `work` once and prints its time and peak memory against a budget.
void Measure(const char* name, size_t input_bytes,
             const std::function<size_t()>& work,
             double budget_seconds = kBudgetSeconds,
             double budget_megabytes = kBudgetMegabytes) {
  const long before_kb = StatusKb("VmRSS:");
  ResetPeak();
  const auto start = std::chrono::steady_clock::now();
  const size_t outputs = work();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  const double megabytes = (StatusKb("VmHWM:") - before_kb) / 1024.0;
  const bool ok = seconds < budget_seconds && megabytes < budget_megabytes;
  std::printf("%-34s %7zu KB %8.3f s %8.1f MB %8zu out  %s (%.0f s, %.0f MB)\n",
              name, input_bytes / 1024, seconds, megabytes, outputs,
              ok ? "within" : "OVER", budget_seconds, budget_megabytes);
}

size_t CheckText(const std::string& text, const billcode::DataSet& data) {
  const billcode::ClaimParse parse =
      billcode::ParseClaim(text, billcode::ClaimFormat::kAuto);
  if (!parse.errors.empty()) return parse.errors.size();
  billcode::CheckOptions options;
  options.today = *billcode::Date::FromYmd(2026, 11, 27);
  return billcode::CheckClaim(parse.claim, data, options).findings.size();
}

// A billcode JSON claim of `lines` lines of `code`, on one date.
std::string ClaimOf(const std::string& code, int lines,
                    const std::string& modifiers = "") {
  std::string text =
      R"({"dateOfService":"2026-06-01","placeOfService":"11","lines":[)";
  for (int i = 0; i < lines; ++i) {
    text += std::string(i ? "," : "") + R"({"code":")" + code + R"(")" +
            (modifiers.empty() ? "" : R"(,"modifiers":[)" + modifiers + "]") +
            "}";
  }
  return text + "]}";
}

// The add-on code with the most primaries in the loaded table.
std::string BusiestAddOn(const billcode::DataSet& data) {
  std::string busiest;
  long most = 0;
  if (const billcode::AddOnTable* table = data.addons()) {
    for (const billcode::AddOnEdit& edit : table->edits()) {
      const auto [first, last] = table->EditsOf(edit.addon_code);
      if (last - first > most) {
        most = last - first;
        busiest = edit.addon_code;
      }
    }
  }
  return busiest;
}

// A synthetic PTP table: `count` edits, column 1 "1nnnn" over column 2
// "2nnnn", in the CMS text layout.
std::string SyntheticPtpText(int count) {
  std::string text = "Column1\tColumn2\t*\tEffective\tDeletion\tModifier\n";
  char row[64];
  for (int i = 0; i < count; ++i) {
    std::snprintf(row, sizeof row, "1%04d\t2%04d\t\t20200101\t*\t1\tMisuse\n",
                  i % 10000, (i / 10000) % 10000);
    text += row;
  }
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  billcode::DataSet data;
  for (int i = 1; i < argc; ++i) {
    billcode::PackRead read = billcode::ReadPack(ReadFile(argv[i]));
    if (read.error == billcode::PackError::kOk) data.Add(std::move(read.pack));
  }
  std::printf("%-34s %10s %10s %11s %12s  budget\n", "hostile input", "size",
              "time", "memory", "outputs");

  std::string modifiers = R"("RR")";
  for (int i = 0; i < 2000; ++i) modifiers += R"(,"RR")";
  const std::string duplicates = ClaimOf("E0114", 1, modifiers);
  Measure("1 duplicate modifiers (JSON)", duplicates.size(),
          [&] { return CheckText(duplicates, data); });

  std::string csv_modifiers = "code,modifiers\n";
  csv_modifiers += "E0114,";
  for (int i = 0; i < 3000; ++i) csv_modifiers += "RR ";
  csv_modifiers += "\n";
  Measure("1 duplicate modifiers (CSV)", csv_modifiers.size(),
          [&] { return CheckText(csv_modifiers, data); });

  const std::string addons = ClaimOf(BusiestAddOn(data), 20000);
  Measure("2 add-on codes without primaries", addons.size(),
          [&] { return CheckText(addons, data); });

  billcode::DataSet with_ptp = data;
  const std::string ptp_text = SyntheticPtpText(2000000);
  // The real volume of the CMS practitioner PTP files (issue "Claim
  // checks that are right": under 3 s natively).
  Measure(
      "  load 2,000,000 PTP edits", ptp_text.size(),
      [&] {
        billcode::PtpImport ptp =
            billcode::ImportPtpText(ptp_text, billcode::Edition("synthetic"));
        const size_t edits = ptp.table.edits().size();
        with_ptp.AddPtp(std::move(ptp.table));
        return edits;
      },
      3, 1024);
  std::string pairs =
      R"({"dateOfService":"2026-06-01","placeOfService":"11","lines":[)";
  for (int i = 0; i < 3000; ++i) {
    char line[64];
    std::snprintf(line, sizeof line, R"(%s{"code":"%s"})", i ? "," : "",
                  i % 2 ? "20000" : "10000");
    pairs += line;
  }
  pairs += "]}";
  Measure("3 PTP pairs on one date", pairs.size(),
          [&] { return CheckText(pairs, with_ptp); });

  std::string disagreeing = "code,payer\n";
  while (disagreeing.size() < 400 * 1024) {
    disagreeing += "E0114,medicare\nE0114,medicaid\n";
  }
  Measure("4 CSV rows disagreeing on payer", disagreeing.size(),
          [&] { return CheckText(disagreeing, data); });

  std::string crafted = billcode::WritePack(
      billcode::HcpcsRelease(billcode::Edition("crafted"), {}));
  crafted.pop_back();  // the record count 0
  const size_t zeros = 3600 * 1024;
  for (uint64_t count = zeros;; count >>= 7) {  // varint of the count
    crafted.push_back(
        static_cast<char>((count & 0x7F) | (count > 0x7F ? 0x80 : 0)));
    if (count <= 0x7F) break;
  }
  crafted.append(zeros, '\0');
  billcode::ResealPack(&crafted);
  Measure("5 crafted pack (huge record count)", crafted.size(), [&] {
    return static_cast<size_t>(billcode::ReadPack(crafted).error);
  });
  return 0;
}
