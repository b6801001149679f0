#include "cli.h"

#include <iostream>

#include "cli_support.h"

namespace billcode {
namespace {

constexpr char kUsage[] =
    "usage:\n"
    "  billcode classify [--date YYYY-MM-DD] [--data DIR|FILE.pack] TEXT...\n"
    "      One JSON object per TEXT, one per line. TEXT \"-\" reads one text\n"
    "      per line from standard input.\n"
    "  billcode other [--date YYYY-MM-DD] [--data DIR|FILE.pack] TEXT...\n"
    "      A bill's other codes: a diagnosis, revenue code, NDC, adjustment\n"
    "      reason, remark code or place of service (\"POS 11\"), as {kind,\n"
    "      code, sentences}, or null; one per line, like classify.\n"
    "  billcode check [--format auto|json|fhir|x12|csv|cms1500|ub04] [--payer "
    "P]\n"
    "                 [--setting S] [--ptp FILE] [--date YYYY-MM-DD]\n"
    "                 [--columns code=HEADER,units=HEADER,...] [--ndjson]\n"
    "                 [--data DIR|FILE.pack] FILE|-\n"
    "      Checks every claim of the file (837 batches, FHIR Bundles and\n"
    "      NDJSON, CSV with claimId) and prints {claims, summary} as JSON;\n"
    "      --ndjson: one claim per line, then the summary. --columns names\n"
    "      the CSV headers that hold billcode's columns. Exit 0: no claim\n"
    "      with errors; 1: some claim has errors; 2: nothing can be read.\n"
    "  billcode pack (--hcpcs|--mue|--aoc|--icd10cm|--pos|--pfs|--gpci|\n"
    "                --zip5|--clfs|--oppscap|--anes) FILE --out FILE.pack\n"
    "               [--setting practitioner|outpatient-hospital|dme]\n"
    "               [--edition LABEL] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
    "               [--long-descriptions-out FILE.pack]\n"
    "      Compiles an official CMS/CDC file into a data pack and prints a\n"
    "      JSON summary. --from/--to: the dates of service it governs.\n"
    "      --long-descriptions-out: a HCPCS release's long descriptions go\n"
    "      in a pack of their own (the rest loads first; load both).\n"
    "  billcode import [--kind K] [--edition LABEL] [--from YYYY-MM-DD]\n"
    "                  [--to YYYY-MM-DD] [--setting S] [--cpt-code-column C]\n"
    "                  [--cpt-descriptor-column C] --out DIR FILE...\n"
    "      Compiles official files as CMS and CDC publish them, ZIP archives\n"
    "      too, into packs in DIR (kind and edition from the file names),\n"
    "      for --data DIR; one JSON line per file. --kind cpt reads a "
    "licensed\n"
    "      CPT descriptor file you hold (tab, pipe or comma delimited).\n"
    "  billcode price [--date YYYY-MM-DD] [--zip ZIP | --locality MAC:NN]\n"
    "                 [--pos PLACE] [--data DIR|FILE.pack] CODE[-MOD]...\n"
    "      What Medicare pays for each code (Physician or Clinical Lab Fee\n"
    "      Schedule), nationally and in the ZIP's locality, or why there is\n"
    "      no amount; one JSON object per code.\n"
    "  billcode bill [--date YYYY-MM-DD] [--zip ZIP] [--payer P] [--ptp FILE]\n"
    "                [--data DIR|FILE.pack] FILE|-\n"
    "      Finds every code on a bill, itemized statement or EOB (text, CSV,\n"
    "      FHIR JSON) and explains it: {items: [{...item, explanation,\n"
    "      price, flags}], summary, questions}. --date: the date of service\n"
    "      when the bill shows none (else today).\n"
    "  billcode data [--data DIR|FILE.pack]\n"
    "      Lists every table loaded: kind, edition, source file and the dates\n"
    "      of service it governs (JSON).\n";

}  // namespace

int RunCli(const std::vector<std::string>& args, const CliEnvironment& env,
           std::istream& in, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    err << kUsage;
    return kExitUsage;
  }
  const std::string& command = args.front();
  if (command == "help" || command == "--help" || command == "-h") {
    out << kUsage;
    return kExitOk;
  }
  if (command == "classify") return RunClassify(args, env, in, out, err);
  if (command == "other") return RunOther(args, env, in, out, err);
  if (command == "pack") return RunPack(args, out, err);
  if (command == "import") return RunImport(args, out, err);
  if (command == "check") return RunCheck(args, env, in, out, err);
  if (command == "data") return RunData(args, env, out, err);
  if (command == "price") return RunPrice(args, env, out, err);
  if (command == "bill") return RunBill(args, env, in, out, err);
  err << "billcode: unknown command " << command << "\n" << kUsage;
  return kExitUsage;
}

}  // namespace billcode
