/** Returns the numeric parts of a `MAJOR.MINOR.PATCH` version (non-numbers read as 0). Pure. */
function parts(version: string): [number, number, number] {
  const [a = 0, b = 0, c = 0] = version.split('.').map((x) => Number.parseInt(x, 10) || 0);
  return [a, b, c];
}

/** Returns a negative number when `a` is older than `b`, 0 when equal, positive when newer. Pure. */
export function compare(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
