import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { designerRoles } from '../auth/roles.js';
import { hasAnyRole, rolesOn } from '../auth/access.js';
import { definitionsRepo, type DefinitionKind } from '../repos/definitions-repo.js';
import { ApiError, apiIssue, notFound, versionConflict } from '../http/api-error.js';
import { thingNames } from '../i18n/messages.js';
import { newId } from '../db/ids.js';
import { recordEvent } from './audit.js';
import { validateDefinition } from './definition-validation.js';
import { publishedFlow } from '../engine/flow-versions.js';
import { userNames } from './user-names.js';
import { instancesRepo } from '../repos/instances-repo.js';

type Row = NonNullable<ReturnType<typeof definitionsRepo.find>>;

function view(row: Row, issues: readonly unknown[] = []) {
  return {
    key: row.key, kind: row.kind, name: row.name, definition: row.draft, version: row.version,
    latestVersion: row.latestVersion ?? null, updatedAt: row.updatedAt, updatedBy: row.updatedBy, issues,
  };
}

/** Throws 403 unless the user may design forms, flows and rules on the project (404 outside it). */
export function requireDesigner(user: AuthUser, projectId: string): void {
  rolesOn(user.access, projectId);
  if (!hasAnyRole(user.access, projectId, designerRoles)) throw new ApiError('AUTH_FORBIDDEN');
}

function nameOf(body: Record<string, unknown>, key: string): { zh: string; en: string } {
  const n = body.name as { zh?: unknown; en?: unknown } | undefined;
  return { zh: typeof n?.zh === 'string' ? n.zh : key, en: typeof n?.en === 'string' ? n.en : key };
}

function load(ctx: AppContext, user: AuthUser, projectId: string, kind: DefinitionKind, key: string): Row {
  rolesOn(user.access, projectId);
  const row = definitionsRepo.find(ctx.db, projectId, kind, key);
  if (!row) throw notFound(kind);
  return row;
}

/** What a flow list tells of a published flow: the form it starts, and who may start it by hand (absent: anyone). Pure. */
function flowFacts(flow: { formKey: string; starterRoles?: readonly string[] }) {
  return { formKey: flow.formKey, ...(flow.starterRoles?.length ? { starterRoles: [...flow.starterRoles] } : {}) };
}

