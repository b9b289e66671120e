import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestSchemaErrors } from './manifest-schema.js';
import { templateMessage } from './messages.js';
import { PartKind, type PackageIssue, type PackagePart, type TemplateManifest, type TemplatePackage } from './types.js';

/** Result of reading a package folder: the package (null when the manifest is unusable) and the problems found. */
export interface LoadResult {
  readonly pkg: TemplatePackage | null;
  readonly issues: readonly PackageIssue[];
}

/** Returns the repository's `templates/` folder (next to packages/). Reads nothing. */
export function defaultTemplatesDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../../templates');
}

function readJson(path: string, file: string, issues: PackageIssue[]): unknown {
  if (!existsSync(path)) {
    issues.push({ code: 'TPL_FILE_MISSING', message: templateMessage('TPL_FILE_MISSING', { file }), file });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    issues.push({ code: 'TPL_JSON_INVALID', message: templateMessage('TPL_JSON_INVALID', { file, detail: (err as Error).message }), file });
    return undefined;
  }
}

/**
 * Reads one package folder (manifest.json and every file it names) into one JSON object. Reads
 * files; never throws for bad content: problems come back as issues naming the file.
 */
export function loadTemplatePackage(dir: string): LoadResult {
  const issues: PackageIssue[] = [];
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    return { pkg: null, issues: [{ code: 'TPL_MANIFEST_MISSING', message: templateMessage('TPL_MANIFEST_MISSING', { dir }), file: 'manifest.json' }] };
  }
  const manifest = readJson(manifestPath, 'manifest.json', issues);
  if (manifest === undefined) return { pkg: null, issues };
  const schemaErrors = manifestSchemaErrors(manifest);
  if (schemaErrors.length > 0) {
    return {
      pkg: null,
      issues: schemaErrors.map((e) => ({ code: 'TPL_MANIFEST_INVALID', message: templateMessage('TPL_MANIFEST_INVALID', e), file: 'manifest.json', path: e.field })),
    };
  }
  const m = manifest as TemplateManifest;
  const parts = {} as Record<PartKind, PackagePart[]>;
  for (const kind of Object.values(PartKind)) {
    parts[kind] = [];
    for (const file of m[kind]) {
      const body = readJson(join(dir, file), file, issues);
      if (body === undefined) continue;
      if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof (body as { key?: unknown }).key !== 'string') {
        issues.push({ code: 'TPL_PART_INVALID', message: templateMessage('TPL_PART_INVALID', { file, detail: '需要一个带 key 字段的 JSON 对象', detailEn: 'a JSON object with a "key" is needed' }), file });
        continue;
      }
      parts[kind].push({ file, key: (body as { key: string }).key, body: body as Record<string, unknown> });
    }
  }
  return { pkg: { manifest: m, ...parts }, issues };
}

/** Returns every package folder under `root` (folders holding a manifest.json, except legal-documents). Reads the folder. */
export function packageFolders(root: string = defaultTemplatesDir()): string[] {
  return readdirSync(root)
    .filter((name) => name !== 'legal-documents' && !name.startsWith('_') && !name.startsWith('.'))
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isDirectory() && existsSync(join(path, 'manifest.json')))
    .sort();
}

/** Returns the keys of the legal document packages (templates/legal-documents/*\/manifest.json). Reads files. */
export function documentPackageKeys(root: string = defaultTemplatesDir()): string[] {
  const base = join(root, 'legal-documents');
  if (!existsSync(base)) return [];
  const keys: string[] = [];
  for (const name of readdirSync(base)) {
    const path = join(base, name, 'manifest.json');
    if (!existsSync(path)) continue;
    try {
      const key = (JSON.parse(readFileSync(path, 'utf8')) as { key?: unknown }).key;
      if (typeof key === 'string') keys.push(key);
    } catch {
      // A broken legal manifest is reported by the documents module's own validation.
    }
  }
  return keys;
}
