import { describe, expect, it } from 'vitest';
import { validate, version } from 'uuid';
import { newId } from '../ids.js';

const uuidOf = (id: string) => id.replace(/^[a-z]+_/, '').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

describe('newId', () => {
  it('makes prefixed UUIDv7 ids that are unique and sort in creation order', () => {
    const ids = Array.from({ length: 5000 }, () => newId('evt'));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids.slice(0, 50)) {
      expect(id).toMatch(/^evt_[0-9a-f]{32}$/);
      expect(validate(uuidOf(id))).toBe(true);
      expect(version(uuidOf(id))).toBe(7);
    }
  });

  it('carries the creation time in its first 48 bits', () => {
    const before = Date.now();
    const id = newId('rec');
    const msecs = parseInt(id.slice(4, 16), 16);
    expect(msecs).toBeGreaterThanOrEqual(before);
    expect(msecs).toBeLessThanOrEqual(Date.now() + 1);
  });
});
