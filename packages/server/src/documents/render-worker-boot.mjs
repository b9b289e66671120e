// Entry of the document render workers (piscina). Plain JavaScript so a worker can start without a
// TypeScript loader; when running from sources it registers tsx, then loads render-worker.ts.
import { existsSync } from 'node:fs';

const tsEntry = new URL('./render-worker.ts', import.meta.url);
let entry = new URL('./render-worker.js', import.meta.url);
if (existsSync(tsEntry)) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = tsEntry;
}
const worker = await import(entry.href);

export default worker.renderJob;
