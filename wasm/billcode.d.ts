// Types of billcode.js. Hand-written; the string unions are checked against
// the C++ enum tables by tests/node/types.test.mjs.

export type CodeKind =
  | 'none' | 'cpt-cat1' | 'cpt-cat2' | 'cpt-cat3' | 'cpt-pla' | 'cpt-maaa'
  | 'hcpcs-level2' | 'cdt' | 'modifier';

export type Shape = 'complete' | 'incomplete' | 'invalid';

export type Problem =
  | 'none' | 'empty' | 'too-short' | 'too-long' | 'invalid-character'
  | 'lookalike-character' | 'invalid-prefix' | 'unassigned-range'
  | 'invalid-modifier';

export type LookupStatus =
  | 'active' | 'not-yet-effective' | 'terminated' | 'unknown' | 'no-data'
  | 'invalid' | 'incomplete';

/** A date of service: 'YYYY-MM-DD' or a Date (local calendar day). */
export type DateInput = string | Date;

export interface DateOptions {
  /** Date of service; default today. */
  date?: DateInput;
}

export interface Section {
  id: string;
  name: string;
  /** One plain-language sentence for patients. */
  explanation: string;
}

export interface Lookalike {
  /** 1-based character position in the input. */
  position: number;
  character: string;
  what: string;
  /** The ASCII character it resembles; null for an invisible one. */
  looksLike: string | null;
}

export interface Classification {
  input: string;
  code: string | null;
  modifiers: string[];
  kind: CodeKind;
  /** e.g. 'HCPCS Level II', 'CPT Category I'; null for none. */
  kindName: string | null;
  /** HCPCS level: 1 (CPT), 2 (Level II and CDT), 0 (none). */
  level: 0 | 1 | 2;
  section: Section | null;
  /** Surgery body system. */
  subsection: Section | null;
  shape: Shape;
  /** null when there is none. */
  problem: Exclude<Problem, 'none'> | null;
  /** What is still to type, in plain words, for an incomplete code. */
  missing: string | null;
  missingCount: number;
  /** What is wrong, in plain words, for invalid input. */
  detail: string | null;
  /** The ASCII form to offer for lookalike input. */
  suggestion: string | null;
  lookalikes: Lookalike[];
  /**
   * Words written before or after the code and not read: "Office visit"
   * of "Office visit (99213)", "Dexamethasone" of "J1100 Dexamethasone".
   */
  passedOver: string[];
}

export interface CodedValue {
  code: string;
  meaning: string | null;
}

/** Every field of a CMS HCPCS Level II record. Dates are YYYY-MM-DD. */
export interface HcpcsRecord {
  code: string;
  type: 'procedure' | 'modifier';
  /** '' until the release's long-descriptions pack is loaded (see ManifestEntry). */
  longDescription: string;
  shortDescription: string;
  coverage: CodedValue | null;
  betos: string | null;
  typesOfService: CodedValue[];
  pricingIndicators: CodedValue[];
  multiplePricingIndicator: CodedValue | null;
  addedDate: string | null;
  /** Date of the latest change; not the start of validity. */
  actionEffectiveDate: string | null;
  /** Last date the code may be used. */
  terminationDate: string | null;
  actionCode: CodedValue | null;
  processingNote: string | null;
  crossReferences: string[];
  statute: string | null;
  labCertifications: string[];
  coverageIssuesManualRefs: string[];
  carriersManualRefs: string[];
  ascGroup: string | null;
  ascEffectiveDate: string | null;
  oppsStatus: string | null;
  oppsPaymentIndicator: string | null;
  oppsEffectiveDate: string | null;
  anesthesiaBaseUnits: string | null;
  /** Edition of the release it came from, e.g. '2026-JAN'. */
  release: string;
}

export interface ShortRecord {
  shortDescription: string;
  longDescription: string;
  release: string;
}

