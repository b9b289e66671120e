// The server's own engine, driven in-process for the demo history: the same services the HTTP
// routes call (engineService start / task action / instance action, the scheduler's tickInstance,
// the outbox dispatcher), on a copy of the server context whose business clock the history moves.
// Each command runs in its own nested transaction (a savepoint: a failing command rolls back alone,
// as a request would) inside one outer transaction, so the whole history lands at once, or not at
// all, for one fsync instead of one per command.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AppContext } from '@siteflow/server';
// Server internals (services, not SQL): this driver exists for the server's demo seed.
import type { AuthUser } from '../../packages/server/src/auth/auth-user.js';
import { loadAccess } from '../../packages/server/src/auth/access.js';
import { commLogService, type IngestItem } from '../../packages/server/src/comm-logs/index.js';
import { manualClock } from '../../packages/server/src/clock.js';
import { newId } from '../../packages/server/src/db/ids.js';
import { engineService } from '../../packages/server/src/engine/engine-service.js';
import { publishedFlow } from '../../packages/server/src/engine/flow-versions.js';
import { filesRepo } from '../../packages/server/src/files/files-repo.js';
import { runOutbox } from '../../packages/server/src/outbox/dispatcher.js';
import { instancesRepo } from '../../packages/server/src/repos/instances-repo.js';
import { outboxRepo } from '../../packages/server/src/repos/outbox-repo.js';
import { usersRepo } from '../../packages/server/src/repos/users-repo.js';
import { tickInstance } from '../../packages/server/src/scheduler/scheduler.js';
import { startIntegrations, type Integrations } from '../../packages/server/src/wiring/integrations.js';
import type { StepSla } from './pace.js';
import type { Attachment } from './steps.js';

/** An open task as the driver sees it: its step, its version and who may act on it now. */
export interface OpenTask {
  readonly id: string;
  readonly nodeId: string;
  readonly version: number;
  readonly pending: readonly string[];
}

/** Drives one project's flows in-process on a manual business clock starting at `start`. */
export class EngineDriver {
  readonly ctx: AppContext;
  readonly #clock: ReturnType<typeof manualClock>;
  readonly #users = new Map<string, AuthUser>();
  readonly #slas = new Map<string, StepSla | undefined>();
  #integrations: Integrations | null = null;
  #nextWake: ReturnType<AppContext['sqlite']['prepare']> | null = null;

