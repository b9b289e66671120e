/** Returns the value at a dotted path (`customer.phone`, `items.0.amount`), or undefined. Pure. */
export function getAt(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * Returns a copy of `data` with `value` at the dotted path; objects and arrays on the way are
 * copied, never mutated. `undefined` removes the key. Pure.
 */
export function setAt(data: Readonly<Record<string, unknown>>, path: string, value: unknown): Record<string, unknown> {
  const parts = path.split('.');
  const write = (node: unknown, i: number): unknown => {
    const part = parts[i]!;
    const isIndex = /^\d+$/.test(part);
    const base: Record<string, unknown> | unknown[] = Array.isArray(node) ? [...node]
      : node && typeof node === 'object' ? { ...(node as Record<string, unknown>) }
      : isIndex ? [] : {};
    const container = base as Record<string, unknown>;
    if (i === parts.length - 1) {
      if (value === undefined && !Array.isArray(base)) delete container[part];
      else container[part] = value;
    } else {
      container[part] = write(container[part], i + 1);
    }
    return base;
  };
  return write(data, 0) as Record<string, unknown>;
}

/** Returns `base.key` or `key` when base is empty. Pure. */
export function joinPath(base: string, key: string | number): string {
  return base ? `${base}.${key}` : String(key);
}
