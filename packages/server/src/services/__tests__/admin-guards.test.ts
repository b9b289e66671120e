import { describe, expect, it } from 'vitest';
import { adminChangeRefusal } from '../admin-guards.js';

describe('adminChangeRefusal', () => {
  it('refuses to leave the organisation without an active admin, whoever asks', () => {
    // e.g. two admins disabling each other at once: the second to commit finds only its target left
    expect(adminChangeRefusal({ kind: 'disable', actorId: 'a', targetId: 'b' }, ['b'])).toBe('ADMIN_LAST_ADMIN');
    expect(adminChangeRefusal({ kind: 'removeAdmin', actorId: 'a', targetId: 'b' }, ['b'])).toBe('ADMIN_LAST_ADMIN');
    expect(adminChangeRefusal({ kind: 'disable', actorId: 'a', targetId: 'a' }, ['a'])).toBe('ADMIN_LAST_ADMIN');
  });

  it('refuses locking yourself out while other admins remain', () => {
    expect(adminChangeRefusal({ kind: 'disable', actorId: 'a', targetId: 'a' }, ['a', 'b'])).toBe('ADMIN_SELF_DISABLE');
    expect(adminChangeRefusal({ kind: 'removeAdmin', actorId: 'a', targetId: 'a' }, ['a', 'b'])).toBe('ADMIN_SELF_DEMOTE');
  });

  it('allows changes to other users while an active admin remains', () => {
    expect(adminChangeRefusal({ kind: 'disable', actorId: 'a', targetId: 'b' }, ['a', 'b'])).toBeNull();
    expect(adminChangeRefusal({ kind: 'removeAdmin', actorId: 'a', targetId: 'b' }, ['a', 'b'])).toBeNull();
    // a user who is no admin, or a disabled admin, never counts
    expect(adminChangeRefusal({ kind: 'disable', actorId: 'a', targetId: 'c' }, ['a'])).toBeNull();
  });
});