/** Forms, flows and rules of a project: drafts, publishing, versions. */
export const definitionService = {
  list(ctx: AppContext, user: AuthUser, projectId: string, kind: DefinitionKind) {
    rolesOn(user.access, projectId);
    return definitionsRepo.list(ctx.db, projectId, kind).map(({ draft: _d, ...row }) => ({
      key: row.key, kind: row.kind, name: row.name, version: row.version, latestVersion: row.latestVersion ?? null, updatedAt: row.updatedAt,
      // A published flow names the form it starts (published versions are cached), so a list shows which forms have flows.
      ...(kind === 'flow' && row.latestVersion ? flowFacts(publishedFlow(ctx, projectId, row.key, row.latestVersion)) : {}),
    }));
  },
  get(ctx: AppContext, user: AuthUser, projectId: string, kind: DefinitionKind, key: string) {
    const row = load(ctx, user, projectId, kind, key);
    return view(row, validateDefinition(ctx.db, projectId, kind, row.draft));
  },
  /** Creates a draft; the key comes from `definition.key`. Drafts may be incomplete: issues are returned, not refused. */
  create(ctx: AppContext, user: AuthUser, projectId: string, kind: DefinitionKind, definition: Record<string, unknown>) {
    requireDesigner(user, projectId);
    const key = definition.key;
    if (typeof key !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(key)) {
      throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_INVALID', { field: 'definition.key', detail: 'a-z A-Z 0-9 _ -' }, 'definition.key')]);
    }
    if (definitionsRepo.find(ctx.db, projectId, kind, key)) throw new ApiError('API_ALREADY_EXISTS', { what: thingNames[kind].zh, whatEn: thingNames[kind].en, key });
    const now = ctx.clock.now();
    const row = { id: newId(kind), projectId, kind, key, name: nameOf(definition, key), draft: definition, version: 1, updatedBy: user.id, createdAt: now, updatedAt: now };
    definitionsRepo.insert(ctx.db, row);
    return view({ ...row, latestVersion: null }, validateDefinition(ctx.db, projectId, kind, definition));
  },
  saveDraft(ctx: AppContext, user: AuthUser, projectId: string, kind: DefinitionKind, key: string, definition: Record<string, unknown>, version: number) {
    requireDesigner(user, projectId);
    const row = load(ctx, user, projectId, kind, key);
    if (definition.key !== key) throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_INVALID', { field: 'definition.key', detail: `= ${key}` }, 'definition.key')]);
    const patch = { name: nameOf(definition, key), draft: definition, updatedBy: user.id, updatedAt: ctx.clock.now() };
    if (row.version !== version || !definitionsRepo.updateDraft(ctx.db, row.id, version, patch)) throw versionConflict(row.version);
    return view({ ...row, ...patch, version: version + 1 }, validateDefinition(ctx.db, projectId, kind, definition));
  },
  /** Validates the draft strictly and stores it as the next immutable version. */
  publish(ctx: AppContext, user: AuthUser, projectId: string, kind: DefinitionKind, key: string, note: string, version?: number) {
    requireDesigner(user, projectId);
    const row = load(ctx, user, projectId, kind, key);
    if (version !== undefined && row.version !== version) throw versionConflict(row.version);
    const issues = validateDefinition(ctx.db, projectId, kind, row.draft);
    if (issues.length) throw new ApiError('API_DEFINITION_INVALID', { what: thingNames[kind].zh, whatEn: thingNames[kind].en.toLowerCase(), count: issues.length }, issues);
    const next = (row.latestVersion ?? 0) + 1;
    const now = ctx.clock.now();
    definitionsRepo.insertVersion(ctx.db, { id: newId('ver'), definitionId: row.id, projectId, kind, key, version: next, body: { ...row.draft, version: next }, note, publishedBy: user.id, publishedAt: now });
    definitionsRepo.setLatestVersion(ctx.db, row.id, next);
    recordEvent(ctx, { projectId, type: `${kind}.published`, actorId: user.id, data: { key, version: next, note } });
    return { key, kind, version: next, note, publishedAt: now, publishedBy: user.id };
  },
  /**
   * Deletes a draft that was never published (a wrong start, a copy made by mistake); 409 when it is
   * published (cases and records are read through it), used by another draft, or `version` is stale.
   */
  remove(ctx: AppContext, user: AuthUser, projectId: string, kind: DefinitionKind, key: string, version: number) {
    requireDesigner(user, projectId);
    const row = load(ctx, user, projectId, kind, key);
    if (row.version !== version) throw versionConflict(row.version);
    const what = { what: thingNames[kind].zh, whatEn: thingNames[kind].en, name: row.name };
    if (row.latestVersion) throw new ApiError('API_DEFINITION_PUBLISHED', what);
    const users = draftsUsing(ctx, projectId, kind, key);
    if (users.length > 0) {
      throw new ApiError('API_DEFINITION_IN_USE', { ...what, users: {
        zh: users.map((u) => `${thingNames[u.kind].zh}「${u.name.zh}」`).join('、'),
        en: users.map((u) => `${thingNames[u.kind].en.toLowerCase()} "${u.name.en || u.name.zh}"`).join(', '),
      } });
    }
    if (!definitionsRepo.removeDraft(ctx.db, row.id, version)) throw versionConflict(row.version);
    recordEvent(ctx, { projectId, type: `${kind}.deleted`, actorId: user.id, data: { key, name: row.name } });
    return { ok: true };
  },
  /** How many cases of a flow are running, per version: they stay on their version when a new one is published. */
  running(ctx: AppContext, user: AuthUser, projectId: string, key: string) {
    load(ctx, user, projectId, 'flow', key);
    const byVersion = instancesRepo.runningByVersion(ctx.db, projectId, key);
    return { total: byVersion.reduce((n, v) => n + v.running, 0), byVersion };
  },
  versions(ctx: AppContext, user: AuthUser, projectId: string, kind: DefinitionKind, key: string) {
    const row = load(ctx, user, projectId, kind, key);
    const names = userNames(ctx);
    return definitionsRepo.listVersions(ctx.db, row.id).map((v) => ({ ...v, publishedByName: names.nameOf(v.publishedBy) || v.publishedBy }));
  },
  version(ctx: AppContext, user: AuthUser, projectId: string, kind: DefinitionKind, key: string, version: number) {
    rolesOn(user.access, projectId);
    const found = definitionsRepo.findVersion(ctx.db, projectId, kind, key, version);
    if (!found) throw notFound('version');
    return { key, kind, version: found.version, note: found.note, publishedAt: found.publishedAt, publishedBy: found.publishedBy, definition: found.body };
  },
};

/**
 * The project's other drafts that name a form (a flow or rule on it: `formKey`) or a flow (a sub-flow
 * node or a startFlow action: `flowKey`); rules are named by nothing. Reads the database.
 */
function draftsUsing(ctx: AppContext, projectId: string, kind: DefinitionKind, key: string): { kind: DefinitionKind; name: { zh: string; en: string } }[] {
  if (kind === 'rule') return [];
  const field = kind === 'form' ? 'formKey' : 'flowKey';
  const out: { kind: DefinitionKind; name: { zh: string; en: string } }[] = [];
  for (const other of ['flow', 'rule'] as const) {
    for (const row of definitionsRepo.list(ctx.db, projectId, other)) {
      if (other === kind && row.key === key) continue;
      if (names(row.draft, field, key)) out.push({ kind: other, name: row.name });
    }
  }
  return out;
}

/** True when some object inside `value` has `field` equal to `key`. Pure. */
function names(value: unknown, field: string, key: string): boolean {
  if (Array.isArray(value)) return value.some((v) => names(v, field, key));
  if (!value || typeof value !== 'object') return false;
  const obj = value as Record<string, unknown>;
  return obj[field] === key || Object.values(obj).some((v) => names(v, field, key));
}