export interface LookupResult extends Classification {
  date: string;
  status: LookupStatus;
  record: HcpcsRecord | null;
  /** For a terminated code: the codes CMS points to instead. */
  replacements: { code: string; record: ShortRecord | null }[];
  modifierStatus: {
    modifier: string;
    status: LookupStatus;
    record: ShortRecord | null;
  }[];
  /** A CPT code of billcode's deletion table (data/cpt_deletions.tsv): "terminated" from `deleted` on. */
  cptDeletion: { deleted: string; lastValidDate: string; source: string } | null;
  /**
   * What the Medicare fee schedules of the date say of the code (a CPT code
   * there is known to Medicare); null when none is loaded for the date.
   */
  medicare?: {
    schedule: 'pfs' | 'clfs' | null;
    /** PFS status letter, '' for a lab-only code, or 'not-in-medicare-schedules'. */
    status: string;
    meaning: string;
    edition: string | null;
  } | null;
  /** From the user's licensed CPT file, when one is loaded and holds the code. */
  cptDescriptor?: { descriptor: string; edition: string; source: string } | null;
  /**
   * The HCPCS release and fee schedules whose newest loaded edition ends
   * before the date, in plain words with where to get the newer one.
   */
  stale?: StaleNote[];
}

export interface StaleNote {
  table: 'hcpcs-level2' | 'icd10cm' | 'mue' | 'ncci-addon' | 'pfs-rvu' | 'clfs';
  edition: string;
  endsOn: string;
  message: string;
}

/** classifyBatch()'s default result: what a code list or a UI shows. */
export interface LookupSummary {
  input: string;
  code: string | null;
  modifiers: string[];
  kind: CodeKind;
  status: LookupStatus;
  /** The section's id ('evaluation-management', 'durable-medical-equipment' ...). */
  section: string | null;
  shortDescription: string | null;
  /** Codes CMS names in place of a terminated one. */
  replacements: string[];
}

export interface TypingOptions extends DateOptions {
  /** Most completions to return; default 8. */
  limit?: number;
}

export interface TypingState extends Classification {
  completions: {
    code: string;
    shortDescription: string;
    status: LookupStatus;
  }[];
}

export interface Explanation {
  code: string | null;
  status: LookupStatus;
  sentences: string[];
}

export type OtherCodeKind = 'diagnosis' | 'revenue' | 'ndc' | 'adjustment-reason' | 'remark' | 'place-of-service';

/** A code of a bill that is no procedure code, in plain words (explainOtherCode). */
export interface OtherCode {
  kind: OtherCodeKind;
  /** As billcode writes it: 'E11.9', '0450', '00409-4888-02', 'CO-45', 'N130', '11'. */
  code: string;
  sentences: string[];
}

export type DataKind =
  | 'hcpcs-level2' | 'mue' | 'ncci-addon' | 'icd10cm' | 'place-of-service'
  | 'ncci-ptp' | 'pfs-rvu' | 'gpci' | 'zip-locality' | 'clfs' | 'opps-cap' | 'anesthesia'
  | 'cpt-descriptors';

export interface ReleaseVersion {
  kind: DataKind;
  edition: string;
  releaseDate: string | null;
  sourceName: string;
  /** FNV-1a 64 of the source file, hex. */
  sourceChecksum: string;
  records: number;
  /** The dates of service this edition governs; null: open. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
  /** The copyright notice the source asks to keep (NCCI tables). */
  notice?: string;
  /** HCPCS Level II only. */
  codes?: number;
  modifiers?: number;
  terminated?: number;
  /** MUE only. */
  setting?: 'practitioner' | 'outpatient-hospital' | 'dme';
  /** ICD-10-CM only: the dates of service the release covers. */
  validFrom?: string | null;
  validTo?: string | null;
}

