import { migrate, migrationProblems, type InstanceState, type Message } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { definitionsRepo } from '../repos/definitions-repo.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { ApiError, apiIssue, notFound } from '../http/api-error.js';
import { publishedFlow } from '../engine/flow-versions.js';
import { decideContext } from '../engine/decide-context.js';
import { persistDecision } from '../engine/persist.js';
import { recordEvent } from './audit.js';
import { requireDesigner } from './definition-service.js';
import { recordsRepo } from '../repos/records-repo.js';
import { readerTitle } from './task-view.js';

/** A running case left on its version, with why (each problem names the step, in both languages). */
export interface KeptCase {
  readonly instanceId: string;
  readonly recordId: string;
  /** The customer, as the reader of the answer may see it (masked unless they see the record in clear). */
  readonly title: string;
  readonly problems: readonly Message[];
}

/** What moving the running cases of one flow version did. */
export interface CasesMoved {
  readonly from: number;
  readonly to: number;
  readonly migrated: number;
  readonly kept: readonly KeptCase[];
}

/**
 * Moves every running case of version `from` of a flow to its latest published version, in the
 * request's transaction: the cases that can move (see the runtime's `migrationProblems`) move, each
 * version-checked and with a `flow.migrated` event on its timeline; the others stay, listed with
 * their reasons. Designers only (403); 404 outside the project; 400 naming `from` when it is not an
 * older published version. Audited as `flow.casesMigrated`.
 */
export function migrateRunningCases(ctx: AppContext, user: AuthUser, projectId: string, key: string, from: number): CasesMoved {
  requireDesigner(user, projectId);
  const row = definitionsRepo.find(ctx.db, projectId, 'flow', key);
  if (!row) throw notFound('flow');
  const to = row.latestVersion;
  if (!to || from >= to || !definitionsRepo.findVersion(ctx.db, projectId, 'flow', key, from)) {
    throw new ApiError('API_VALIDATION', {}, [apiIssue('API_MIGRATE_FROM', { field: 'from', latest: to ?? 0 }, 'from')]);
  }
  const moved = moveRunningCases(ctx, user.id, projectId, key, from, to, user);
  recordEvent(ctx, { projectId, type: 'flow.casesMigrated', actorId: user.id, data: { key, name: row.name, from, to, migrated: moved.migrated, kept: moved.kept.length } });
  return moved;
}

/**
 * Moves the running cases of version `from` of a project's flow to version `to` (both published), in
 * the caller's transaction, as `actorId`; the ones that cannot move stay, with why, each named by its
 * customer as `reader` may see it (masked for no reader). No permission check and no audit of its own:
 * the callers (a designer's request, a template package published by an admin or the CLI) do both.
 */
export function moveRunningCases(ctx: AppContext, actorId: string, projectId: string, key: string, from: number, to: number, reader: AuthUser | null): CasesMoved {
  const fromFlow = publishedFlow(ctx, projectId, key, from);
  const toFlow = publishedFlow(ctx, projectId, key, to);
  const project = tenancyRepo.findProject(ctx.db, projectId);
  if (!project) throw notFound('project');
  // The move reads no roles and no record: the actor is named on the timeline only.
  const context = decideContext(ctx, project, {}, { userId: actorId, roles: [] });
  let migrated = 0;
  const kept: KeptCase[] = [];
  for (const instance of instancesRepo.runningOfVersion(ctx.db, projectId, key, from)) {
    const state = instance.state as unknown as InstanceState;
    const problems = migrationProblems(fromFlow, toFlow, state);
    if (problems.length > 0) {
      const record = recordsRepo.findById(ctx.db, instance.recordId);
      const title = record ? readerTitle(ctx, reader, record) : '';
      kept.push({ instanceId: instance.id, recordId: instance.recordId, title, problems: problems.map((p) => p.message) });
      continue;
    }
    const decision = migrate(fromFlow, toFlow, state, context);
    persistDecision(ctx, toFlow, instance, decision, { actorId });
    migrated += 1;
  }
  return { from, to, migrated, kept };
}
