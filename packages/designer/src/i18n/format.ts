import type { Lang, Text } from './types.js';

/** Returns `text` in `lang` with `{name}` placeholders replaced from `params`. Pure. */
export function fillText(text: Text, lang: Lang, params: Record<string, unknown> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params && params[name] !== undefined ? String(params[name]) : whole);
}

/**
 * Returns the string for a bilingual value in `lang`: a `{ zh, en }` object, or a plain string
 * (data authored in one language only) unchanged; falls back to the other language when empty. Pure.
 */
export function pickText(value: unknown, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Partial<Text>;
    const first = lang === 'zh' ? v.zh : v.en;
    const second = lang === 'zh' ? v.en : v.zh;
    return (first && first.trim() ? first : second) ?? '';
  }
  return '';
}
