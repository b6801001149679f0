#include "bill_remittance.h"

#include <string>
#include <utility>
#include <vector>

#include "bill_tokens.h"
#include "billcode/base/date.h"
#include "billcode/base/text.h"
#include "billcode/base/x12_segments.h"

namespace billcode::bills {
namespace {

// A text with this many segments that are not X12 is not read further.
constexpr int kMostUnreadable = 20;

std::string IsoDate(const std::string& compact) {
  if (auto date = Date::ParseCompact(compact)) return date->ToIso();
  return "";
}

// An amount of ClaimAmount's for a sentence: "-12.50" -> "-$12.50", "" ->
// "$0.00".
std::string Dollars(const std::string& amount) {
  if (amount.empty()) return "$0.00";
  return amount[0] == '-' ? "-$" + amount.substr(1) : "$" + amount;
}

// CLP02 of a claim that takes back an earlier payment.
constexpr const char* kReversal = "22";

// CLP02 in words.
std::string ClaimStatusWords(const std::string& status) {
  static const std::pair<const char*, const char*> kWords[] = {
      {"1", "processed with this plan as the main payer"},
      {"2", "processed with this plan as the second payer"},
      {"3", "processed with this plan as the third payer"},
      {"4", "denied"},
      {"19",
       "processed with this plan as the main payer, and sent on to "
       "another payer"},
      {"20",
       "processed with this plan as the second payer, and sent on to "
       "another payer"},
      {"21",
       "processed with this plan as the third payer, and sent on to "
       "another payer"},
      {"22", "a reversal of an earlier payment"},
      {"23", "not this plan's claim: sent on to another payer"},
      {"25", "priced in advance only: nothing was paid"},
  };
  for (const auto& [code, words] : kWords) {
    if (status == code) return words;
  }
  return "status " + status;
}

// The payer class of a claim filing indicator (CLP06), or "".
std::string PayerOfFilingCode(const std::string& code) {
  if (code == "MA" || code == "MB") return "medicare";
  if (code == "MC") return "medicaid";
  return code.empty() ? "" : "commercial";
}

class RemittanceReader {
 public:
  explicit RemittanceReader(BillExtraction* extraction) : out_(extraction) {}

  bool Read(const X12Segment& segment) {
    number_ = segment.number;
    if (!segment.well_formed) {
      Problem("not an X12 segment ('" + std::string(segment.start) + "')");
      if (++unreadable_ < kMostUnreadable) return true;
      out_->problems.push_back("stopped reading: too much of it is not X12");
      return false;
    }
    elements_ = &segment.elements;
    component_ = segment.separators.component;
    const std::string& id = segment.elements[0];
    if (id == "ST") {
      FinishClaim();
      skipping_ = Get(1) != "835";
      if (skipping_) {
        Problem("a transaction of type " + Get(1) +
                ", not a remittance (835): passed over");
      }
    } else if (id == "SE") {
      FinishClaim();
    } else if (skipping_) {
      return true;
    } else if (id == "CLP") {
      StartClaim();
    } else if (!in_claim_) {
      return true;
    } else if (id == "SVC") {
      StartLine();
    } else if (id == "DTM") {
      ReadDate();
    } else if (id == "CAS") {
      ReadAdjustments();
    } else if (id == "AMT" && Get(1) == "B6" && line_) {
      line_->allowed = ClaimAmount(Get(2));
    } else if (id == "LQ" && Get(1) == "HE" && line_) {
      line_->remarks.push_back(Get(2));
    }
    return true;
  }

  void Finish() {
    FinishClaim();
    if (!read_claim_) {
      out_->problems.push_back(
          "the remittance lists no claim (no CLP segment): nothing it paid "
          "is for a service line");
    }
  }

 private:
  std::string Get(size_t index) const {
    return index < elements_->size() ? Trim((*elements_)[index]) : "";
  }
  static std::string Trim(const std::string& text) {
    return std::string(TrimAsciiSpace(text));
  }

  void Problem(const std::string& message) {
    out_->problems.push_back("segment " + std::to_string(number_) + ": " +
                             message);
  }

  void StartClaim() {
    FinishClaim();
    in_claim_ = true;
    read_claim_ = true;
    claim_id_ = Get(1);
    status_ = Get(2);
    charge_ = ClaimAmount(Get(3));
    paid_ = ClaimAmount(Get(4));
    patient_ = ClaimAmount(Get(5));
    if (out_->payer.empty()) out_->payer = PayerOfFilingCode(Get(6));
    claim_date_.clear();
    ++claims_;
    first_item_ = out_->items.size();
    lines_ = 0;
  }