export type Payer = 'medicare' | 'medicaid' | 'commercial';
export type Setting = 'practitioner' | 'outpatient-hospital' | 'dme';
export type ClaimFormat = 'auto' | 'json' | 'fhir' | 'x12' | 'csv' | 'cms1500' | 'ub04';
export type Severity = 'error' | 'warning' | 'info';
export type CheckState = 'ran' | 'no-data' | 'not-checked';

export type Rule =
  | 'code-invalid' | 'code-unknown' | 'code-not-yet-effective' | 'code-terminated'
  | 'code-no-data' | 'code-unlisted' | 'cat2-charge' | 'cat3-coverage'
  | 'medicare-not-payable' | 'medicare-use-level2' | 'ndc-missing' | 'mue-units'
  | 'mue-no-data' | 'addon-without-primary' | 'ptp-bundled' | 'ptp-bypassed'
  | 'modifier-invalid' | 'modifier-terminated' | 'modifier-too-many'
  | 'modifier-duplicate' | 'modifier-conflict' | 'em-without-25' | 'dx-invalid'
  | 'dx-unknown' | 'dx-not-billable' | 'dx-no-data' | 'dx-pointer' | 'dx-missing'
  | 'dx-too-many' | 'units-invalid' | 'charge-invalid' | 'date-invalid'
  | 'date-order' | 'date-future' | 'pos-invalid' | 'pos-missing' | 'payer-invalid'
  | 'line-duplicate' | 'claim-empty' | 'claim-too-many-lines' | 'setting-invalid'
  | 'dx-icd9' | 'code-system-unknown' | 'pfs-not-valid-medicare' | 'pfs-bundled'
  | 'pfs-not-covered' | 'pfs-excluded' | 'pfs-measurement' | 'modifier-pctc'
  | 'modifier-bilateral' | 'modifier-assistant' | 'modifier-cosurgeon' | 'modifier-team'
  | 'global-period-em' | 'drug-waste-modifier' | 'dx-first-listed' | 'modifier-misused'
  | 'filing-late' | 'em-same-day' | 'original-claim-missing' | 'pos-code-mismatch'
  | 'npi-invalid' | 'mbi-invalid';

/** The claim form: CMS-1500 / 837P, UB-04 / 837I, ADA dental / 837D. */
export type ClaimForm = 'professional' | 'institutional' | 'dental';

/** A tooth a dental line treats (837D TOO). */
export interface Tooth {
  number: string;
  surfaces: string[];
}

export interface PriceAmounts {
  /** Dollars; null when the schedule gives no amount in that setting. */
  nonFacility: number | null;
  facility: number | null;
}

export interface PriceIndicator {
  code: number;
  meaning: string | null;
}

/** What Medicare pays for a code, or why there is no amount. */
export interface Price {
  input: string;
  code: string | null;
  /** The modifier priced (26, TC, 53, QW), or null. */
  modifier: string | null;
  /** Bad input: a code that is not complete, a ZIP not in the file. */
  problem: string | null;
  /** 'anesthesia': status J, priced from base and time units (the factors are given). */
  schedule: 'pfs' | 'clfs' | 'anesthesia' | null;
  /** PFS status code (A, B, C, E, I, J, M, N, P, R, T, X). */
  status: string | null;
  statusMeaning: string | null;
  /** Why there is no amount, in plain words; null when there is one. */
  reason: string | null;
  national: PriceAmounts;
  local: {
    amounts: PriceAmounts;
    locality: { mac: string; number: string; name: string; state: string };
    /** True when the local amount mixes editions (2026 RVUs, 2025 GPCIs). */
    approximate: boolean;
    reason: string | null;
  } | null;
  placeOfService: string | null;
  rate: 'facility' | 'non-facility' | null;
  /** For placeOfService: the local amount when there is one, else national. */
  amount: number | null;
  global: { days: string; meaning: string | null } | null;
  indicators: Partial<Record<'pctc' | 'multipleProcedure' | 'bilateral' | 'assistant' |
    'coSurgeon' | 'team', PriceIndicator>>;
  /** Anesthesia (status J): paid as (base units + time units) x these factors, in dollars. */
  anesthesia: {
    nationalConversionFactor: number;
    localConversionFactor: number | null;
    /** The name of the ZIP's or given locality. */
    locality: string | null;
  } | null;
  patientShare: string | null;
  notes: string[];
  edition: string | null;
  /** Copyright notice of the schedule's data (AMA for CPT codes): show it with the amount. */
  notice: string | null;
}

