import nzh from 'nzh/cn';
import { SiteflowError, cancellationTypeLabels, evaluateCondition, issue, type Issue } from '@siteflow/runtime';
import { formatChineseDate } from './chinese-date.js';
import { documentFields, sourceField, type DocumentFieldKey } from './fields.js';
import { formatYuan, toCents, yuanCapitals } from './money.js';
import type { TemplateTags } from './template-inspect.js';
import type { MaskPolicy, PackageDocument, TemplateSet } from './types.js';

const PLACEHOLDER = /\{(\w+)\}/g;
const MAX_TEXT = 500;

/** One chosen document with its printed clauses and the placeholders it needs. */
export interface PreparedDocument {
  readonly doc: PackageDocument;
  readonly fileName: string;
  readonly clauses: readonly { no: string; title: string; text: string }[];
}

/** The data of one package render: display strings by placeholder and the chosen documents. */
export interface PreparedPackage {
  readonly values: Readonly<Record<string, string>>;
  readonly documents: readonly PreparedDocument[];
}

type Normalised = { raw: unknown; display: string };

function invalid(field: DocumentFieldKey, zh: string, en: string): Issue {
  const label = documentFields[field].label;
  return issue('DOC_FIELD_INVALID', { field, label: label.zh, labelEn: label.en, detail: zh, detailEn: en }, { path: field });
}

/** Returns the checked value of one field, or an issue. Pure. */
function normalise(field: DocumentFieldKey, value: unknown, utcOffsetMinutes: number): Normalised | Issue {
  const type = documentFields[field].type;
  switch (type) {
    case 'text': {
      const text = typeof value === 'number' ? String(value) : value;
      if (typeof text !== 'string' || text.trim() === '') return invalid(field, '应为非空文本', 'must be non-empty text');
      if (text.length > MAX_TEXT) return invalid(field, `长度不能超过 ${MAX_TEXT} 个字符`, `must be at most ${MAX_TEXT} characters`);
      return { raw: text.trim(), display: text.trim() };
    }
    case 'money': {
      const cents = toCents(value);
      if (cents === null) return invalid(field, '应为不小于 0、最多两位小数的金额（元）', 'must be an amount in yuan, at least 0, with at most 2 decimals');
      return { raw: cents / 100, display: formatYuan(cents) };
    }
    case 'date': {
      const text = formatChineseDate(value, utcOffsetMinutes);
      if (text === null) return invalid(field, '应为日期（YYYY-MM-DD）或时间戳', 'must be a date (YYYY-MM-DD) or an epoch time');
      return { raw: value, display: text };
    }
    case 'integer': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 365) return invalid(field, '应为 1 到 365 之间的整数', 'must be a whole number from 1 to 365');
      return { raw: n, display: String(n) };
    }
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return invalid(field, '应为大于 0 的数字', 'must be a number greater than 0');
      return { raw: n, display: String(n) };
    }
    default: {
      const never: never = type;
      throw new Error(`unknown field type ${String(never)}`);
    }
  }
}

/** Returns the `{name}` placeholders of a text. Pure. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/**
 * Returns the display values and chosen documents of a package, or throws SiteflowError:
 * DOC_REASON_UNKNOWN, DOC_FIELD_INVALID (bad values, with one issue per field) or
 * DOC_FIELD_MISSING (fields the chosen templates and clauses need, named in both languages).
 * Personal data is masked per `mask`. `tagsOf` gives each template's placeholders. Pure.
 */
