import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../open.js';
import { cachedRead, invalidateReadCache } from '../read-cache.js';
import { GroupCommit } from '../group-commit.js';

const temp = mkdtempSync(join(tmpdir(), 'siteflow-read-cache-'));
const db = openDatabase(join(temp, 'cache.sqlite'));
afterAll(() => {
  db.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('read cache', () => {
  it('loads once until invalidated', () => {
    let loads = 0;
    const read = () => cachedRead(db.sqlite, 'k1', () => ++loads);
    expect([read(), read()]).toEqual([1, 1]);
    invalidateReadCache();
    expect(read()).toBe(2);
  });

  it('forgets what was cached inside a unit of work that rolled back', async () => {
    const gc = new GroupCommit(db.sqlite);
    expect(() => gc.run(() => {
      cachedRead(db.sqlite, 'k2', () => 'seen inside the undone work');
      throw new Error('refused');
    })).toThrow('refused');
    expect(cachedRead(db.sqlite, 'k2', () => 'read again')).toBe('read again');
    await gc.run(() => undefined).committed;
  });
});
