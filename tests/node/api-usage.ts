// Compiled (not run) by types.test.mjs: the API as a web developer uses it.
import { load, today, type LookupResult, type LookupSummary, type CodeKind } from '../../wasm/billcode.js';
import { loadInWorker } from '../../wasm/worker.js';

async function main(): Promise<void> {
  const bc = await load({ baseUrl: '/', onProgress: ({ done, total }) => console.log(done / total) });
  const result: LookupResult = bc.classify('E0114-RR', { date: today() });
  const kind: CodeKind = result.kind;
  if (result.record) console.log(result.record.longDescription, result.record.coverage?.meaning);
  for (const r of result.replacements) console.log(r.code, r.record?.shortDescription);
  const many: LookupResult[] = bc.classifyBatch(['E0114', '99213'], { date: new Date(), detail: 'full' });
  const lean: LookupSummary[] = bc.classifyBatch(['E0114', '99213']);
  console.log(lean[0]?.shortDescription, lean[0]?.section);
  const state = bc.typing('E01', { limit: 5 });
  console.log(kind, many.length, state.completions[0]?.code, bc.explain('E0114').sentences);
  console.log(bc.versions()[0]?.edition, bc.names.lookupStatus.includes(result.status));
  const report = bc.checkClaim({ payer: 'medicare', lines: [{ code: 'E0114', units: 1 }] }, { today: new Date() });
  if (report.usable) {
    for (const f of report.findings) console.log(f.line ?? 'claim', f.rule, f.severity, f.fix);
    console.log(report.summary.checks.map((c) => `${c.check}:${c.state}`));
  } else {
    console.log(report.errors[0]?.location);
  }
  const batch = bc.checkClaims(new Uint8Array([0x63]), {
    columns: { code: 'CPT_CODE' }, onProgress: (claims) => console.log(claims),
  });
  for (const claim of batch.claims) console.log(claim.id, claim.source.location, claim.report?.summary.errors);
  console.log(batch.summary.withErrors, batch.summary.byRule['dx-icd9']);
  const price = bc.price('99213', { date: today(), zip: '10001', placeOfService: '11' });
  console.log(price.national.nonFacility, price.local?.locality.name, price.indicators.bilateral?.meaning);
  const bill = bc.explainBill('99213 Office visit $150.00', { zip: '10001', payer: 'commercial' });
  for (const item of bill.items) console.log(item.kind, item.code, item.price?.national.nonFacility, item.flags[0]?.question);
  console.log(bill.summary.byKind.procedure, bill.summary.byFlag['charge-above-medicare']);
  const owed: number | null = bill.summary.totalPatientShare;
  console.log(bill.summary.amountDue?.amount, bill.summary.amountDue?.line);
  console.log(bill.summary.insurancePaid?.amount, bill.summary.insurancePaid?.lines.join());
  for (const { group, reason, reasonMeaning, amount } of bill.items[0]?.adjustments ?? []) {
    console.log(owed, group, reason, reasonMeaning ?? 'see the CARC list', amount, bill.items[0]?.paid);
  }
  const imported = await bc.importFiles([{ name: 'HCPC2026_APR_ANWEB.txt', bytes: new Uint8Array() }]);
  for (const result of imported) {
    if ('pack' in result) console.log(result.kind, result.edition, result.pack.length);
    else if ('error' in result) console.log(result.error);
  }
  const inWorker = await loadInWorker({ baseUrl: '/billcode/' });
  const answer: LookupResult = await inWorker.classify('E0114');
  const lean2: LookupSummary[] = await inWorker.classifyBatch(['E0114']);
  console.log(answer.status, lean2.length);
  const { summary } = await inWorker.checkClaimsKept('ISA*00*...', { format: 'x12' });
  const { total, rows } = await inWorker.keptClaims({ severity: 'error', rule: 'code-invalid', first: 0, count: 50 });
  const kept = await inWorker.keptClaim(rows[0]?.index ?? 0);
  console.log(summary.claims, total, rows[0]?.errors, kept.source.location);
  // @ts-expect-error: not a severity filter
  await inWorker.keptClaims({ severity: 'info' });
  inWorker.terminate();
  const parsed = bc.parseClaim('code\nE0114\n', { format: 'csv' });
  if (parsed.usable) console.log(parsed.claim.lines[0]?.code);
  // @ts-expect-error: a kind that does not exist
  const wrong: CodeKind = 'cpt';
  console.log(wrong);
}
void main();
