import { describe, expect, it } from 'vitest';
import type { Session } from '../../../api/index.js';
import { canCreateRecords, loggableForms, newRecordPath, recordRequest } from '../index.js';

const form = (key: string, latestVersion: number | null = 1) => ({ key, latestVersion });
const starters = new Map<string, readonly string[]>([
  ['cancellation-work-order', ['cancellation-work-order']],
  ['coordination-meeting', ['coordination-meeting']],
  ['refund-request', ['refund', 'refund-express']],
]);
const session = (roles: Record<string, string[]>): Session => ({ user: { id: 'usr_1' } as Session['user'], memberships: [], projectRoles: roles, csrfToken: null });

describe('登记记录: forms logged as records directly', () => {
  it('lists the published forms no published flow starts, in list order', () => {
    // Given the follow-up form (no flow), two work-order forms a flow starts, and a form still in draft
    const forms = [form('customer-followup'), form('cancellation-work-order'), form('draft-only', null), form('coordination-meeting'), form('site-visit', 3)];
    // Then only the follow-up and the site-visit forms are offered at 登记记录
    expect(loggableForms(forms, starters).map((f) => f.key)).toEqual(['customer-followup', 'site-visit']);
  });

  it('sends 新建 to the record form, the one flow\'s start form, or the 发起 list', () => {
    expect(newRecordPath('customer-followup', starters, starters)).toBe('start/forms/customer-followup');
    expect(newRecordPath('cancellation-work-order', starters, starters)).toBe('start/cancellation-work-order');
    expect(newRecordPath('refund-request', starters, starters)).toBe('start');
  });

  it('offers no 新建 on a form only flows the user may not start create, and counts only the flows the user may start', () => {
    // Given a consultant, who starts the refund flows but not the managers' 一级预警协调会
    const startable = new Map<string, readonly string[]>([
      ['cancellation-work-order', ['cancellation-work-order']],
      ['refund-request', ['refund']],
    ]);
    // Then the meeting's form offers no 新建 (it would open a page that refuses her)
    expect(newRecordPath('coordination-meeting', starters, startable)).toBeNull();
    // And the form two flows start goes straight to the one she may start
    expect(newRecordPath('refund-request', starters, startable)).toBe('start/refund');
    // And a form no flow starts still opens its record form
    expect(newRecordPath('customer-followup', starters, startable)).toBe('start/forms/customer-followup');
  });

  it('offers 新建 to every member of the project, as the server allows, and to no one else', () => {
    expect(canCreateRecords(session({ prj_yunqi: ['consultant'] }), 'prj_yunqi')).toBe(true);
    expect(canCreateRecords(session({ prj_yunqi: ['regionalDirector'] }), 'prj_yunqi')).toBe(true);
    expect(canCreateRecords(session({ prj_xixi: ['consultant'] }), 'prj_yunqi')).toBe(false);
    expect(canCreateRecords(session({ prj_yunqi: [] }), 'prj_yunqi')).toBe(false);
    expect(canCreateRecords(undefined, 'prj_yunqi')).toBe(false);
  });
});

describe('the write that logs a record', () => {
  it('posts the form key and the data to the project\'s records, as the outbox stores it', () => {
    expect(recordRequest('prj_yunqi', 'customer-followup', { customerName: '张先生' })).toEqual({
      method: 'POST', path: '/projects/prj_yunqi/records', body: { formKey: 'customer-followup', data: { customerName: '张先生' } },
    });
  });

  it('escapes the project id in the path', () => {
    expect(recordRequest('prj/x y', 'f', {}).path).toBe('/projects/prj%2Fx%20y/records');
  });
});
