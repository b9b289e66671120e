/** Returns the keys of `after` whose value differs from `before` (compared as JSON). Pure. */
export function changedKeys(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
}
