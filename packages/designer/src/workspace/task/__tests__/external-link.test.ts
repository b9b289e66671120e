import { describe, expect, it } from 'vitest';
import { canIssueLink, defaultLinkFields, linkableFields, linkPreset, linkUrl, unansweredRequired } from '../external-link.js';
import type { FieldPermission, FormDefinition } from '../../../renderer/index.js';

const m = (zh: string, en: string) => ({ zh, en });
// The 教育局对接 step of the school-district template: two answers for the bureau, how it was confirmed, documents.
const form = {
  key: 'school', name: m('学区房退订', 'School'),
  schema: {
    type: 'object',
    properties: {
      depositAmount: { type: 'number', 'x-ui': { fieldType: 'money', label: m('定金', 'Deposit') } },
      policyStatus: { type: 'string', 'x-ui': { fieldType: 'select', label: m('政策确认结果', 'Policy answer'), options: [{ value: 'confirmed', label: m('已确认', 'Confirmed') }] } },
      policyDetail: { type: 'string', 'x-ui': { fieldType: 'textarea', label: m('政策说明', 'Policy statement') } },
      confirmedBy: { type: 'string', 'x-ui': { fieldType: 'select', label: m('确认方式', 'Confirmed by'), options: [{ value: 'bureauLink', label: m('一次性链接', 'Link') }] } },
      policyDocument: { type: 'array', 'x-ui': { fieldType: 'attachments', label: m('政策文件', 'Documents') } },
    },
  },
} as unknown as FormDefinition;
const access: Record<string, FieldPermission> = { depositAmount: 'read', policyStatus: 'required', policyDetail: 'required', confirmedBy: 'required', policyDocument: 'edit' };

describe('external links on a task', () => {
  it('offers the editable fields a contact can answer on the link page, not read-only ones or attachments', () => {
    expect(linkableFields(form, access).map((f) => [f.path, f.required])).toEqual([['policyStatus', true], ['policyDetail', true], ['confirmedBy', true]]);
  });

  it('is offered only to a pending assignee of an open fill step', () => {
    const fields = linkableFields(form, access);
    const detail = { task: { status: 'open' }, pending: ['usr_edu'], actions: ['submit', 'transfer'] };
    expect(canIssueLink(detail, 'usr_edu', fields)).toBe(true);
    expect(canIssueLink(detail, 'usr_manager', fields)).toBe(false);
    expect(canIssueLink({ ...detail, task: { status: 'closed' } }, 'usr_edu', fields)).toBe(false);
    expect(canIssueLink({ ...detail, actions: ['approve', 'reject'] }, 'usr_edu', fields)).toBe(false);
    expect(canIssueLink(detail, 'usr_edu', [])).toBe(false);
    expect(canIssueLink(detail, undefined, fields)).toBe(false);
  });

  it('gives the contact the empty fields and sends what the assignee filled in along with the link', () => {
    // Given the education consultant picked 确认方式 = 一次性链接 on the form
    const value = { depositAmount: 800000, confirmedBy: 'bureauLink', policyDetail: '  ' };
    const fields = defaultLinkFields(linkableFields(form, access), value);
    // Then the bureau answers the policy, and the confirmation method is preset (read-only values never are)
    expect(fields).toEqual(['policyStatus', 'policyDetail']);
    const preset = linkPreset(value, access, fields);
    expect(preset).toEqual({ confirmedBy: 'bureauLink' });
    expect(unansweredRequired(form, access, fields, preset)).toEqual([]);
  });

  it('names the required fields nobody would fill in', () => {
    const preset = linkPreset({}, access, ['policyStatus']);
    expect(unansweredRequired(form, access, ['policyStatus'], preset)).toEqual([m('政策说明', 'Policy statement'), m('确认方式', 'Confirmed by')]);
  });

  it('builds the full address from the site origin and the page path', () => {
    expect(linkUrl('http://127.0.0.1:3000/', '/api/external-links/abc.def/page')).toBe('http://127.0.0.1:3000/api/external-links/abc.def/page');
  });
});