  constructor(server: AppContext, readonly projectId: string, start: number) {
    this.#clock = manualClock(start);
    this.ctx = { ...server, clock: this.#clock };
  }

  /** Returns the business time. */
  now(): number {
    return this.#clock.now();
  }

  /** Moves the business clock to `at` (never backwards). */
  moveTo(at: number): void {
    if (at > this.now()) this.#clock.set(at);
  }

  /** Starts the services effects need (documents) and opens the outer transaction. */
  async begin(): Promise<void> {
    this.#integrations = await startIntegrations(this.ctx);
    this.ctx.sqlite.exec('BEGIN IMMEDIATE');
  }

  /** Commits (or, after a failure, rolls back) and stops the services. */
  async end(ok: boolean): Promise<void> {
    if (this.ctx.sqlite.inTransaction) this.ctx.sqlite.exec(ok ? 'COMMIT' : 'ROLLBACK');
    await this.#integrations?.close();
  }

  /** Returns the demo account `username` as an authenticated user. */
  user(username: string): AuthUser {
    let user = this.#users.get(username);
    if (!user) {
      const row = usersRepo.findByUsername(this.ctx.db, username);
      if (!row) throw new Error(`demo user ${username} not found: run seedDemo first`);
      user = { id: row.id, username: row.username, displayName: row.displayName, organisationId: row.organisationId, access: loadAccess(this.ctx.db, row.id, row.organisationId), via: 'token' };
      this.#users.set(username, user);
    }
    return user;
  }

  /** Starts `flowKey` as `username` on a new record with `data`; returns the instance and record ids. */
  start(username: string, flowKey: string, data: Record<string, unknown>): { instanceId: string; recordId: string } {
    return this.#command(username, (user) => engineService.start(this.ctx, user, this.projectId, { flowKey, data }));
  }

  /** Submits a task as `username` with `data`. */
  act(username: string, task: OpenTask, data: Record<string, unknown>): void {
    this.#command(username, (user) => engineService.actOnTask(this.ctx, user, task.id, { action: 'submit', version: task.version, data }));
  }

  /** Withdraws (撤回, the starter) or cancels (作废, a supervisor) an instance as `username`. */
  endInstance(username: string, instanceId: string, action: 'withdraw' | 'cancel', comment: string): void {
    const instance = instancesRepo.find(this.ctx.db, instanceId);
    if (!instance) throw new Error(`instance ${instanceId} not found`);
    this.#command(username, (user) => engineService.actOnInstance(this.ctx, user, this.projectId, instanceId, { action, version: instance.version, comment }));
  }

  /**
   * Pushes one CRM message as `username`'s API token does (`POST /api/projects/:p/comm-logs`): the
   * comm-log service scores it and its rules put the alerts in the outbox. Returns the outcome.
   */
  pushCommLog(username: string, log: Readonly<Record<string, unknown>>): IngestItem {
    return this.#command(username, (user) => commLogService.ingest(this.ctx, user, this.projectId, [{ raw: { ...log }, ref: { row: 1, pathPrefix: 'logs[0]' } }], 'crmPush').items[0]!);
  }

  /** Returns the open tasks of an instance, by node id (parallel steps in a stable order). */
  openTasks(instanceId: string): OpenTask[] {
    const open = instancesRepo.tasksOfInstance(this.ctx.db, instanceId).filter((t) => t.status === 'open');
    const people = instancesRepo.assigneesOf(this.ctx.db, open.map((t) => t.id));
    return open
      .map((t) => ({ id: t.id, nodeId: t.nodeId, version: t.version, pending: people.filter((p) => p.taskId === t.id && p.kind === 'pending').map((p) => p.userId).sort() }))
      .sort((a, b) => (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0));
  }

  /** Returns the SLA of a task node of the published flow `flowKey`, or undefined when it has none. */
  slaOf(flowKey: string, nodeId: string): StepSla | undefined {
    const key = `${flowKey}/${nodeId}`;
    if (!this.#slas.has(key)) {
      const node = publishedFlow(this.ctx, this.projectId, flowKey).nodes.find((n) => n.id === nodeId);
      this.#slas.set(key, node?.kind === 'task' ? node.sla?.duration : undefined);
    }
    return this.#slas.get(key);
  }

  /** Returns the demo username of a user id. */
  usernameOf(userId: string): string {
    const row = usersRepo.findById(this.ctx.db, userId);
    if (!row) throw new Error(`user ${userId} not found`);
    return row.username;
  }

  /** Returns the earliest pending timer of the project's running instances, or null. */
  nextWake(): number | null {
    this.#nextWake ??= this.ctx.sqlite.prepare("select min(next_wake_at) as at from instances where project_id = ? and status = 'running'");
    return (this.#nextWake.get(this.projectId) as { at: number | null }).at;
  }

  /** Runs the scheduler's tick for every instance due now (reminders, breaches, escalations, deadlines); returns their ids. */
  tickDue(): string[] {
    const due = instancesRepo.due(this.ctx.db, this.now(), 500).map((r) => r.id);
    return due.filter((id) => this.ctx.sqlite.transaction(() => tickInstance(this.ctx, id))());
  }

  /** Delivers what the outbox holds now (notifications, document packages), as the server's dispatcher does right after a commit. */
  async deliver(): Promise<void> {
    for (let pass = 0; pass < 5 && (await runOutbox(this.ctx)) > 0; pass++);
  }

  /** Marks the notifications `username` had received by `at` read then (they opened the app to act). */
  readNotifications(username: string, at: number): void {
    const userId = this.user(username).id;
    const seen = outboxRepo.notificationsOf(this.ctx.db, userId, true, 100_000).filter((n) => n.createdAt <= at).map((n) => n.id);
    if (seen.length > 0) outboxRepo.markRead(this.ctx.db, userId, seen, at);
  }

  /**
   * Stores an image as `username` the way the attachments API does (bytes under `files/` beside the
   * database, then the row) and returns the attachment value.
   */
  storeImage(username: string, name: string, bytes: Buffer): Attachment {
    const id = newId('file');
    const path = join(dirname(this.ctx.sqlite.name), 'files', this.projectId, id);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes, { mode: 0o600 });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    filesRepo.insert(this.ctx.db, { id, projectId: this.projectId, name, mediaType: 'image/png', size: bytes.length, sha256, content: null, createdBy: this.user(username).id, createdAt: this.now() });
    return { id, name, size: bytes.length, type: 'image/png' };
  }

  #command<T>(username: string, run: (user: AuthUser) => T): T {
    const user = this.user(username);
    return this.ctx.sqlite.transaction(() => run(user))();
  }
}
