import { isSiteflowError, type InstanceState, type Message, type Notice } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { outboxRepo } from '../repos/outbox-repo.js';
import { robotsRepo } from '../repos/robots-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { newId } from '../db/ids.js';
import { ApiError } from '../http/api-error.js';
import { groupCommitOf } from '../db/group-commit.js';
import { publishedFlow } from '../engine/flow-versions.js';
import { decideFlow } from '../engine/runtime-engine.js';
import { decideContext } from '../engine/decide-context.js';
import { persistDecision } from '../engine/persist.js';
import { notifyParent } from '../engine/child-ended.js';
import { cancelChild } from '../engine/child-cancel.js';
import { notificationLinks, notificationTextsFor } from '../services/notification-texts.js';
import { checkRobotUrl } from './robot-url.js';
import { projectDirectory } from '../engine/directory.js';
import { robotError, robotPayload, type RobotKind } from './robot-formats.js';
import { deliverGenerateDocuments, deliverStartFlow, PermanentEffectError } from '../wiring/effects.js';

type OutboxRow = NonNullable<ReturnType<typeof outboxRepo.find>>;

/** Attempts before a delivery is marked failed (visible at GET /api/admin/outbox?status=failed). */
export const MAX_ATTEMPTS = 6;
const RESPONSE_LIMIT = 64 * 1024;

/** Returns the delay before retry `attempt` (1-based): 30 s, 1 min, 2 min, … capped at 1 h. Pure. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);
}

class Permanent extends Error {}

function permanentOf(err: unknown): never {
  if (err instanceof PermanentEffectError) throw new Permanent(err.message);
  throw err;
}

/** Delivers due outbox rows (in-app notifications, robot webhooks, http steps, sub-flows); failures retry with backoff. Returns rows handled. */
export async function runOutbox(ctx: AppContext, limit = 200): Promise<number> {
  const rows = outboxRepo.due(ctx.db, ctx.clock.now(), limit);
  // Local effects (in-app notifications) share one transaction: one fsync for the whole batch.
  const local = rows.filter((r) => LOCAL.has(r.kind));
  if (local.length) {
    await groupCommitOf(ctx).run(() => {
      for (const row of local) {
        deliverLocal(ctx, row);
        outboxRepo.markDone(ctx.db, row.id, ctx.clock.now());
      }
    }).committed;
  }
  for (const row of rows.filter((r) => !LOCAL.has(r.kind))) {
    try {
      await deliver(ctx, row);
      outboxRepo.markDone(ctx.db, row.id, ctx.clock.now());
    } catch (err) {
      const attempts = row.attempts + 1;
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof Permanent || attempts >= MAX_ATTEMPTS) outboxRepo.markFailed(ctx.db, row.id, attempts, message, ctx.clock.now());
      else outboxRepo.markRetry(ctx.db, row.id, attempts, ctx.clock.now() + backoffMs(attempts), message);
      ctx.logger.warn({ outboxId: row.id, kind: row.kind, attempts, error: message.slice(0, 200) }, 'delivery failed');
    }
  }
  return rows.length;
}

/** Returns the absolute web-app address of an effect's page for robot messages (the public URL in front of the in-app link). */
function linkOf(ctx: AppContext, projectId: string | null, p: Record<string, unknown>): string {
  return `${ctx.config.publicUrl.replace(/\/$/, '')}${notificationLinks.ofPayload(projectId, p) ?? '/'}`;
}

const LOCAL = new Set(['notify', 'alert']);

/**
 * Carries out a local effect inside the caller's transaction: one notification per user, its text
 * filled as that user may see the case (personal data masked unless theirs to see) and its body
 * naming the case; robots get the masked text.
 */
function deliverLocal(ctx: AppContext, row: OutboxRow): void {
  const p: Record<string, unknown> = { ...row.payload, projectId: row.projectId };
  const link = notificationLinks.ofPayload(row.projectId, p);
  const owners = Array.isArray(p.owners) ? (p.owners as string[]) : [];
  const texts = notificationTextsFor(ctx, { recordId: p.recordId, projectId: row.projectId, owners }, p.message as Message, p.notice as Notice | undefined);
  const notifyUsers = (users: readonly string[]) => {
    for (const userId of users) {
      const { title, body } = texts.forUser(userId);
      outboxRepo.insertNotification(ctx.db, { id: newId('ntf'), userId, projectId: row.projectId, dedupeKey: row.dedupeKey, title, body, link, createdAt: ctx.clock.now() });
    }
  };
  switch (row.kind) {
    case 'notify': {
      const to = (p.to ?? {}) as { users?: string[]; robots?: string[] };
      notifyUsers(to.users ?? []);
      // Each robot gets its own row: its own retries, its own dedupe key, its own failure record.
      const robots = to.robots ?? [];
      const message = robots.length ? texts.forRobots() : undefined;
      for (const key of robots) {
        outboxRepo.insert(ctx.db, { id: newId('obx'), projectId: row.projectId, kind: 'robot', dedupeKey: `${row.dedupeKey}:robot:${key}`, payload: { robotKey: key, message, link: linkOf(ctx, row.projectId, p), instanceId: p.instanceId }, status: 'pending', attempts: 0, nextAttemptAt: ctx.clock.now(), createdAt: ctx.clock.now() });
      }
      return;
    }
    case 'alert': {
      const project = row.projectId ? tenancyRepo.findProject(ctx.db, row.projectId) : undefined;
      notifyUsers(project ? projectDirectory(ctx, project).roles.siteManager ?? [] : []);
      return;
    }
    default:
      throw new Error(`not a local effect: ${row.kind}`);
  }
}

