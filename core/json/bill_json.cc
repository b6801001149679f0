#include <map>
#include <optional>

#include "billcode/bills/adjustment_reasons.h"
#include "billcode/bills/bill_explanation.h"
#include "billcode/bills/revenue_codes.h"
#include "billcode/json/json_output.h"

namespace billcode {
namespace {

void WriteItemFields(const BillItem& item, JsonWriter* out) {
  out->Key("line");
  if (item.line > 0) {
    out->Int(item.line);
  } else {
    out->Null();
  }
  out->Key("text")
      .String(item.text)
      .Key("kind")
      .String(ToString(item.kind))
      .Key("code")
      .String(item.code)
      .Key("modifiers")
      .Strings(item.modifiers)
      .Key("units")
      .StringOrNull(item.units)
      .Key("charge")
      .StringOrNull(item.charge)
      .Key("dateOfService")
      .StringOrNull(item.date_of_service)
      .Key("revenueCode")
      .StringOrNull(item.revenue_code)
      .Key("ndc")
      .StringOrNull(item.ndc)
      .Key("description")
      .StringOrNull(item.description)
      .Key("repaired")
      .StringOrNull(item.repaired)
      .Key("allowed")
      .StringOrNull(item.allowed)
      .Key("paid")
      .StringOrNull(item.paid)
      .Key("paidToPatient")
      .StringOrNull(item.paid_to_patient)
      .Key("pending")
      .StringOrNull(item.pending)
      .Key("adjustments")
      .BeginArray();
  for (const BillAdjustment& adjustment : item.adjustments) {
    out->BeginObject()
        .Key("group")
        .String(adjustment.group)
        .Key("groupMeaning")
        .StringOrNull(AdjustmentGroupMeaning(adjustment.group))
        .Key("reason")
        .String(adjustment.reason)
        .Key("reasonMeaning")
        .StringOrNull(AdjustmentReasonMeaning(adjustment.reason))
        .Key("amount")
        .StringOrNull(adjustment.amount)
        .EndObject();
  }
  out->EndArray().Key("remarks").Strings(item.remarks);
  out->Key("payerNotes").BeginArray();
  for (const BillNote& note : item.payer_notes) {
    out->BeginObject()
        .Key("ref")
        .String(note.ref)
        .Key("text")
        .String(note.text)
        .EndObject();
  }
  out->EndArray();
}

void WriteFlags(const std::vector<BillFlag>& flags, JsonWriter* out) {
  out->BeginArray();
  for (const BillFlag& flag : flags) {
    out->BeginObject()
        .Key("id")
        .String(ToString(flag.kind))
        .Key("sentence")
        .String(flag.sentence)
        .Key("question")
        .String(flag.question)
        .Key("detail")
        .StringOrNull(flag.detail)
        .Key("source")
        .StringOrNull(flag.source)
        .EndObject();
  }
  out->EndArray();
}

void WriteExplainedItem(const ExplainedItem& explained, const DataSet& data,
                        JsonWriter* out) {
  out->BeginObject();
  WriteItemFields(explained.item, out);
  out->Key("date")
      .String(explained.date.ToIso())
      .Key("dateSource")
      .String(ToString(explained.date_source))
      .Key("explanation")
      .Strings(explained.explanation)
      .Key("lookup");
  if (explained.lookup) {
    WriteLookup(*explained.lookup, out, &data);
  } else {
    out->Null();
  }
  out->Key("price");
  if (explained.price) {
    WritePrice(*explained.price, out);
  } else {
    out->Null();
  }
  out->Key("flags");
  WriteFlags(explained.flags, out);
  out->EndObject();
}

void WriteCentsOrNull(std::optional<long long> cents, JsonWriter* out) {
  if (cents) {
    out->Fixed(*cents, 2);
  } else {
    out->Null();
  }
}

void WriteSummary(const BillExplanation& bill, JsonWriter* out) {
  std::map<std::string_view, int> by_kind;
  for (std::string_view kind : kBillItemKindNames) by_kind[kind] = 0;
  std::map<std::string_view, int> by_flag;
  int flags = 0;
  long long charges = 0;
  std::optional<long long> paid, patient_share;
  for (const ExplainedItem& item : bill.items) {
    ++by_kind[ToString(item.item.kind)];
    const bool total = item.item.kind == BillItemKind::kRevenue &&
                       IsTotalChargesCode(item.item.code);
    if (item.charge_cents > 0 && !total) charges += item.charge_cents;
    if (item.paid_cents) paid = paid.value_or(0) + *item.paid_cents;
    if (item.patient_share_cents) {
      patient_share = patient_share.value_or(0) + *item.patient_share_cents;
    }
    for (const BillFlag& flag : item.flags) {
      ++by_flag[ToString(flag.kind)];
      ++flags;
    }
  }
  out->BeginObject()
      .Key("items")
      .Int(static_cast<long long>(bill.items.size()))
      .Key("byKind")
      .BeginObject();
  for (const auto& [kind, count] : by_kind) out->Key(kind).Int(count);
  out->EndObject().Key("flags").Int(flags).Key("byFlag").BeginObject();
  for (const auto& [flag, count] : by_flag) out->Key(flag).Int(count);
  out->EndObject().Key("totalCharges").Fixed(charges, 2).Key("totalPaid");
  WriteCentsOrNull(paid, out);
  out->Key("totalPatientShare");
  WriteCentsOrNull(patient_share, out);
  out->Key("amountDue");
  if (bill.amount_due) {
    out->BeginObject()
        .Key("amount")
        .Fixed(bill.amount_due->cents, 2)
        .Key("line")
        .Int(bill.amount_due->line)
        .EndObject();
  } else {
    out->Null();
  }
  out->Key("insurancePaid");
  if (bill.insurance_paid) {
    out->BeginObject()
        .Key("amount")
        .Fixed(bill.insurance_paid->cents, 2)
        .Key("lines")
        .BeginArray();
    for (int line : bill.insurance_paid->lines) out->Int(line);
    out->EndArray().EndObject();
  } else {
    out->Null();
  }
  out->EndObject();
}

}  // namespace

std::string BillJson(const BillExplanation& bill, const DataSet& data) {
  JsonWriter out;
  out.BeginObject().Key("items").BeginArray();
  for (const ExplainedItem& item : bill.items) {
    WriteExplainedItem(item, data, &out);
  }
  out.EndArray().Key("summary");
  WriteSummary(bill, &out);
  out.Key("questions")
      .Strings(bill.questions)
      .Key("notes")
      .Strings(bill.notes)
      .Key("problems")
      .Strings(bill.problems)
      .Key("uncodedLines")
      .BeginArray();
  for (const int line : bill.uncoded_lines) out.Int(line);
  out.EndArray().Key("payer").StringOrNull(bill.payer).Key("checks");
  WriteCheckStatuses(bill.checks, /*notices=*/false, &out);
  out.Key("notices").Strings(bill.notices).EndObject();
  return out.Take();
}

}  // namespace billcode
