import cronstrue from 'cronstrue';
import 'cronstrue/locales/zh_CN';
import type { Lang } from '../../i18n/types.js';

/** The outcome of describing a cron expression: its meaning in words, or why it is not valid. */
export type CronPreview = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/**
 * Returns a human-readable description of a five-field cron expression in `lang`
 * (e.g. "0 9 * * 1-5" → "在 09:00, 星期一至星期五"), or the parse error. Pure.
 */
export function describeCron(expression: string, lang: Lang): CronPreview {
  const source = expression.trim();
  if (source.split(/\s+/).length !== 5) {
    return { ok: false, reason: lang === 'zh' ? '需要 5 段：分 时 日 月 周' : 'needs 5 fields: minute hour day month weekday' };
  }
  try {
    const text = cronstrue.toString(source, {
      locale: lang === 'zh' ? 'zh_CN' : 'en',
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
      verbose: false,
    });
    return { ok: true, text };
  } catch (error) {
    return { ok: false, reason: String(error instanceof Error ? error.message : error) };
  }
}
