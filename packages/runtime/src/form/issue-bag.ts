import { issue, type Issue } from '../errors/siteflow-error.js';
import type { ErrorCode } from '../i18n/catalogue.js';
import type { Message } from '../i18n/types.js';

/** Path under which issues about the whole submission are filed. */
export const ROOT_PATH = '$';

/** Collects issues by field path, one per code and path. Internal. */
export class IssueBag {
  readonly byPath: Record<string, Issue[]> = {};
  #count = 0;

  get count(): number {
    return this.#count;
  }

  has(path: string): boolean {
    return Object.hasOwn(this.byPath, path);
  }

  /** Adds an issue naming a field by its label in both languages. */
  field(code: ErrorCode, path: string, label: Message, params?: Record<string, unknown>): void {
    this.add(path, fieldIssue(code, path, label, params));
  }

  /** Adds the issue "the form has no field `path`". */
  unknown(path: string): void {
    let hit = unknownCache.get(path);
    if (!hit) {
      hit = Object.freeze(issue('FORM_UNKNOWN_FIELD', { field: path }, { path }));
      if (unknownCache.size >= CACHE_LIMIT) unknownCache.clear();
      unknownCache.set(path, hit);
    }
    this.add(path, hit);
  }

  add(path: string, item: Issue): void {
    const list = Object.hasOwn(this.byPath, path) ? this.byPath[path] : undefined;
    if (list) {
      for (const existing of list) if (existing.code === item.code) return;
      list.push(item);
    } else if (path === '__proto__') {
      // A submitted key `__proto__` must become a key here, not a prototype.
      Object.defineProperty(this.byPath, path, { value: [item], enumerable: true, writable: true, configurable: true });
    } else {
      this.byPath[path] = [item];
    }
    this.#count += 1;
  }
}

const CACHE_LIMIT = 5000;
const unknownCache = new Map<string, Issue>();
/** Issues by label object (labels live in the compiled definition), then code, path and params. */
const byLabel = new WeakMap<Message, Map<string, Map<string, Issue | Map<string, Issue>>>>();

/**
 * Returns the issue for a field, memoised: the same mistake on the same field of the same form
 * yields an identical (frozen) issue, so formatting both languages is paid once. Nested maps
 * keyed by strings that already exist (code, path, the parameter's text), so a hit builds no
 * new string in the common cases.
 */
function fieldIssue(code: ErrorCode, path: string, label: Message, params?: Record<string, unknown>): Issue {
  let perLabel = byLabel.get(label);
  if (!perLabel) {
    perLabel = new Map();
    byLabel.set(label, perLabel);
  }
  let perCode = perLabel.get(code);
  if (!perCode) {
    perCode = new Map();
    perLabel.set(code, perCode);
  }
  const entry = perCode.get(path);
  if (!params) {
    if (entry !== undefined && !(entry instanceof Map)) return entry;
    const made = makeFieldIssue(code, path, label, params);
    if (perCode.size >= CACHE_LIMIT) perCode.clear();
    perCode.set(path, made);
    return made;
  }
  let perParams = entry instanceof Map ? entry : undefined;
  if (!perParams) {
    perParams = new Map();
    if (perCode.size >= CACHE_LIMIT) perCode.clear();
    perCode.set(path, perParams);
  }
  // The parameter names are fixed per code, so their values alone tell issues apart.
  const values = Object.values(params);
  const key = values.length === 1 ? String(values[0]) : values.map(String).join('\u0000');
  let hit = perParams.get(key);
  if (!hit) {
    hit = makeFieldIssue(code, path, label, params);
    if (perParams.size >= CACHE_LIMIT) perParams.clear();
    perParams.set(key, hit);
  }
  return hit;
}

// A plain function, not a closure per call: cheaper on the invalid-submission path.
function makeFieldIssue(code: ErrorCode, path: string, label: Message, params?: Record<string, unknown>): Issue {
  return Object.freeze(issue(code, { ...params, labelZh: label.zh, labelEn: label.en }, path === ROOT_PATH ? {} : { path }));
}

const cellLabels = new WeakMap<Message, Message[]>();

/** Returns the label of a sub-table cell: 「费用明细第 2 行·金额」 / "Fees row 2: Amount" (memoised per column). Pure. */
export function cellLabel(table: Message, row: number, column: Message): Message {
  let rows = cellLabels.get(column);
  if (!rows) {
    rows = [];
    cellLabels.set(column, rows);
  }
  let label = rows[row];
  if (!label || !label.zh.startsWith(table.zh)) {
    label = { zh: `${table.zh}第 ${row + 1} 行·${column.zh}`, en: `${table.en} row ${row + 1}: ${column.en}` };
    if (row < 1000) rows[row] = label;
  }
  return label;
}
