import dayjs from 'dayjs';
import type { Lang } from '../../i18n/index.js';
import { workspaceMessages } from '../messages.js';
import { durationParts } from './sla.js';

/** Returns a date-time in the site's zh-CN style (`2025年12月20日 16:17`) or ISO-like English. Pure. */
export function formatDateTime(at: number | null | undefined, lang: Lang): string {
  if (at === null || at === undefined) return '';
  return dayjs(at).format(workspaceMessages['ws.fmt.dateTime'][lang]);
}

/** Returns a short date-time for lists (`12月20日 16:17`). Pure. */
export function formatShortDateTime(at: number | null | undefined, lang: Lang): string {
  if (at === null || at === undefined) return '';
  return dayjs(at).format(workspaceMessages['ws.fmt.shortDateTime'][lang]);
}

/** Returns a countdown text such as `1天 3小时` / `12分 05秒` (two most significant units). Pure. */
export function formatCountdown(ms: number, lang: Lang): string {
  const { d, h, m, s } = durationParts(ms);
  const u = (k: 'd' | 'h' | 'm' | 's') => workspaceMessages[`ws.unit.${k}`][lang];
  const sep = lang === 'zh' ? '' : ' ';
  const part = (n: number, k: 'd' | 'h' | 'm' | 's') => `${n}${sep}${u(k)}`;
  if (d > 0) return `${part(d, 'd')} ${part(h, 'h')}`;
  if (h > 0) return `${part(h, 'h')} ${part(m, 'm')}`;
  return `${part(m, 'm')} ${part(s, 's').padStart(lang === 'zh' ? 3 : 4, '0')}`;
}
