// LibreOffice and poppler helpers for tests: real conversions, each run with its own profile.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where rendered pages go: `SCREENSHOT_DIR` when set (`npm test` keeps git clean), else the repository's docs/screenshots. */
export const SCREENSHOTS_DIR = process.env.SCREENSHOT_DIR ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../../docs/screenshots');

/** Converts files with LibreOffice headless (`to` = 'pdf', 'csv', …) into `outDir`; returns the output paths. */
let profile: string | null = null;

/** Generous per-test timeout for LibreOffice conversions on a busy 2-core machine (not a speed assertion). */
export const OFFICE_TIMEOUT_MS = 240_000;

export function sofficeConvert(files: readonly string[], to: string, outDir: string): string[] {
  // A private profile per test file (module) so parallel test files do not fight over
  // ~/.config/libreoffice; reused within the file because creating one takes seconds.
  profile ??= mkdtempSync(join(tmpdir(), 'sf-lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files], { stdio: 'pipe', timeout: OFFICE_TIMEOUT_MS - 10_000 });
  const ext = to.split(':')[0] as string;
  return files.map((f) => join(outDir, `${(f.split('/').pop() as string).replace(/\.[^.]+$/, '')}.${ext}`));
}

/** Returns the text of a PDF (pdftotext, reading order). */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

/** Renders the first page of a PDF to `<pngBase>.png` at 60 dpi. */
export function firstPagePng(pdf: string, pngBase: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, pngBase]);
  return `${pngBase}.png`;
}
