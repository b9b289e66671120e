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