export interface PriceOptions extends DateOptions {
  zip?: string;
  /** "MAC:NN", e.g. "01112:05". */
  locality?: string;
  placeOfService?: string;
}

/** A claim line in billcode JSON (data/claim.schema.json); all but code optional. */
export interface ClaimLineInput {
  code: string;
  modifiers?: string[];
  units?: number | string;
  charge?: number | string;
  dateOfService?: string;
  dateTo?: string;
  placeOfService?: string;
  diagnosisPointers?: (number | string)[];
  ndc?: string;
  description?: string;
  /** Institutional claims: the NUBC revenue code. */
  revenueCode?: string;
  /** Set when code is not CPT/HCPCS: the system it is in (code-system-unknown). */
  codeSystem?: string;
  teeth?: { number: string; surfaces?: string[] }[];
  /** The line's own providers (837 loop 2420). */
  providers?: ProviderNpi[];
}

/** A provider named by NPI; an NPI that does not check is npi-invalid. */
export interface ProviderNpi {
  /** billing, rendering, referring, ordering, supervising, facility, attending, operating or other. */
  role: string;
  npi: string;
}

export interface ClaimInput {
  id?: string;
  /** Default professional. */
  form?: ClaimForm;
  /** Institutional: the type of bill ("131"). */
  facilityType?: string;
  payer?: Payer | string;
  setting?: Setting | string;
  dateOfService?: string;
  placeOfService?: string;
  diagnoses?: string[];
  /** ICD-9-CM diagnoses (dx-icd9). */
  icd9Diagnoses?: string[];
  /** "1" (or absent) an original claim, "7" a replacement, "8" a void. */
  frequency?: string;
  /** With frequency 7 or 8: the payer's number of the claim corrected. */
  originalClaim?: string;
  /** The subscriber's ID with the payer; for Medicare, the MBI (mbi-invalid). */
  memberId?: string;
  providers?: ProviderNpi[];
  lines?: ClaimLineInput[];
}

export interface Finding {
  /** 1-based line; null for the claim as a whole. */
  line: number | null;
  /** e.g. 'modifiers[1]', 'units', 'diagnoses[0]'. */
  field: string;
  rule: Rule;
  severity: Severity;
  message: string;
  fix: string | null;
  /** The release or table, with its edition. */
  source: string | null;
}

export interface ClaimReport {
  usable: true;
  findings: Finding[];
  summary: {
    errors: number;
    warnings: number;
    info: number;
    lines: number;
    /** Findings past the first 100, counted and not listed. */
    findingsNotListed: number;
    payer: Payer;
    setting: Setting;
    notes: string[];
    checks: {
      check: 'hcpcs' | 'cpt' | 'mue' | 'addon' | 'ptp' | 'icd10cm' | 'pos';
      state: CheckState;
      source: string | null;
      detail: string | null;
      notice: string | null;
    }[];
    /** The claim's diagnoses in plain words, from ICD-10-CM. */
    diagnoses: {
      code: string;
      description: string | null;
      status: 'billable' | 'category' | 'unknown' | 'invalid' | 'not-checked';
    }[];
  };
}

export interface ClaimInputErrors {
  usable: false;
  format: ClaimFormat;
  errors: { location: string; message: string }[];
}

/** A claim as read, every value as text ("" when absent). */
export interface ParsedClaimLine {
  code: string;
  modifiers: string[];
  units: string;
  charge: string;
  dateOfService: string;
  dateTo: string;
  placeOfService: string;
  diagnosisPointers: string[];
  ndc: string;
  description: string;
  revenueCode: string;
  codeSystem: string;
  teeth: Tooth[];
  providers: ProviderNpi[];
}

