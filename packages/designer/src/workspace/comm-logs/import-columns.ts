import { commLogColumns, type CommLogColumn } from '@siteflow/runtime';
import type { Lang } from '../../i18n/index.js';

/** The columns the server's import reads, in template order: each header may be the Chinese name or the English key. */
export const importColumns = (Object.keys(commLogColumns) as CommLogColumn[]).map((key) => ({ key, zh: commLogColumns[key].zh, required: commLogColumns[key].required }));

/** A column key of the import. */
export type ImportColumnKey = CommLogColumn;

/** Example rows of the template: a customer's worried message and the consultant's reply, in each language. */
const examples: Record<Lang, readonly Record<ImportColumnKey, string>[]> = {
  zh: [
    { externalId: 'WX-20251220-0001', customerId: 'C10086', customerName: '张先生', consultant: '王芳', channel: '微信', from: '客户', text: '家里人不同意，我有点后悔了，定金能不能退？', at: '2025-12-20 16:17' },
    { externalId: 'WX-20251220-0002', customerId: 'C10086', customerName: '张先生', consultant: '王芳', channel: '微信', from: '顾问', text: '张先生您好，我马上约您和家人面谈，详细说明学区政策。', at: '2025-12-20 16:25' },
  ],
  en: [
    { externalId: 'WX-20251220-0001', customerId: 'C10086', customerName: 'Mr Zhang', consultant: 'Wang Fang', channel: 'WeChat', from: 'customer', text: '家人不同意，我后悔了 (my family disagrees; I regret it)', at: '2025-12-20 16:17' },
    { externalId: 'WX-20251220-0002', customerId: 'C10086', customerName: 'Mr Zhang', consultant: 'Wang Fang', channel: 'WeChat', from: 'staff', text: 'I will arrange a meeting with you and your family right away.', at: '2025-12-20 16:25' },
  ],
};

/** Returns one CSV cell, quoted when it holds a comma, quote, line break or edge spaces. Pure. */
export function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Returns the example import file: a UTF-8 BOM (so Excel opens the Chinese text correctly), the
 * header in the chosen language (the server accepts either) and two example rows, CRLF lines. Pure.
 */
export function templateCsv(lang: Lang): string {
  const header = importColumns.map((c) => (lang === 'zh' ? c.zh : c.key));
  const rows = examples[lang].map((row) => importColumns.map((c) => row[c.key]));
  return `\uFEFF${[header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Returns the MIME type to upload a file with (by its name), or null when it is neither CSV nor XLSX. Pure. */
export function importContentType(fileName: string): string | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'text/csv';
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return null;
}
