import ExcelJS from 'exceljs';
import { fieldList, projectRoles, type FieldInfo, type FormDefinition } from '@siteflow/runtime';

/** Languages of an export. */
export type ExportLang = 'zh' | 'en';

/** A record as exported: already masked for the caller by the records service. */
export interface ExportRecord {
  readonly data: Readonly<Record<string, unknown>>;
  readonly createdAt: number;
  readonly status: string;
}

const money = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const words = {
  zh: { yes: '是', no: '否', createdAt: '创建时间', status: '状态', sheet: '追踪表' },
  en: { yes: 'Yes', no: 'No', createdAt: 'Created', status: 'Status', sheet: 'Tracking' },
} as const;
/** Record statuses (services/record-status.ts) as the tracking table shows them. */
const statusWords: Record<ExportLang, Record<string, string>> = {
  zh: { open: '进行中', closed: '已完结', rejected: '已驳回', cancelled: '已取消', withdrawn: '已撤回', failed: '已失败' },
  en: { open: 'Open', closed: 'Closed', rejected: 'Rejected', cancelled: 'Cancelled', withdrawn: 'Withdrawn', failed: 'Failed' },
};

/** A project member as an export names them: display name and role keys. */
export interface ExportPerson {
  readonly displayName: string;
  readonly roles: readonly string[];
}

/** Returns how a person reads in an export: 李强（置业顾问） / Li Qiang (Sales consultant); the id when unknown. Pure. */
export function personText(userId: string, people: ReadonlyMap<string, ExportPerson>, lang: ExportLang): string {
  const p = people.get(userId);
  if (!p?.displayName) return userId;
  // A display name that already names the role (李强（置业顾问）) is not repeated.
  const roles = p.roles.map((r) => label(projectRoles[r as keyof typeof projectRoles], lang) || r).filter((r) => !p.displayName.includes(r)).join(lang === 'zh' ? '、' : ', ');
  return !roles ? p.displayName : lang === 'zh' ? `${p.displayName}（${roles}）` : `${p.displayName} (${roles})`;
}

/** Returns the status of a record in `lang` (进行中, 已完结…). Pure. */
export function statusText(status: string, lang: ExportLang): string {
  return statusWords[lang][status] ?? status;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Returns a China-time date-time text of an EpochMs (`2025年12月20日 16:17` / `2025-12-20 16:17`). Pure. */
export function chinaDateTime(at: number, lang: ExportLang): string {
  const d = new Date(at + 8 * 3600_000);
  const [y, m, day, h, min] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
  return lang === 'zh' ? `${y}年${m}月${day}日 ${pad(h)}:${pad(min)}` : `${y}-${pad(m)}-${pad(day)} ${pad(h)}:${pad(min)}`;
}

function label(value: { zh: string; en: string } | undefined, lang: ExportLang): string {
  return value ? (value[lang] || value.zh) : '';
}

/** Returns the cell text of one field value, as the web app shows it (¥ money, zh-CN dates, option labels). Pure. */
export function cellText(field: FieldInfo, value: unknown, lang: ExportLang, people: ReadonlyMap<string, ExportPerson> = new Map()): string | number {
  if (value === undefined || value === null || value === '') return '';
  const option = (v: unknown) => label(field.options?.find((o) => o.value === v)?.label, lang) || String(v);
  switch (field.fieldType) {
    case 'money': return typeof value === 'number' ? money.format(value) : String(value);
    case 'number': case 'percent': case 'duration': return typeof value === 'number' ? value : String(value);
    case 'select': return option(value);
    case 'multiselect': return Array.isArray(value) ? value.map(option).join(lang === 'zh' ? '、' : ', ') : String(value);
    case 'boolean': return value === true ? words[lang].yes : value === false ? words[lang].no : '';
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
      return m && lang === 'zh' ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : String(value);
    }
    case 'datetime': {
      const at = typeof value === 'number' ? value : Date.parse(String(value));
      return Number.isFinite(at) ? chinaDateTime(at, lang) : String(value);
    }
    case 'attachments': return Array.isArray(value) ? value.map((f) => String((f as { name?: unknown }).name ?? '')).join(', ') : '';
    case 'person': return (Array.isArray(value) ? value : [value]).map((v) => personText(String(v), people, lang)).join(lang === 'zh' ? '、' : ', ');
    case 'role': return (Array.isArray(value) ? value : [value]).map((v) => label(projectRoles[String(v) as keyof typeof projectRoles], lang) || String(v)).join(lang === 'zh' ? '、' : ', ');
    case 'subtable': return Array.isArray(value) ? String(value.length) : '';
    default: return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** Returns the exportable top-level fields of a form, in order, limited to `columns` when given. Pure. */
export function exportFields(definition: FormDefinition, columns: readonly string[]): FieldInfo[] {
  const all = fieldList(definition).filter((f) => !f.parent && f.fieldType !== 'section' && f.fieldType !== 'note' && !f.path.includes('*'));
  if (!columns.length) return all;
  const byPath = new Map(all.map((f) => [f.path, f]));
  return columns.map((c) => byPath.get(c)).filter((f): f is FieldInfo => Boolean(f));
}

/**
 * Returns an XLSX workbook (exceljs) of records: one header row in `lang`, one text cell per
 * field (masked values stay masked: they come masked from the records service; people by name
 * and role), created time
 * and status last; frozen header and auto-filter.
 */
export async function recordsToXlsx(definition: FormDefinition, records: readonly ExportRecord[], options: { columns: readonly string[]; lang: ExportLang; title: string; people?: ReadonlyMap<string, ExportPerson> }): Promise<Buffer> {
  const { lang } = options;
  const fields = exportFields(definition, options.columns);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SiteFlow 案场流';
  wb.title = options.title;
  const ws = wb.addWorksheet(words[lang].sheet);
  ws.columns = [
    ...fields.map((f) => ({ header: label(f.label, lang) || f.path, key: f.path, width: Math.max(12, Math.min(40, label(f.label, lang).length * 2 + 4)) })),
    { header: words[lang].createdAt, key: '__createdAt', width: 22 },
    { header: words[lang].status, key: '__status', width: 10 },
  ];
  for (const r of records) {
    const row: Record<string, string | number> = {};
    for (const f of fields) row[f.path] = cellText(f, r.data[f.path], lang, options.people);
    row.__createdAt = chinaDateTime(r.createdAt, lang);
    row.__status = statusText(r.status, lang);
    ws.addRow(row);
  }
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: fields.length + 2 } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