  void FinishClaim() {
    if (!in_claim_) return;
    FlushLine();
    for (size_t i = first_item_; i < out_->items.size(); ++i) {
      if (out_->items[i].date_of_service.empty()) {
        out_->items[i].date_of_service = claim_date_;
      }
    }
    std::string note = "Claim " +
                       (claim_id_.empty() ? "(no number)" : claim_id_) + " (" +
                       ClaimStatusWords(status_) + "): billed " +
                       Dollars(charge_) + ", the plan paid " + Dollars(paid_);
    if (!patient_.empty()) {
      note += ", and it says your share is " + Dollars(patient_);
    }
    if (lines_ == 0) note += "; it lists no service lines, so no codes";
    if (status_ == kReversal && lines_ > 0) {
      note += "; its lines undo lines paid before, so they are not listed";
    }
    out_->notes.push_back(note + ".");
    in_claim_ = false;
  }

  void StartLine() {
    FlushLine();
    ++lines_;
    if (status_ == kReversal) return;  // its lines undo lines paid before
    const std::vector<std::string> procedure = SplitX12(Get(1), component_);
    const std::string qualifier = Trim(procedure[0]);
    const std::string code =
        AsciiUpper(procedure.size() > 1 ? Trim(procedure[1]) : "");
    BillItem item;
    item.claim = claims_ - 1;
    item.text = "claim " + claim_id_ + ", service line " +
                std::to_string(lines_) + " (segment " +
                std::to_string(number_) + ")";
    if (qualifier == "HC" || qualifier == "AD") {
      item.kind = BillItemKind::kProcedure;
      item.code = code;
      item.revenue_code = Get(4);
    } else if (qualifier == "NU") {
      item.kind = BillItemKind::kRevenue;
      item.code = code.size() == 3 ? "0" + code : code;
    } else if (qualifier == "N4") {
      item.kind = BillItemKind::kNdc;
      item.code = ParseNdc(code).value_or(code);
    } else {
      Problem("a service line coded as " + qualifier + " " + code +
              ", which billcode does not read: passed over");
      return;
    }
    for (size_t i = 2; i < procedure.size() && i < 6; ++i) {
      if (!Trim(procedure[i]).empty()) {
        item.modifiers.push_back(AsciiUpper(Trim(procedure[i])));
      }
    }
    if (procedure.size() > 6) item.description = Trim(procedure[6]);
    item.charge = ClaimAmount(Get(2));
    item.paid = ClaimAmount(Get(3));
    item.units = Get(5).empty() ? "1" : Get(5);
    const std::vector<std::string> billed = SplitX12(Get(6), component_);
    if (billed.size() > 1 && AsciiUpper(Trim(billed[1])) != code) {
      if (!item.description.empty()) item.description += "; ";
      item.description += "billed as " + AsciiUpper(Trim(billed[1]));
    }
    line_ = std::move(item);
  }

  void FlushLine() {
    if (line_) out_->items.push_back(std::move(*line_));
    line_.reset();
  }

  void ReadDate() {
    const std::string qualifier = Get(1);
    const std::string date = IsoDate(Get(2));
    if (qualifier == "232" && !line_) claim_date_ = date;
    if (line_ && (qualifier == "472" ||
                  (qualifier == "150" && line_->date_of_service.empty()))) {
      line_->date_of_service = date;
    }
  }

  // CAS: a group, then up to six (reason, amount, quantity).
  void ReadAdjustments() {
    if (!line_) return;  // the claim's own: its totals are in the note
    const std::string group = Get(1);
    for (size_t at = 2; at + 1 < elements_->size() && at <= 17; at += 3) {
      const std::string reason = Get(at);
      if (reason.empty()) continue;
      line_->adjustments.push_back({group, reason, ClaimAmount(Get(at + 1))});
    }
  }

  BillExtraction* out_;
  const std::vector<std::string>* elements_ = nullptr;
  char component_ = ':';
  int number_ = 0;
  int unreadable_ = 0;
  bool skipping_ = false;
  bool in_claim_ = false;
  bool read_claim_ = false;
  std::string claim_id_, status_, charge_, paid_, patient_, claim_date_;
  size_t first_item_ = 0;
  int claims_ = 0;  // CLP segments read
  int lines_ = 0;
  std::optional<BillItem> line_;
};

}  // namespace

bool IsRemittance(std::string_view text) {
  bool remittance = false;
  ForEachX12Segment(text, [&](const X12Segment& segment) {
    if (segment.elements[0] != "ST") return true;
    remittance = segment.elements.size() > 1 && segment.elements[1] == "835";
    return false;
  });
  return remittance;
}

BillExtraction ExtractRemittance(std::string_view text) {
  BillExtraction extraction;
  RemittanceReader reader(&extraction);
  ForEachX12Segment(
      text, [&](const X12Segment& segment) { return reader.Read(segment); });
  reader.Finish();
  return extraction;
}

}  // namespace billcode::bills
