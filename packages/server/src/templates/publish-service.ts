import { createHash } from 'node:crypto';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { roleKeys } from '../auth/roles.js';
import { definitionsRepo, type DefinitionKind } from '../repos/definitions-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { newId } from '../db/ids.js';
import { recordEvent } from '../services/audit.js';
import { moveRunningCases, type CasesMoved } from '../services/flow-migration.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { templateMessage } from './messages.js';
import { resolvePackage } from './resolve.js';
import { compare } from './semver.js';
import { findPackage, type TemplateSource } from './source.js';
import { validateTemplatePackage } from './validate-package.js';
import type { PackageIssue, PackagePart, PublishOverrides, TemplatePackage } from './types.js';

/**
 * Definition kinds a package installs. forms/flows/rules are the server's own kinds; the others
 * are stored in the same versioned table so rules and reports can load them by key.
 */
export const InstalledKind = {
  form: 'form', flow: 'flow', rule: 'rule', riskLibrary: 'riskLibrary', keywordDictionary: 'keywordDictionary', report: 'report',
  templatePackage: 'templatePackage',
} as const;
export type InstalledKind = (typeof InstalledKind)[keyof typeof InstalledKind];

/** Who publishes: a signed-in admin (`reader`: the answer names kept cases' customers as they may see them) or the CLI. */
export interface PublishActor {
  readonly id: string;
  readonly organisationId: string;
  readonly reader?: AuthUser;
}

/** What to publish where. `projectOverrides` refine `overrides` per project. */
export interface PublishInput {
  readonly key: string;
  readonly version: string;
  readonly projectIds: readonly string[];
  readonly overrides?: PublishOverrides;
  readonly projectOverrides?: Readonly<Record<string, PublishOverrides>>;
  /** Also move the running cases of the package's flows to their latest version (迁移), where they can move. */
  readonly migrateRunning?: boolean;
}

/** Running cases of one of the package's flows moved from an older version (see moveRunningCases). */
export interface FlowCasesMoved extends CasesMoved {
  readonly flowKey: string;
}

/** One definition written (or kept) in a project. */
export interface InstalledDefinition {
  readonly kind: InstalledKind;
  readonly key: string;
  readonly version: number;
  /** False when the published body was already the latest version (nothing new written). */
  readonly changed: boolean;
}

/** The outcome for one project; each project is its own transaction. */
export interface ProjectPublishResult {
  readonly projectId: string;
  readonly status: 'installed' | 'upgraded' | 'reinstalled' | 'unchanged' | 'failed';
  readonly fromVersion: string | null;
  readonly version: string;
  readonly definitions: readonly InstalledDefinition[];
  readonly issues: readonly PackageIssue[];
  /** With `migrateRunning`: the running cases moved per flow and older version, and those kept with why. */
  readonly migrations: readonly FlowCasesMoved[];
}

/** The install record kept per project and package (kind `templatePackage`). */
export interface InstallRecord {
  readonly key: string;
  /** The package's semantic version (the stored row's `version` is the install counter). */
  readonly packageVersion: string;
  readonly fingerprint: string;
  readonly overrides: PublishOverrides;
  readonly definitions: readonly InstalledDefinition[];
  readonly settings: Readonly<Record<string, string>>;
  readonly externalLinks: TemplatePackage['manifest']['externalLinks'];
  readonly documents: TemplatePackage['manifest']['documents'];
}

function mergeOverrides(a: PublishOverrides = {}, b: PublishOverrides = {}): PublishOverrides {
  return { roles: { ...a.roles, ...b.roles }, slas: { ...a.slas, ...b.slas }, settings: { ...a.settings, ...b.settings } };
}

