// billcode import: official files as CMS and CDC publish them (their ZIP
// archives too) compiled into data packs in a folder, each named after its
// kind and edition, for --data DIR. One JSON line per file read or passed
// over; exit 0 when every file was read or passed over, 2 when one could
// not be read or imported (the others still are).
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "billcode/base/zip.h"
#include "billcode/import/official_import.h"
#include "billcode/json/json_output.h"
#include "billcode/pack/pack.h"
#include "cli_support.h"

namespace billcode {
namespace {

namespace fs = std::filesystem;

// A deflated ZIP member's bytes, inflated by zlib; false on damage.
bool Inflate(std::string_view compressed, size_t size, std::string* out) {
  out->assign(size, '\0');
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return false;
  stream.next_in =
      reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  stream.next_out = reinterpret_cast<Bytef*>(out->data());
  stream.avail_out = static_cast<uInt>(size);
  const int status = inflate(&stream, Z_FINISH);
  inflateEnd(&stream);
  return status == Z_STREAM_END && stream.total_out == size;
}

// "hcpcs-2026-APR", "mue-practitioner-2026-04-01": a file name of letters,
// digits and dashes.
std::string PackName(const OfficialImport& import) {
  std::string name = std::string(ToString(import.kind));
  if (const auto* mue = std::get_if<MueTable>(&import.pack)) {
    name += "-" + std::string(ToString(mue->setting()));
  }
  name += "-" + InfoOf(import.pack).edition;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') c = '-';
  }
  return name + ".pack";
}

struct ImportRun {
  const Arguments& parsed;
  ImportOptions options;
  std::string out_dir;
  std::ostream& out;
  std::ostream& err;
  bool failed = false;
};

void Report(ImportRun& run, const std::string& source, const std::string& key,
            const std::string& text) {
  JsonWriter line;
  line.BeginObject().Key("file").String(source).Key(key).String(text);
  run.out << line.EndObject().Take() << "\n";
}

// Imports one file or ZIP member: `name` is its own name (editions and
// dates are read from it), `source` says where it is ("a.zip:b.txt").
void ImportOne(ImportRun& run, const std::string& source,
               const std::string& name, std::string_view bytes) {
  std::optional<TableKind> kind;
  const auto named = run.parsed.options.find("kind");
  if (named != run.parsed.options.end()) {
    TableKind given;
    if (FromString(named->second, &given)) kind = given;
  } else {
    kind = DetectTableKind(name, bytes);
  }
  if (!kind) {
    Report(run, source, "passedOver",
           "not a file billcode reads (HCPCS, ICD-10-CM codes, MUE, add-on, "
           "fee schedule or place of service file); --kind names one");
    return;
  }
  const OfficialImport import =
      ImportOfficialFile(*kind, name, bytes, run.options);
  if (!import.error.empty()) {
    run.failed = true;
    Report(run, source, "error", import.error);
    run.err << "billcode: " << source << ": " << import.error << "\n";
    return;
  }
  const std::string target =
      (fs::path(run.out_dir) / PackName(import)).string();
  std::ofstream file(target, std::ios::binary | std::ios::trunc);
  file << WritePack(import.pack);
  if (!file.flush()) {
    run.failed = true;
    Report(run, source, "error", target + ": cannot be written");
    return;
  }
  run.out << "{\"file\":" << JsonWriter().String(source).text()
          << ",\"pack\":" << JsonWriter().String(target).text()
          << ",\"import\":" << OfficialImportJson(import) << "}\n";
}

void ImportPath(ImportRun& run, const std::string& path) {
  std::string bytes, error;
  if (!ReadFile(path, &bytes, &error)) {
    run.failed = true;
    Report(run, path, "error", error);
    return;
  }
  if (!IsZip(bytes)) {
    ImportOne(run, path, path, bytes);
    return;
  }
  const ZipListing listing = ReadZipDirectory(bytes);
  if (!listing.error.empty()) {
    run.failed = true;
    Report(run, path, "error", listing.error);
    return;
  }
  for (const ZipMember& member : listing.members) {
    const std::string source = path + ":" + member.name;
    std::string_view stored(bytes.data() + member.offset,
                            member.compressed_size);
    std::string inflated;
    if (member.method == 0) {
      inflated = std::string(stored);
    } else if (member.method != 8 || !Inflate(stored, member.size, &inflated)) {
      run.failed = true;
      Report(run, source, "error",
             "cannot be unpacked (damaged or compressed "
             "with a method other than deflate)");
      continue;
    }
    ImportOne(run, source, member.name, inflated);
  }
}

}  // namespace

int RunImport(const std::vector<std::string>& args, std::ostream& out,
              std::ostream& err) {
  const Arguments parsed =
      ParseArguments(args, 1,
                     {"kind", "edition", "from", "to", "setting", "out",
                      "cpt-code-column", "cpt-descriptor-column"});
  if (!parsed.error.empty()) return Fail(err, parsed.error);
  if (parsed.positional.empty() || !parsed.options.count("out")) {
    return Fail(err,
                "import needs FILE... (official files or their ZIP "
                "archives) and --out DIR");
  }
  ImportRun run{parsed, ImportOptions(), parsed.options.at("out"), out, err};
  TableKind kind;
  if (parsed.options.count("kind") &&
      !FromString(parsed.options.at("kind"), &kind)) {
    return Fail(err,
                "--kind must be one of hcpcs, mue, aoc, icd10cm, pos, "
                "pfs, gpci, zip5, clfs, oppscap, anes, cpt (a licensed "
                "CPT descriptor file you hold)");
  }
  for (const char* name : {"from", "to"}) {
    if (!parsed.options.count(name)) continue;
    std::optional<Date> date = Date::ParseIso(parsed.options.at(name));
    if (!date)
      return Fail(err, std::string("--") + name + " must be YYYY-MM-DD");
    (std::string(name) == "from" ? run.options.from : run.options.to) = *date;
  }
  if (parsed.options.count("edition")) {
    run.options.edition = parsed.options.at("edition");
  }
  if (parsed.options.count("setting")) {
    run.options.setting = parsed.options.at("setting");
  }
  if (parsed.options.count("cpt-code-column")) {
    run.options.cpt_columns.code = parsed.options.at("cpt-code-column");
  }
  if (parsed.options.count("cpt-descriptor-column")) {
    run.options.cpt_columns.descriptor =
        parsed.options.at("cpt-descriptor-column");
  }
  std::error_code code;
  fs::create_directories(run.out_dir, code);
  if (!fs::is_directory(run.out_dir, code)) {
    return Fail(err, run.out_dir + ": cannot be created");
  }
  for (const std::string& path : parsed.positional) ImportPath(run, path);
  return run.failed ? kExitUsage : kExitOk;
}

}  // namespace billcode
