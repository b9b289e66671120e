import { pinyin } from 'pinyin-pro';

/**
 * Returns the lower-cased search text of some values: the text itself, its full pinyin and its
 * pinyin initials, so "zxs" and "zhangxiansheng" both find 张先生. Pure.
 */
export function searchText(values: readonly string[]): string {
  const parts: string[] = [];
  for (const raw of values) {
    const text = raw.trim().toLowerCase();
    if (!text) continue;
    parts.push(text);
    if (/[\u3400-\u9fff]/.test(text)) {
      const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
      parts.push(syllables.join(''), syllables.map((s) => s[0] ?? '').join(''));
    }
  }
  return parts.join(' ').slice(0, 4000);
}
