import { issue, type Issue } from '../errors/siteflow-error.js';
import type { ErrorCode } from '../i18n/catalogue.js';
import type { Message } from '../i18n/types.js';

/** Path under which issues about the whole submission are filed. */
export const ROOT_PATH = '$';

/** Collects issues by field path, one per code and path. Internal. */
export class IssueBag {
  readonly #byPath = new Map<string, Issue[]>();
  #count = 0;

  get count(): number {
    return this.#count;
  }

  /** The issues as a plain record (`Object.fromEntries` makes `__proto__` a key, not a prototype). */
  get byPath(): Record<string, Issue[]> {
    return Object.fromEntries(this.#byPath);
  }

  has(path: string): boolean {
    return this.#byPath.has(path);
  }

  /** Adds an issue naming a field by its label in both languages. */
  field(code: ErrorCode, path: string, label: Message, params?: Record<string, unknown>): void {
    this.add(path, fieldIssue(code, path, label, params));
  }

  /** Adds the issue "the form has no field `path`". */
  unknown(path: string): void {
    this.add(path, cached(`U\u0000${path}`, () => issue('FORM_UNKNOWN_FIELD', { field: path }, { path })));
  }

  add(path: string, item: Issue): void {
    const list = this.#byPath.get(path);
    if (list) {
      for (const existing of list) if (existing.code === item.code) return;
      list.push(item);
    } else {
      this.#byPath.set(path, [item]);
    }
    this.#count += 1;
  }
}

const issueCache = new Map<string, Issue>();
const ISSUE_CACHE_LIMIT = 5000;

/** Returns the issue stored under `key`, making (and freezing) it once. */
function cached(key: string, make: () => Issue): Issue {
  const hit = issueCache.get(key);
  if (hit) return hit;
  const made = Object.freeze(make());
  if (issueCache.size >= ISSUE_CACHE_LIMIT) issueCache.clear();
  issueCache.set(key, made);
  return made;
}

/**
 * Returns the issue for a field, memoised: the same mistake on the same field of the same form
 * yields an identical (frozen) issue, so formatting both languages is paid once.
 */
function fieldIssue(code: ErrorCode, path: string, label: Message, params?: Record<string, unknown>): Issue {
  let key = `${code}\u0000${path}\u0000${label.zh}\u0000${label.en}`;
  if (params) for (const name in params) key += `\u0000${name}=${String(params[name])}`;
  return cached(key, () => issue(code, { ...params, labelZh: label.zh, labelEn: label.en }, path === ROOT_PATH ? {} : { path }));
}

/** Returns the label of a sub-table cell: 「费用明细第 2 行·金额」 / "Fees row 2: Amount". Pure. */
export function cellLabel(table: Message, row: number, column: Message): Message {
  return { zh: `${table.zh}第 ${row + 1} 行·${column.zh}`, en: `${table.en} row ${row + 1}: ${column.en}` };
}
