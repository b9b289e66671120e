import { describe, expect, it } from 'vitest';
import { hasOpenWork, memberStatus } from '../team.js';

describe('project members (成员) helpers', () => {
  it('says who is active, disabled, or has left the project while holding work', () => {
    expect(memberStatus({ disabled: false, leftProject: false })).toBe('active');
    expect(memberStatus({ disabled: true, leftProject: false })).toBe('disabled');
    // Someone who left is shown as such even when also disabled: that is why they are still listed.
    expect(memberStatus({ disabled: true, leftProject: true })).toBe('left');
    expect(memberStatus({ disabled: false, leftProject: true })).toBe('left');
  });

  it('offers the hand-over only to people with open tasks or open customers', () => {
    expect(hasOpenWork({ openTasks: 1, openRecords: 0 })).toBe(true);
    expect(hasOpenWork({ openTasks: 0, openRecords: 2 })).toBe(true);
    expect(hasOpenWork({ openTasks: 0, openRecords: 0 })).toBe(false);
  });
});
