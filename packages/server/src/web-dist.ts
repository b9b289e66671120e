import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Returns the built web app folder (packages/designer/dist) when it has an index.html, else null. */
export function defaultWebDist(): string | null {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '../../designer/dist');
  return existsSync(join(dist, 'index.html')) ? dist : null;
}