export interface ParsedClaim {
  usable: true;
  format: ClaimFormat;
  claim: {
    id: string;
    form: string;
    facilityType: string;
    payer: string;
    setting: string;
    dateOfService: string;
    placeOfService: string;
    diagnoses: string[];
    icd9Diagnoses: string[];
    frequency: string;
    originalClaim: string;
    memberId: string;
    providers: ProviderNpi[];
    lines: ParsedClaimLine[];
  };
  /**
   * What the reader assumed or passed over, and what the file says outside
   * its claim (an 837's envelope that a clearinghouse would reject): show
   * them with the claim. Not part of the claim's JSON form.
   */
  notes: string[];
}

/** One claim of a file, checked on its own; its checks' notices are in BatchSummary.notices. */
export interface BatchClaim {
  /** CLM01, the FHIR identifier (else id), claimId; null when none. */
  id: string | null;
  source: {
    format: ClaimFormat;
    /** 'interchange 1, transaction 2, segment 40 (CLM)', '$.entry[3].resource', 'line 2', 'rows 2-5'. */
    location: string;
  };
  usable: boolean;
  payer: Payer | null;
  setting: Setting | null;
  /** Why the claim could not be read (then report is null); at most 101. */
  errors: { location: string; message: string }[];
  report: ClaimReport | null;
}

export interface BatchSummary {
  format: ClaimFormat;
  claims: number;
  unreadable: number;
  /** Unreadable claims and claims with error findings. */
  withErrors: number;
  /** True when the read was stopped before the end. */
  stopped: boolean;
  bySeverity: Record<Severity, number>;
  byRule: Partial<Record<Rule, number>>;
  checks: { check: string; ran: number; 'no-data': number; 'not-checked': number }[];
  /** Copyright notices of the data the checks used (AMA for NCCI tables), once each. */
  notices: string[];
  /** Problems outside every claim; when claims is 0 they say why nothing was read. */
  fileErrors: { location: string; message: string }[];
}

export interface BatchReport {
  claims: BatchClaim[];
  summary: BatchSummary;
}

export interface CheckClaimsOptions {
  /** Read as this format; default 'auto'. */
  format?: ClaimFormat;
  payer?: Payer;
  setting?: Setting;
  today?: DateInput;
  /** CSV: billcode column -> the header holding it, e.g. {code: 'CPT_CODE', units: 'QTY'}. */
  columns?: Record<string, string>;
  /** Called with the number of claims read, every 100 claims. */
  onProgress?: (claims: number) => void;
}

export interface CheckClaimOptions {
  /** Read text as this format; default 'auto' (ignored for objects). */
  format?: ClaimFormat;
  /** Override the claim's payer class. */
  payer?: Payer;
  /** Override the claim's setting (picks the MUE table). */
  setting?: Setting;
  /** For date-future; default today. */
  today?: DateInput;
}

export type BillItemKind = 'procedure' | 'diagnosis' | 'revenue' | 'ndc';

export type BillFlag =
  | 'same-service-twice' | 'units-above-limit' | 'code-terminated'
  | 'code-not-yet-valid' | 'code-unknown' | 'medicare-does-not-pay' | 'bundled'
  | 'addon-without-primary' | 'never-billed-together' | 'charge-above-medicare'
  | 'diagnosis-category' | 'diagnosis-unknown' | 'plan-paid-nothing' | 'two-visits-one-day';

/** Where the date an item was checked on came from. */
export type DateSource = 'bill' | 'user' | 'today';