/** Carries out a remote effect (robot webhook, http step, started, ended or cancelled sub-flow); throws to retry, Permanent to fail. */
async function deliver(ctx: AppContext, row: OutboxRow): Promise<void> {
  const p: Record<string, unknown> = { ...row.payload, projectId: row.projectId };
  switch (row.kind) {
    case 'robot':
      return sendRobot(ctx, row, p);
    case 'http':
      return callHttp(ctx, row, p);
    case 'generateDocuments':
      return deliverGenerateDocuments(ctx, row).catch(permanentOf);
    case 'startFlow':
      // A child nobody waits for any more (its parent ended before it started) would only be cancelled at once.
      if (p.awaitResult === true && (instancesRepo.find(ctx.db, String(p.instanceId))?.status ?? 'running') !== 'running') return;
      try {
        return deliverStartFlow(ctx, row);
      } catch (err) {
        return permanentOf(err);
      }
    case 'childEnded':
      return linkedDelivery(() => notifyParent(ctx, row));
    case 'cancelFlow':
      return linkedDelivery(() => cancelChild(ctx, row));
    default:
      throw new Permanent(`unknown effect kind ${row.kind}`);
  }
}

/** Runs a parent/child hand-over; an engine refusal (a bug or a bad definition) fails the row at once, as retrying cannot help. */
function linkedDelivery(run: () => unknown): void {
  try {
    run();
  } catch (err) {
    if (err instanceof ApiError || (isSiteflowError(err) && err.kind !== 'unexpected')) throw new Permanent(err.message);
    throw err;
  }
}

async function sendRobot(ctx: AppContext, row: OutboxRow, p: Record<string, unknown>): Promise<void> {
  const robot = row.projectId ? robotsRepo.find(ctx.db, row.projectId, String(p.robotKey)) : undefined;
  if (!robot) throw new Permanent(`robot ${String(p.robotKey)} is not configured for this project`);
  const url = await checkRobotUrl(robot.url, { allowList: ctx.config.robotAllowList, testMode: ctx.config.testMode }).catch((e: Error) => {
    throw new Permanent(e.message);
  });
  const message = p.message as Message;
  const body = robotPayload(robot.kind as RobotKind, { title: message.zh, body: message.en, link: String(p.link) });
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), redirect: 'error', signal: AbortSignal.timeout(10_000) });
  const error = robotError(robot.kind as RobotKind, res.status, await readJson(res));
  if (error) throw new Error(error);
}

async function callHttp(ctx: AppContext, row: OutboxRow, p: Record<string, unknown>): Promise<void> {
  let ok = false;
  let response: unknown;
  let error: string | undefined;
  try {
    const url = await checkRobotUrl(String(p.url), { allowList: ctx.config.robotAllowList, testMode: ctx.config.testMode });
    const res = await fetch(url, {
      method: String(p.method ?? 'POST'), headers: { 'content-type': 'application/json', ...(p.headers as Record<string, string> | undefined) },
      ...(p.body !== undefined && p.method !== 'GET' ? { body: JSON.stringify(p.body) } : {}), redirect: 'error', signal: AbortSignal.timeout(10_000),
    });
    response = await readJson(res);
    ok = res.status >= 200 && res.status < 300;
    if (!ok) error = `HTTP ${res.status}`;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  if (!ok && row.attempts + 1 < MAX_ATTEMPTS) throw new Error(error ?? 'failed');
  // Final answer (success, or failure after the last attempt): report it to the instance.
  ctx.sqlite.transaction(() => {
    const instance = instancesRepo.find(ctx.db, String(p.instanceId));
    if (!instance || instance.status !== 'running') return;
    const flow = publishedFlow(ctx, instance.projectId, instance.flowKey, instance.flowVersion);
    const record = recordsRepo.findById(ctx.db, instance.recordId)!;
    const project = tenancyRepo.findProject(ctx.db, instance.projectId)!;
    const decision = decideFlow(flow, instance.state as unknown as InstanceState, { type: 'actionResult', effectId: String(p.id), ok, response, ...(error ? { error } : {}) }, decideContext(ctx, project, record.data));
    persistDecision(ctx, flow, { ...instance, version: instance.version }, decision);
  })();
  if (!ok) throw new Permanent(error ?? 'failed');
}

async function readJson(res: Response): Promise<unknown> {
  const text = (await res.text()).slice(0, RESPONSE_LIMIT);
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}
