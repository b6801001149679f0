// billcode price: what Medicare pays for each code, one JSON object per
// line; exit 0 when every code has an answer (an amount or the reason there
// is none), 2 for bad options or a ZIP/locality not in the files.
#include <iostream>

#include "billcode/base/text.h"
#include "billcode/codes/price.h"
#include "billcode/json/json_output.h"
#include "cli_support.h"

namespace billcode {

int RunPrice(const std::vector<std::string>& args, const CliEnvironment& env,
             std::ostream& out, std::ostream& err) {
  const Arguments parsed =
      ParseArguments(args, 1, {"date", "zip", "locality", "pos", "data"});
  if (!parsed.error.empty()) return Fail(err, parsed.error);
  if (parsed.positional.empty()) return Fail(err, "price needs a CODE");
  const auto option = [&](const char* name) {
    const auto it = parsed.options.find(name);
    return it == parsed.options.end() ? std::string() : it->second;
  };
  const std::string date_text =
      option("date").empty() ? env.today : option("date");
  const std::optional<Date> date = Date::ParseIso(date_text);
  if (!date) return Fail(err, "--date must be YYYY-MM-DD, not " + date_text);
  PriceQuery query{*date, option("zip"), option("locality"), option("pos")};
  if (!query.zip.empty() && !query.locality.empty()) {
    return Fail(err, "give --zip or --locality, not both");
  }
  if (!query.zip.empty() &&
      (query.zip.size() != 5 || !IsAsciiDigits(query.zip))) {
    return Fail(err, "--zip must be five digits");
  }
  if (!query.place_of_service.empty() &&
      (query.place_of_service.size() != 2 ||
       !IsAsciiDigits(query.place_of_service))) {
    return Fail(err, "--pos must be a two-digit place of service code");
  }
  DataSet data;
  const std::string error = LoadDefaultOrGivenData(parsed, env, err, &data);
  if (!error.empty()) return Fail(err, error);
  int status = kExitOk;
  for (const std::string& code : parsed.positional) {
    const PriceResult price = Price(code, query, data);
    out << PriceJson(price) << "\n";
    if (!price.error.empty()) {
      err << "billcode: " << code << ": " << price.error << "\n";
      status = kExitUsage;
    }
  }
  return status;
}

}  // namespace billcode