/** One billed line as found on the bill; null where the bill does not show it. */
export interface BillItem {
  /** 1-based line of the text; null for a FHIR or X12 file. */
  line: number | null;
  /** The line as written, or where in the file it was read. */
  text: string;
  kind: BillItemKind;
  /** '99213', 'J1100'; 'E11.9'; '0450'; '00409-4888-02'. */
  code: string;
  modifiers: string[];
  units: string | null;
  /** Dollars with two decimals, e.g. '1245.00'. */
  charge: string | null;
  dateOfService: string | null;
  revenueCode: string | null;
  ndc: string | null;
  description: string | null;
  /** "from 'J11OO'" when OCR damage was read as a code the data knows. */
  repaired: string | null;
  /** What a remittance (X12 835) says the plan allowed and paid, in dollars. */
  allowed: string | null;
  paid: string | null;
  /** Of `paid`, what the plan sent to the patient rather than the provider ('Paid to You'). */
  paidToPatient: string | null;
  /** What a statement says is billed to the insurer and not decided yet ('Ins Pending'). */
  pending: string | null;
  /** The plan's adjustments of the line; the patient's share is the 'PR' ones. */
  adjustments: BillAdjustment[];
  /** Remittance Advice Remark Codes ('N130'). */
  remarks: string[];
  /** A Medicare Summary Notice's or EOB's notes for the line, by letter ('See Notes: A'). */
  payerNotes: BillNote[];
}

/** A note a notice gives a line by its letter, with the note's text. */
export interface BillNote {
  ref: string;
  text: string;
}

/** One adjustment of a remittance line (an X12 835 CAS segment). */
export interface BillAdjustment {
  /** Who bears it: 'CO' contractual, 'PR' the patient, 'OA' other, 'PI' payer, 'CR' correction; '' when an EOB gives the reason alone. */
  group: string;
  groupMeaning: string | null;
  /** The Claim Adjustment Reason Code ('45'); reasonMeaning is null for one billcode has no words for. */
  reason: string;
  reasonMeaning: string | null;
  /** Dollars with two decimals; negative when money is added back; null for a reason an EOB gives without its amount. */
  amount: string | null;
}

export interface BillItemFlag {
  id: BillFlag;
  /** What it means, in one plain sentence. */
  sentence: string;
  /** What to ask the billing office. */
  question: string;
  detail: string | null;
  source: string | null;
}

export interface ExplainedBillItem extends BillItem {
  /** The date the code was checked on, and where it came from. */
  date: string;
  dateSource: DateSource;
  explanation: string[];
  /** Procedure codes only. */
  lookup: LookupResult | null;
  /** When a fee schedule covers the date. */
  price: Price | null;
  flags: BillItemFlag[];
}

export interface BillExplanation {
  items: ExplainedBillItem[];
  summary: {
    items: number;
    byKind: Record<BillItemKind, number>;
    flags: number;
    byFlag: Partial<Record<BillFlag, number>>;
    totalCharges: number;
    /** Sums over the lines of a remittance; null when no line shows a payment. */
    totalPaid: number | null;
    totalPatientShare: number | null;
    /**
     * What the bill says the patient owes now ("Amount due", "Balance due",
     * "Please pay", "Total you owe"): its last such line. Null when it says
     * none, and for FHIR and X12 files.
     */
    amountDue: { amount: number; line: number } | null;
    /**
     * What insurers paid, as the bill states it apart from its coded lines
     * ("Insurance payments: -$320.37"): its last total of them, else the
     * sum of the lines stating one. Null when it states none, and for FHIR
     * and X12 files.
     */
    insurancePaid: { amount: number; lines: number[] } | null;
  };
  /** Every flag's question, once each. */
  questions: string[];
  notes: string[];
  /** What could not be read (a FHIR or X12 file's errors). */
  problems: string[];
  /** Lines that charge an amount but show no code billcode can read (a note names them). */
  uncodedLines: number[];
  payer: Payer | null;
  checks: { check: string; state: CheckState; source: string | null; detail: string | null; notice: null }[];
  /** Copyright notices of the data shown: show them with the results. */
  notices: string[];
}