function fingerprint(pkg: TemplatePackage): string {
  const parts = [pkg.forms, pkg.flows, pkg.rules, pkg.riskLibraries, pkg.keywordDictionaries, pkg.reports].map((list) => list.map((p) => [p.key, p.body]));
  return createHash('sha256').update(JSON.stringify([pkg.manifest.key, pkg.manifest.version, parts])).digest('hex');
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Returns the install record of a package in a project, or null. Reads the database. */
export function installedPackage(ctx: AppContext, projectId: string, key: string): (InstallRecord & { version: string; installedAt: number; installedBy: string; installCount: number }) | null {
  const v = definitionsRepo.findVersion(ctx.db, projectId, InstalledKind.templatePackage as DefinitionKind, key);
  if (!v) return null;
  const record = v.body as unknown as InstallRecord;
  return { ...record, version: record.packageVersion, installedAt: v.publishedAt, installedBy: v.publishedBy, installCount: v.version };
}

/**
 * Writes `body` as the draft of a definition and, when it differs from the latest version, as the
 * next immutable version; returns the version in effect. Writes the database (caller's transaction).
 */
export function upsertVersion(ctx: AppContext, projectId: string, kind: InstalledKind, key: string, body: Record<string, unknown>, note: string, actorId: string): InstalledDefinition {
  const now = ctx.clock.now();
  const k = kind as DefinitionKind;
  const name = (body.name as { zh: string; en: string } | undefined) ?? { zh: key, en: key };
  let row = definitionsRepo.find(ctx.db, projectId, k, key);
  if (!row) {
    definitionsRepo.insert(ctx.db, { id: newId(kind === 'templatePackage' ? 'tpl' : kind), projectId, kind, key, name, draft: body, version: 1, updatedBy: actorId, createdAt: now, updatedAt: now });
    row = definitionsRepo.find(ctx.db, projectId, k, key)!;
  }
  const latest = row.latestVersion ? definitionsRepo.findVersion(ctx.db, projectId, k, key, row.latestVersion) : undefined;
  if (latest) {
    const { version: _v, ...latestBody } = latest.body as Record<string, unknown>;
    if (same(latestBody, body)) return { kind, key, version: latest.version, changed: false };
  }
  if (!same(row.draft, body) && !definitionsRepo.updateDraft(ctx.db, row.id, row.version, { name, draft: body, updatedBy: actorId, updatedAt: now })) {
    throw new Error(`draft ${kind}/${key} changed concurrently`);
  }
  const next = (row.latestVersion ?? 0) + 1;
  definitionsRepo.insertVersion(ctx.db, { id: newId('ver'), definitionId: row.id, projectId, kind, key, version: next, body: { ...body, version: next }, note, publishedBy: actorId, publishedAt: now });
  definitionsRepo.setLatestVersion(ctx.db, row.id, next);
  return { kind, key, version: next, changed: true };
}

/**
 * Moves the running cases of every older version of the package's flows in a project to the flow's
 * latest version, in the caller's transaction; versions without running cases are left out. Writes the database.
 */
function moveCasesOfFlows(ctx: AppContext, projectId: string, definitions: readonly InstalledDefinition[], actor: PublishActor): FlowCasesMoved[] {
  return definitions.filter((d) => d.kind === 'flow').flatMap((d) => {
    const latest = definitionsRepo.latestVersionNumber(ctx.db, projectId, 'flow', d.key);
    if (latest === undefined) return [];
    return instancesRepo.runningByVersion(ctx.db, projectId, d.key).filter((v) => v.version < latest)
      .map((v) => ({ flowKey: d.key, ...moveRunningCases(ctx, actor.id, projectId, d.key, v.version, latest, actor.reader ?? null) }));
  });
}

function installParts(ctx: AppContext, projectId: string, pkg: TemplatePackage, actorId: string): InstalledDefinition[] {
  const note = `template ${pkg.manifest.key}@${pkg.manifest.version}`;
  const put = (kind: InstalledKind, parts: readonly PackagePart[]) => parts.map((p) => upsertVersion(ctx, projectId, kind, p.key, p.body, note, actorId));
  // Forms first: flows are checked against, and run on, the form versions published here.
  return [
    ...put('form', pkg.forms), ...put('riskLibrary', pkg.riskLibraries), ...put('keywordDictionary', pkg.keywordDictionaries),
    ...put('flow', pkg.flows), ...put('rule', pkg.rules), ...put('report', pkg.reports),
  ];
}

/**
 * Publishes one package version to several projects, each in its own transaction: resolves the
 * project's overrides, validates, writes each form/flow/rule/library/report as a new immutable
 * version when it changed (running instances keep the version they started on, unless
 * `migrateRunning` moves those that can to each flow's latest version), records the install and an
 * audit event. Idempotent: publishing the same version with the same overrides again installs
 * nothing. Writes the database; one project's failure leaves the others.
 */
export function publishTemplatePackage(ctx: AppContext, source: TemplateSource, input: PublishInput, actor: PublishActor): { key: string; version: string; results: ProjectPublishResult[] } {
  const found = findPackage(source, input.key, input.version);
  if (!found) {
    const available = source.list().filter((p) => p.pkg.manifest.key === input.key).map((p) => p.pkg.manifest.version);
    throw new TemplateError(available.length === 0 ? 'TPL_PACKAGE_NOT_FOUND' : 'TPL_VERSION_NOT_FOUND', { key: input.key, version: input.version, available: available.join(', ') || '-' });
  }
  const orgProjects = new Set(tenancyRepo.projectsOfOrganisation(ctx.db, actor.organisationId).map((p) => p.id));
  const results = [...new Set(input.projectIds)].map((projectId): ProjectPublishResult => {
    const base = { projectId, version: input.version, definitions: [] as InstalledDefinition[], migrations: [] as FlowCasesMoved[] };
    if (!orgProjects.has(projectId)) {
      return { ...base, status: 'failed', fromVersion: null, issues: [{ code: 'TPL_PROJECT_NOT_FOUND', message: templateMessage('TPL_PROJECT_NOT_FOUND', { projectId }), file: 'manifest.json' }] };
    }
    const overrides = mergeOverrides(input.overrides, input.projectOverrides?.[projectId]);
    const options = { roles: roleKeys, documentPackages: source.documentPackages() };
    const issues = [...found.loadIssues, ...validateTemplatePackage(found.pkg, options, overrides)];
    const prior = installedPackage(ctx, projectId, input.key);
    if (issues.length > 0) return { ...base, status: 'failed', fromVersion: prior?.version ?? null, issues };
    if (prior && compare(prior.version, input.version) > 0) {
      return { ...base, status: 'failed', fromVersion: prior.version, issues: [{ code: 'TPL_DOWNGRADE', message: templateMessage('TPL_DOWNGRADE', { projectId, installed: prior.version, version: input.version }), file: 'manifest.json' }] };
    }
    const resolved = resolvePackage(found.pkg, overrides, roleKeys).pkg;
    const print = fingerprint(resolved);
    try {
      return ctx.sqlite.transaction((): ProjectPublishResult => {
      if (prior && prior.fingerprint === print) {
        // Nothing new to install; running cases may still be moved to the versions installed before.
        const definitions = prior.definitions.map((d) => ({ ...d, changed: false }));
        const migrations = input.migrateRunning ? moveCasesOfFlows(ctx, projectId, definitions, actor) : [];
        if (migrations.length > 0) recordEvent(ctx, { projectId, type: 'template.casesMigrated', actorId: actor.id, data: { key: input.key, version: input.version, migrations: migrationSummary(migrations) } });
        return { ...base, status: 'unchanged', fromVersion: prior.version, definitions, issues: [], migrations };
      }
      const definitions = installParts(ctx, projectId, resolved, actor.id);
      const migrations = input.migrateRunning ? moveCasesOfFlows(ctx, projectId, definitions, actor) : [];
      const m = resolved.manifest;
      const settings = Object.fromEntries((m.settings ?? []).map((s) => [s.key, overrides.settings?.[s.key] ?? s.default]));
      const record: InstallRecord = { key: m.key, packageVersion: m.version, fingerprint: print, overrides, definitions, settings, externalLinks: m.externalLinks ?? [], documents: m.documents };
      upsertVersion(ctx, projectId, 'templatePackage', m.key, { ...record, name: m.name } as unknown as Record<string, unknown>, `${m.key}@${m.version}`, actor.id);
      const status = !prior ? 'installed' : prior.version === m.version ? 'reinstalled' : 'upgraded';
      recordEvent(ctx, {
        projectId, type: 'template.published', actorId: actor.id,
        data: {
          key: m.key, version: m.version, fromVersion: prior?.version ?? null, status, overrides, definitions: definitions.map((d) => `${d.kind}:${d.key}@${d.version}`),
          ...(input.migrateRunning ? { migrations: migrationSummary(migrations) } : {}),
        },
      });
      return { ...base, status, fromVersion: prior?.version ?? null, definitions, issues: [], migrations };
      })();
    } catch (err) {
      // The project's transaction rolled back; report it and go on with the other projects.
      ctx.logger.error({ err, projectId, key: input.key }, 'template publish failed');
      const detail = (err as Error).message;
      return { ...base, status: 'failed', fromVersion: prior?.version ?? null, issues: [{ code: 'TPL_PUBLISH_FAILED', message: templateMessage('TPL_PUBLISH_FAILED', { projectId, detail, detailEn: detail }), file: 'manifest.json' }] };
    }
  });
  return { key: input.key, version: input.version, results };
}

/** What the audit keeps of moved cases: per flow and version, how many moved and how many stayed. Pure. */
function migrationSummary(migrations: readonly FlowCasesMoved[]) {
  return migrations.map((m) => ({ flowKey: m.flowKey, from: m.from, to: m.to, migrated: m.migrated, kept: m.kept.length }));
}

/** A request-level problem of publishing (unknown package or version). */
export class TemplateError extends Error {
  constructor(readonly code: 'TPL_PACKAGE_NOT_FOUND' | 'TPL_VERSION_NOT_FOUND', readonly params: Record<string, unknown>) {
    super(`[${code}] ${templateMessage(code, params).en}`);
    this.name = 'TemplateError';
  }
}
