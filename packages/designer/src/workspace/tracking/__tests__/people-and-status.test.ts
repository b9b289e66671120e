import { describe, expect, it } from 'vitest';
import { personLabel } from '../../../renderer/index.js';
import { InstanceStatus } from '@siteflow/runtime';
import { recordStatusColor, recordStatusKey } from '../record-status.js';
import { flowStatusColor, flowStatusKey } from '../record-flows.js';
import { workspaceMessages } from '../../messages.js';

const roleName = (key: string) => ({ consultant: '置业顾问', legal: '法务' } as Record<string, string>)[key] ?? key;

describe('people on the record page and tracking table', () => {
  it('reads as name and role, without repeating a role the name already carries', () => {
    expect(personLabel({ userId: 'usr_consultant2', displayName: '李强（置业顾问）', roles: ['consultant'] }, roleName, 'zh')).toBe('李强（置业顾问）');
    expect(personLabel({ userId: 'usr_li', displayName: '李明', roles: ['legal'] }, roleName, 'zh')).toBe('李明（法务）');
    expect(personLabel({ userId: 'usr_li', displayName: 'Li Ming', roles: ['legal'] }, () => 'Legal', 'en')).toBe('Li Ming (Legal)');
    expect(personLabel({ userId: 'usr_x', displayName: '', roles: [] }, roleName, 'zh')).toBe('usr_x');
  });
});

describe('record status', () => {
  it('names every status the server sets in zh and en', () => {
    expect(workspaceMessages[recordStatusKey('open')!].zh).toBe('进行中');
    expect(workspaceMessages[recordStatusKey('closed')!]).toEqual({ zh: '已完结', en: 'Closed' });
    expect(workspaceMessages[recordStatusKey('withdrawn')!].zh).toBe('已撤回');
    expect(recordStatusKey('archived-by-hand')).toBeNull();
    expect(recordStatusColor('closed')).toBe('success');
  });
});

describe('flow status on the record page', () => {
  it('names every status an instance can have, each differently, and colours the finished and the failed apart', () => {
    const texts = Object.values(InstanceStatus).map((s) => workspaceMessages[flowStatusKey(s)].zh);
    expect(new Set(texts).size).toBe(Object.values(InstanceStatus).length);
    expect(workspaceMessages[flowStatusKey('rejected')]).toEqual({ zh: '已驳回', en: 'Rejected' });
    expect(flowStatusColor('completed')).toBe('green');
    expect(flowStatusColor('failed')).toBe('red');
    expect(flowStatusColor('running')).toBe('blue');
  });
});