export interface ExplainBillOptions {
  /** Used when the bill shows no date of service; default: today. */
  date?: DateInput;
  /** Five digits: local Medicare prices. */
  zip?: string;
  /**
   * Default: the kind of insurer a FHIR or X12 file names (Medicare for a Medicare Summary
   * Notice), else Medicare's rules; notes say which.
   */
  payer?: Payer;
  /** For date checks; default today. */
  today?: DateInput;
}

/** The `billcode pack` option of each kind of official file. */
export type TableKind =
  | 'hcpcs' | 'mue' | 'aoc' | 'icd10cm' | 'pos' | 'pfs' | 'gpci' | 'zip5' | 'clfs'
  | 'oppscap' | 'anes' | 'cpt';

export interface ImportLineGroup {
  reason: string;
  count: number;
  firstLines: number[];
}

/** One file or ZIP member of importFiles(). */
export type ImportResult =
  | {
    file: string;
    kind: TableKind;
    edition: string;
    effectiveFrom: string | null;
    effectiveTo: string | null;
    records: number;
    skipped: number;
    lines: number;
    skippedLines: ImportLineGroup[];
    warnings: ImportLineGroup[];
    /** HCPCS only. */
    codes?: number;
    modifiers?: number;
    terminated?: number;
    /** The data pack: keep it, and give it to loadPack() or load({packs}) later. */
    pack: Uint8Array;
  }
  | { file: string; passedOver: string }
  | { file: string; error: string };

export interface ImportOptions {
  /** For a file whose name does not say its kind. */
  kind?: TableKind;
  edition?: string;
  /** The dates of service it governs, YYYY-MM-DD; default from the file name. */
  from?: string;
  to?: string;
  /** MUE files whose name does not say it. */
  setting?: Setting;
  /** kind 'cpt': the code and descriptor columns (header name or 1-based number). */
  cptColumns?: { code?: string | number; descriptor?: string | number };
  onProgress?: (done: number, total: number) => void;
}

export interface Billcode {
  price(code: string, options?: PriceOptions): Price;
  /**
   * A ZIP archive's files (a.zip:b.txt), or the file itself. options.only
   * picks members by their path in the archive; options.maxBytes refuses
   * a member larger unpacked.
   */
  unzip(file: { name: string; bytes: Uint8Array },
    options?: { only?: (path: string) => boolean; maxBytes?: number }): Promise<
    ({ file: string; name: string; path?: string; bytes: Uint8Array } | { file: string; error: string })[]>;
  /** Official files as published (ZIPs too), imported and loaded. */
  importFiles(files: { name: string; bytes: Uint8Array }[], options?: ImportOptions): Promise<ImportResult[]>;
  /**
   * Every code on a bill, statement or EOB (text, CSV, FHIR JSON; bytes in
   * UTF-8, UTF-16 or Windows-1252), explained with prices and flags.
   */
  explainBill(input: string | Uint8Array, options?: ExplainBillOptions): BillExplanation;
  /** Wire names of every enum, from the C++ tables. */
  readonly names: {
    codeKind: CodeKind[];
    shape: Shape[];
    problem: Problem[];
    lookupStatus: LookupStatus[];
    rule: Rule[];
    severity: Severity[];
    checkState: CheckState[];
    payer: Payer[];
    setting: Setting[];
    claimFormat: ClaimFormat[];
    claimForm: ClaimForm[];
    billItemKind: BillItemKind[];
    billFlag: BillFlag[];
    dateSource: DateSource[];
    tableKind: TableKind[];
    otherCodeKind: OtherCodeKind[];
  };
  classify(text: string, options?: DateOptions & { detail?: 'full' }): LookupResult;
  /** classifyBatch()'s lean result for one text. */
  classify(text: string, options: DateOptions & { detail: 'summary' }): LookupSummary;
  lookup(code: string, options?: DateOptions): LookupResult;
  /** Lean results by default (about 100 bytes each, no JSON in between). */
  classifyBatch(texts: string[], options?: DateOptions & { detail?: 'summary' }): LookupSummary[];
  classifyBatch(texts: string[], options: DateOptions & { detail: 'full' }): LookupResult[];
  typing(text: string, options?: TypingOptions): TypingState;
  explain(code: string, options?: DateOptions): Explanation;
  explainOtherCode(text: string, options?: DateOptions): OtherCode | null;
  versions(): ReleaseVersion[];
  checkClaim(claim: ClaimInput | string, options?: CheckClaimOptions): ClaimReport | ClaimInputErrors;
  parseClaim(text: string, options?: { format?: ClaimFormat }): ParsedClaim | ClaimInputErrors;
  /**
   * Every claim of a file (837 interchanges, FHIR Bundle / EOB / NDJSON, a
   * JSON array, CSV with claimId), each checked on its own. Bytes may be
   * UTF-8 (with or without BOM), UTF-16 or Windows-1252.
   */
  checkClaims(input: string | Uint8Array, options?: CheckClaimsOptions): BatchReport;
  loadPtp(bytes: Uint8Array, name?: string): { edition: string; records: number; skipped: number };
  loadPack(bytes: Uint8Array): { edition: string };
}

