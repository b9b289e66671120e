import dayjs from 'dayjs';
import { pickText, type Lang } from '../i18n/index.js';
import type { RenderNode } from './render-tree.js';
import { appMessages } from '../i18n/catalogue.js';

const moneyFmt = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Returns `¥1,234.50` for a number (zh-CN money format, 2 decimals). Pure. */
export function formatMoney(value: number): string {
  return moneyFmt.format(value);
}

const yes = (lang: Lang) => appMessages['render.yes'][lang];
const no = (lang: Lang) => appMessages['render.no'][lang];

/** Returns `2 天 3 小时 30 分钟` / `2 d 3 h 30 min` for a duration in minutes. Pure. */
export function formatMinutes(minutes: number, lang: Lang): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const unit = (k: 'd' | 'h' | 'm') => appMessages[`render.unit.${k}`][lang];
  const parts = [d ? `${d} ${unit('d')}` : '', h ? `${h} ${unit('h')}` : '', m || (!d && !h) ? `${m} ${unit('m')}` : ''];
  return parts.filter(Boolean).join(' ');
}

/**
 * Returns a sub-table's rows in one line: how many, and the latest row's first values (people
 * left out: a row stores their ids). Pure.
 */
function subtableSummary(node: RenderNode, value: unknown, lang: Lang): string {
  if (!Array.isArray(value) || value.length === 0) return '';
  const last = (value[value.length - 1] ?? {}) as Record<string, unknown>;
  const parts = node.children.filter((c) => c.type !== 'person' && c.type !== 'role')
    .map((c) => formatValue(c, last[c.key], lang)).filter((t) => t !== '').slice(0, 2);
  const count = fill(appMessages['render.rows'][lang], value.length);
  return parts.length ? fill(appMessages['render.rowsLatest'][lang], value.length, parts.join(' · ')) : count;
}

const fill = (text: string, n: number, latest = '') => text.replace('{n}', String(n)).replace('{latest}', latest);

/**
 * Returns the display text of a field value in `lang` (option labels, ¥ money, zh-CN dates,
 * yes/no); empty values give ''. Pure.
 */
export function formatValue(node: RenderNode, value: unknown, lang: Lang): string {
  if (value === undefined || value === null || value === '') return '';
  const optionLabel = (v: unknown) => pickText(node.options.find((o) => o.value === v)?.label, lang) || String(v);
  switch (node.type) {
    case 'money': return typeof value === 'number' ? formatMoney(value) : String(value);
    case 'percent': return typeof value === 'number' ? `${value}%` : String(value);
    case 'number': {
      const unit = pickText(node.ui.unit, lang);
      return typeof value === 'number' ? `${value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')}${unit ? ` ${unit}` : ''}` : String(value);
    }
    case 'duration': return typeof value === 'number' ? formatMinutes(value, lang) : String(value);
    case 'date': return dayjs(String(value)).isValid() ? dayjs(String(value)).format(lang === 'zh' ? 'YYYY年M月D日' : 'YYYY-MM-DD') : String(value);
    case 'datetime': return dayjs(String(value)).isValid() ? dayjs(String(value)).format(lang === 'zh' ? 'YYYY年M月D日 HH:mm' : 'YYYY-MM-DD HH:mm') : String(value);
    case 'time': return String(value);
    case 'select': return optionLabel(value);
    case 'multiselect': return Array.isArray(value) ? value.map(optionLabel).join(lang === 'zh' ? '、' : ', ') : String(value);
    case 'boolean': return value === true ? yes(lang) : value === false ? no(lang) : '';
    case 'person': case 'role': return Array.isArray(value) ? value.join(', ') : String(value);
    case 'attachments': return Array.isArray(value) ? value.map((f) => (f as { name?: string }).name ?? '').join(', ') : '';
    case 'computed': {
      if (node.ui.resultType === 'money' && typeof value === 'number') return formatMoney(value);
      if (typeof value === 'boolean') return value ? yes(lang) : no(lang);
      return typeof value === 'number' ? value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US') : String(value);
    }
    case 'text': case 'textarea': case 'phone': case 'idCard': case 'email':
      return String(value);
    case 'subtable': return subtableSummary(node, value, lang);
    case 'section': case 'note':
      return '';
    default: {
      const never: never = node.type;
      return String(never);
    }
  }
}
