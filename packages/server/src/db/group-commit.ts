import type Database from 'better-sqlite3';
import { invalidateReadCache } from './read-cache.js';

/**
 * Group commit: writes that arrive together share one SQLite transaction and one fsync.
 *
 * The first `run` of a tick opens `BEGIN IMMEDIATE`; every `run` executes its work inside a
 * nested better-sqlite3 transaction (a SAVEPOINT, so a failing request rolls back alone);
 * `COMMIT` happens on `setImmediate`, after every request read in the same I/O phase has run.
 * Callers answer only when `committed` resolves, so nothing is acknowledged before it is
 * durable (synchronous=FULL), yet 50 concurrent completions cost one fsync instead of 50.
 */
export class GroupCommit {
  readonly #sqlite: Database.Database;
  #waiters: { resolve: () => void; reject: (err: unknown) => void }[] = [];
  #open = false;
  #batches = 0;
  #runs = 0;
  #commitMs = 0;

  constructor(sqlite: Database.Database) {
    this.#sqlite = sqlite;
  }

  /** Runs `work` in the current batch; returns its value and a promise settled at COMMIT. */
  run<T>(work: () => T): { value: T; committed: Promise<void> } {
    if (!this.#open) {
      if (this.#sqlite.inTransaction) {
        // Someone else holds a transaction (should not happen between ticks): run standalone.
        return { value: this.#inSavepoint(work), committed: Promise.resolve() };
      }
      this.#sqlite.exec('BEGIN IMMEDIATE');
      this.#open = true;
      setImmediate(() => this.#commit());
    }
    const value = this.#inSavepoint(work);
    this.#runs += 1;
    const committed = new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    return { value, committed };
  }

  #inSavepoint<T>(work: () => T): T {
    try {
      return this.#sqlite.transaction(work)();
    } catch (err) {
      invalidateReadCache(); // rows cached from the undone writes must not outlive them
      throw err;
    }
  }

  /** Batches committed and units of work run in them since start (shown by /readyz). */
  stats(): { batches: number; runs: number; commitMs: number } {
    return { batches: this.#batches, runs: this.#runs, commitMs: Math.round(this.#commitMs) };
  }

  #commit(): void {
    const waiters = this.#waiters;
    this.#batches += 1;
    this.#waiters = [];
    this.#open = false;
    try {
      const started = performance.now();
      this.#sqlite.exec('COMMIT');
      this.#commitMs += performance.now() - started;
      for (const w of waiters) w.resolve();
    } catch (err) {
      invalidateReadCache();
      if (this.#sqlite.inTransaction) this.#sqlite.exec('ROLLBACK');
      for (const w of waiters) w.reject(err);
    }
  }
}

const committers = new WeakMap<object, GroupCommit>();

/** Returns the group committer of a database connection (one per connection). */
export function groupCommitOf(ctx: { readonly sqlite: Database.Database }): GroupCommit {
  let gc = committers.get(ctx.sqlite);
  if (!gc) {
    gc = new GroupCommit(ctx.sqlite);
    committers.set(ctx.sqlite, gc);
  }
  return gc;
}