export function preparePackage(
  input: { reason: string; data: Readonly<Record<string, unknown>>; templates: TemplateSet; mask: MaskPolicy; utcOffsetMinutes?: number },
  tagsOf: (template: string) => TemplateTags,
): PreparedPackage {
  const { reason, data, templates, mask } = input;
  const offset = input.utcOffsetMinutes ?? 480;
  const policy = templates.manifest.reasons[reason];
  if (!policy) throw new SiteflowError('DOC_REASON_UNKNOWN', { reason, allowed: Object.keys(templates.manifest.reasons).join(', ') });

  // 1. Check every given field.
  const issues: Issue[] = [];
  const norm = new Map<DocumentFieldKey, Normalised>();
  for (const field of Object.keys(documentFields) as DocumentFieldKey[]) {
    const value = data[field];
    if (value === undefined || value === null || value === '') continue;
    const result = normalise(field, value, offset);
    if ('code' in result) issues.push(result);
    else norm.set(field, result);
  }
  // 2. Money rules of the reason: no penalty for no-fault cases, refund = deposit - penalty.
  const money = (f: 'depositAmount' | 'penaltyAmount' | 'refundAmount') => norm.get(f)?.raw as number | undefined;
  const setMoney = (f: 'penaltyAmount' | 'refundAmount', yuan: number) => {
    const cents = Math.round(yuan * 100);
    norm.set(f, { raw: cents / 100, display: formatYuan(cents) });
  };
  if (policy.penalty === 'none' && (money('penaltyAmount') ?? 0) > 0) {
    issues.push(invalid('penaltyAmount', '该退订类型属无过错解约，不得收取违约金', 'this cancellation type is a no-fault termination; no liquidated damages may be charged'));
  }
  if (policy.penalty !== 'required' && money('penaltyAmount') === undefined) setMoney('penaltyAmount', 0);
  const deposit = money('depositAmount');
  const penalty = money('penaltyAmount');
  if (deposit !== undefined && penalty !== undefined && penalty > deposit) {
    issues.push(invalid('penaltyAmount', '违约金不能超过已付定金', 'must not exceed the deposit paid'));
  }
  if (money('refundAmount') === undefined && deposit !== undefined && penalty !== undefined && penalty <= deposit) {
    setMoney('refundAmount', deposit - penalty);
  }
  if (deposit !== undefined && (money('refundAmount') ?? 0) > deposit) {
    issues.push(invalid('refundAmount', '应退金额不能超过已付定金', 'must not exceed the deposit paid'));
  }
  if (issues.length > 0) {
    throw new SiteflowError('DOC_DATA_INVALID', { count: issues.length, detail: issues.map((i) => i.message.zh).join('；'), detailEn: issues.map((i) => i.message.en).join('; ') }, issues);
  }

  // 3. Display values, masked per the viewer's rights.
  const values: Record<string, string> = {};
  for (const [field, { display }] of norm) {
    const kind = (documentFields[field] as { sensitivity?: Parameters<MaskPolicy['canSee']>[0] }).sensitivity;
    values[field] = kind && !mask.canSee(kind) ? mask.mask(display, kind) : display;
    if (documentFields[field].type === 'money') values[`${field}Capitals`] = yuanCapitals(Math.round((norm.get(field)?.raw as number) * 100));
  }
  const label = (cancellationTypeLabels as Record<string, { zh: string } | undefined>)[reason];
  values.reasonLabel = label?.zh ?? reason;

  // 4. Choose documents and clauses by condition over the raw values.
  const scope: Record<string, unknown> = { reason };
  for (const [field, { raw }] of norm) scope[field] = raw;
  const chosen = templates.manifest.documents.filter((d) => d.when === undefined || evaluateCondition(d.when, scope));
  const documents: PreparedDocument[] = [];
  const missing: { doc: PackageDocument; name: string }[] = [];
  for (const doc of chosen) {
    const clauses = (templates.clauses[doc.key] ?? []).filter((c) => c.when === undefined || evaluateCondition(c.when, scope));
    const tags = tagsOf(doc.template);
    const needed = new Set([...tags.fields, ...placeholdersOf(doc.fileName), ...clauses.flatMap((c) => [...placeholdersOf(c.title), ...placeholdersOf(c.text)])]);
    for (const name of needed) if (values[name] === undefined) missing.push({ doc, name });
    documents.push({
      doc,
      fileName: fill(doc.fileName, values),
      clauses: clauses.map((c, i) => ({ no: nzh.encodeS(i + 1), title: fill(c.title, values), text: fill(c.text, values) })),
    });
  }
  if (missing.length > 0) throw missingFields(missing);
  return { values, documents };
}

function labelOf(name: string): { field: string; zh: string; en: string } {
  const field = sourceField(name);
  if (field === null || field === 'reason') return { field: field ?? name, zh: name, en: name };
  return { field, ...documentFields[field].label };
}

/** Returns the DOC_FIELD_MISSING error naming every missing field and the documents needing it. Pure. */
function missingFields(missing: readonly { doc: PackageDocument; name: string }[]): SiteflowError {
  const issues = missing.map(({ doc, name }) => {
    const l = labelOf(name);
    return issue('DOC_FIELD_MISSING', { document: doc.name.zh, documentEn: doc.name.en, field: l.field, label: l.zh, labelEn: l.en }, { path: l.field });
  });
  const fields = [...new Map(missing.map(({ name }) => [labelOf(name).field, labelOf(name)])).values()];
  const docs = [...new Set(missing.map(({ doc }) => doc))];
  return new SiteflowError('DOC_FIELD_MISSING', {
    document: docs.map((d) => d.name.zh).join('》《'),
    documentEn: docs.map((d) => d.name.en).join('", "'),
    field: fields.map((f) => f.field).join(', '),
    label: fields.map((f) => f.zh).join('、'),
    labelEn: fields.map((f) => f.en).join(', '),
  }, issues);
}
