import { fillText, pickText } from '../i18n/format.js';
import type { Text } from '../i18n/types.js';

// 复制: a new draft that starts as an existing form or flow, e.g. a 学区房退订 path made from the
// general cancellation flow (every step, link, time limit and permission, on the same form).

/** Returns a free key for a copy of `key`: `key-copy`, then `key-copy-2`, … (at most `maxLength` characters). Pure. */
export function copyKey(key: string, taken: ReadonlySet<string>, maxLength: number): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const candidate = `${key.slice(0, maxLength - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Returns the copy of a definition's draft under a new key and name; a published version number is not carried over. Pure. */
export function copyOfDefinition<D extends { readonly key: string; readonly version?: number }>(source: D, key: string, name: D extends { readonly name: infer N } ? N : never): D {
  const { version: _published, ...rest } = source;
  return { ...rest, key, name } as unknown as D;
}

/**
 * Returns what the copy dialog suggests: a free key, and the original's names marked as a copy by
 * `marker` ({name}（副本）) in each language (no English name when the original has none of its own). Pure.
 */
export function copySuggestion(from: { readonly key: string; readonly name: unknown }, takenKeys: readonly string[], maxKeyLength: number, marker: Text) {
  const zh = pickText(from.name, 'zh');
  const en = pickText(from.name, 'en');
  return {
    key: copyKey(from.key, new Set(takenKeys), maxKeyLength),
    nameZh: fillText(marker, 'zh', { name: zh }),
    nameEn: en && en !== zh ? fillText(marker, 'en', { name: en }) : '',
  };
}
