import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open.js';
import { events } from '../../db/schema.js';
import { eventsRepo } from '../events-repo.js';

const temp = mkdtempSync(join(tmpdir(), 'siteflow-insert-rows-'));
const db = openDatabase(join(temp, 'events.sqlite'));
afterAll(() => {
  db.close();
  rmSync(temp, { recursive: true, force: true });
});

const event = (i: number, extra: Partial<typeof events.$inferInsert> = {}) =>
  ({ id: `evt_${i}`, projectId: null, instanceId: 'ins_1', recordId: null, taskId: null, type: `flow.step${i}`, actorId: null, at: 1000 + i, data: { i }, ...extra });

describe('eventsRepo.insertAll', () => {
  it('appends many events in their order, with their data, across statement boundaries and column sets', () => {
    const rows = [
      ...Array.from({ length: 20 }, (_, i) => event(i)),
      event(20, { actorId: undefined }), // another column set in the middle
      ...Array.from({ length: 3 }, (_, i) => event(21 + i, { taskId: 'task_9' })),
    ];
    eventsRepo.insertAll(db.db, rows);
    const stored = eventsRepo.ofInstance(db.db, 'ins_1');
    expect(stored.map((e) => e.id)).toEqual(rows.map((r) => r.id));
    expect(stored.map((e) => e.data)).toEqual(rows.map((r) => r.data));
    expect(stored[22]!.taskId).toBe('task_9');
    expect(new Set(stored.map((e) => e.seq)).size).toBe(rows.length);
  });

  it('stores nothing when one row breaks a constraint, and the caller sees the error', () => {
    const before = eventsRepo.ofInstance(db.db, 'ins_2').length;
    expect(() => db.sqlite.transaction(() => eventsRepo.insertAll(db.db, [event(100, { instanceId: 'ins_2' }), event(101, { instanceId: 'ins_2', id: 'evt_100' })]))()).toThrow(/UNIQUE/);
    expect(eventsRepo.ofInstance(db.db, 'ins_2').length).toBe(before);
  });
});
