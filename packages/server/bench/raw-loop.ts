import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

/**
 * Returns completions per second of a raw better-sqlite3 loop doing the writes one HTTP
 * completion does (WAL, synchronous=FULL, one transaction each): close the task with a version
 * check, open the next task and its assignee rows, store the instance state with a version check,
 * append three audit events and one outbox row.
 */
export function rawCompletionLoop(path: string, n: number): number {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    create table instances (id text primary key, state text not null, version integer not null, next_wake_at integer, status text not null);
    create index instances_wake on instances(status, next_wake_at);
    create table tasks (id text primary key, instance_id text not null, status text not null, due_at integer, version integer not null);
    create index tasks_status_due on tasks(status, due_at);
    create table task_assignees (task_id text not null, user_id text not null, kind text not null, unique(task_id, user_id, kind));
    create table events (seq integer primary key autoincrement, id text not null unique, instance_id text, task_id text, type text not null, at integer not null, data text not null);
    create table outbox (id text primary key, dedupe_key text not null unique, payload text not null, status text not null, next_attempt_at integer not null);
  `);
  const state = JSON.stringify({ tokens: [{ id: 't1', nodeId: 'review' }], tasks: [{ id: 'x', assignees: ['u1', 'u2'] }], history: Array.from({ length: 6 }, (_, i) => ({ seq: i, at: 1, type: 'taskCreated' })) });
  const insertInstance = db.prepare('insert into instances values (?, ?, 1, null, ?)');
  const insertTask = db.prepare("insert into tasks values (?, ?, 'open', ?, 1)");
  const ids: [string, string][] = [];
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const ins = randomUUID();
      const task = randomUUID();
      insertInstance.run(ins, state, 'running');
      insertTask.run(task, ins, Date.now() + 86_400_000);
      ids.push([ins, task]);
    }
  })();
  const closeTask = db.prepare("update tasks set status = 'closed', version = version + 1 where id = ? and version = ?");
  const clearAssignees = db.prepare('delete from task_assignees where task_id = ?');
  const addAssignee = db.prepare('insert into task_assignees values (?, ?, ?)');
  const updateInstance = db.prepare('update instances set state = ?, version = version + 1, next_wake_at = ? where id = ? and version = ?');
  const addEvent = db.prepare('insert into events (id, instance_id, task_id, type, at, data) values (?, ?, ?, ?, ?, ?)');
  const addOutbox = db.prepare("insert into outbox values (?, ?, ?, 'pending', ?)");
  const complete = db.transaction((ins: string, task: string) => {
    if (closeTask.run(task, 1).changes !== 1) throw new Error('conflict');
    clearAssignees.run(task);
    addAssignee.run(task, 'u1', 'assignee');
    const nextTask = randomUUID();
    insertTask.run(nextTask, ins, Date.now() + 86_400_000);
    addAssignee.run(nextTask, 'u3', 'pending');
    if (updateInstance.run(state, Date.now() + 43_200_000, ins, 1).changes !== 1) throw new Error('conflict');
    for (const type of ['taskActed', 'taskCompleted', 'taskCreated']) addEvent.run(randomUUID(), ins, task, type, Date.now(), '{"nodeId":"review"}');
    addOutbox.run(randomUUID(), `fx:${ins}:${randomUUID()}`, '{"kind":"notify","to":{"users":["u3"]}}', Date.now());
  });
  const start = performance.now();
  for (const [ins, task] of ids) complete(ins, task);
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return n / seconds;
}
