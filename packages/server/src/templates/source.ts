import { compare } from './semver.js';
import { defaultTemplatesDir, documentPackageKeys, loadTemplatePackage, packageFolders } from './loader.js';
import type { PackageIssue, TemplatePackage } from './types.js';

/** A package version the server can publish, with the problems found while loading it. */
export interface AvailablePackage {
  readonly pkg: TemplatePackage;
  readonly loadIssues: readonly PackageIssue[];
}

/** Where template packages come from: the repository's templates/ folder by default; tests pass their own. */
export interface TemplateSource {
  /** Every package version available, newest version of each key first. */
  list(): readonly AvailablePackage[];
  /** Keys of the legal document packages flows may reference. */
  documentPackages(): readonly string[];
}

/** Returns a source reading templates/ on each call (packages are small; edits show up without a restart). Reads files. */
export function directoryTemplateSource(root: string = defaultTemplatesDir()): TemplateSource {
  return {
    list: () => packageFolders(root).flatMap((dir) => {
      const { pkg, issues } = loadTemplatePackage(dir);
      return pkg ? [{ pkg, loadIssues: issues }] : [];
    }),
    documentPackages: () => documentPackageKeys(root),
  };
}

/** Returns a source over packages held in memory (several versions of a key allowed). Pure. */
export function memoryTemplateSource(packages: readonly TemplatePackage[], documentPackages: readonly string[] = ['termination-package']): TemplateSource {
  const sorted = [...packages].sort((a, b) => a.manifest.key.localeCompare(b.manifest.key) || compare(b.manifest.version, a.manifest.version));
  return { list: () => sorted.map((pkg) => ({ pkg, loadIssues: [] })), documentPackages: () => documentPackages };
}

/** Returns the package `key` at `version` (the newest when omitted) from a source, or null. */
export function findPackage(source: TemplateSource, key: string, version?: string): AvailablePackage | null {
  const all = source.list().filter((p) => p.pkg.manifest.key === key).sort((a, b) => compare(b.pkg.manifest.version, a.pkg.manifest.version));
  return (version === undefined ? all[0] : all.find((p) => p.pkg.manifest.version === version)) ?? null;
}
