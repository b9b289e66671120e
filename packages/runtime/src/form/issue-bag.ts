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

  add(path: string, item: Issue): void {
    const list = Object.hasOwn(this.byPath, path) ? this.byPath[path] : undefined;
    if (list) {
      if (list.some((i) => i.code === item.code)) return;
      list.push(item);
    } else {
      // defineProperty: a path such as `__proto__` must become a key, not a prototype.
      Object.defineProperty(this.byPath, path, { value: [item], enumerable: true, writable: true, configurable: true });
    }
    this.#count += 1;
  }
}

const issueCache = new Map<string, Issue>();
const ISSUE_CACHE_LIMIT = 5000;

/**
 * Returns the issue for a field, memoised: the same mistake on the same field of the same form
 * yields an identical (frozen) issue, so formatting both languages is paid once.
 */
function fieldIssue(code: ErrorCode, path: string, label: Message, params?: Record<string, unknown>): Issue {
  const key = `${code}\u0000${path}\u0000${label.zh}\u0000${label.en}\u0000${params ? JSON.stringify(params) : ''}`;
  const hit = issueCache.get(key);
  if (hit) return hit;
  const made = Object.freeze(issue(code, { ...params, labelZh: label.zh, labelEn: label.en }, path === ROOT_PATH ? {} : { path }));
  if (issueCache.size >= ISSUE_CACHE_LIMIT) issueCache.clear();
  issueCache.set(key, made);
  return made;
}

/** Returns the label of a sub-table cell: 「费用明细第 2 行·金额」 / "Fees row 2: Amount". Pure. */
export function cellLabel(table: Message, row: number, column: Message): Message {
  return { zh: `${table.zh}第 ${row + 1} 行·${column.zh}`, en: `${table.en} row ${row + 1}: ${column.en}` };
}