export interface LoadProgress {
  step: string;
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Where the wasm core (CORE_WASM) and the packs are; default: this file's folder. A path in Node. */
  baseUrl?: string | URL;
  /** Pack paths relative to baseUrl, or pack bytes; default: every pack of the manifest. */
  packs?: (string | Uint8Array)[];
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Gives a file itself instead of having it fetched or read: `path` is a pack's path, MANIFEST
   * or CORE_WASM. Its bytes (for CORE_WASM also a compiled WebAssembly.Module), or undefined or
   * null to fetch it.
   */
  readFile?: (path: string) => FileGiven | Promise<FileGiven>;
  /**
   * The largest claim (characters) or PTP file (bytes) checkClaim, parseClaim
   * and loadPtp read; larger input throws a RangeError. Default
   * DEFAULT_MAX_INPUT_BYTES (64 MB). The module's memory is bounded at 1 GB:
   * input that needs more throws an Error with reloadNeeded: true.
   */
  maxInputBytes?: number;
}

export type FileGiven = Uint8Array | ArrayBuffer | WebAssembly.Module | undefined | null;

export const DEFAULT_MAX_INPUT_BYTES: number;

/** One pack of the build's manifest (data/manifest.tsv); dates are YYYY-MM-DD. */
export interface ManifestEntry {
  pack: string;
  /** 'hcpcs-long-descriptions': the long descriptions of the HCPCS release of the same edition. */
  kind: 'hcpcs' | 'hcpcs-long-descriptions' | 'mue' | 'aoc' | 'icd10cm' | 'pos' | 'pfs' | 'gpci'
    | 'zip5' | 'clfs' | 'oppscap' | 'anes';
  edition: string;
  /** First date of service the edition governs; absent: open. */
  from?: string;
  /** Last date of service the edition governs; absent: open. */
  to?: string;
  setting?: 'practitioner' | 'outpatient-hospital' | 'dme';
}
/** Path of the manifest relative to baseUrl. */
export const MANIFEST: string;
/** Path of the wasm core relative to baseUrl (content-hashed on a built site). */
export const CORE_WASM: string;
/** Reads the manifest at baseUrl (default: this file's folder). */
export function packManifest(options?: Pick<LoadOptions, 'baseUrl' | 'readFile'>): Promise<ManifestEntry[]>;
/** The bytes of a file of the site (a pack's path, CORE_WASM …): options.readFile first, as load() does. */
export function siteFile(path: string, options?: Pick<LoadOptions, 'baseUrl' | 'readFile'>): Promise<Uint8Array>;
export function load(options?: LoadOptions): Promise<Billcode>;
/** Today's date in the local time zone, as YYYY-MM-DD. */
export function today(): string;
