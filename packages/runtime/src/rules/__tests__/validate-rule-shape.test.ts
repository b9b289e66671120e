import { describe, expect, it } from 'vitest';
import { validateRule, type Rule } from '../../index.js';

const valid = {
  key: 'r1', name: { zh: '规则', en: 'Rule' }, trigger: { kind: 'recordCreated' },
  actions: [{ kind: 'alert', level: 'level1', message: { title: { zh: '预警', en: 'Alert' } } }],
};

describe('validateRule on malformed input', () => {
  it.each([
    ['not an object', null, ''],
    ['trigger missing', { ...valid, trigger: undefined }, 'trigger.kind'],
    ['unknown trigger kind', { ...valid, trigger: { kind: 'hourly' } }, 'trigger.kind'],
    ['actions not a list', { ...valid, actions: 'notify' }, 'actions'],
    ['action of unknown kind', { ...valid, actions: [{ kind: 'explode' }] }, 'actions.0.kind'],
    ['notify without a recipient list', { ...valid, actions: [{ kind: 'notify', template: {} }] }, 'actions.0.to'],
    ['recipient that is not an object', { ...valid, actions: [{ kind: 'createTask', title: { zh: 'a', en: 'a' }, assignees: [null] }] }, 'actions.0.assignees.0'],
    ['setFields without values', { ...valid, actions: [{ kind: 'setFields' }] }, 'actions.0.values'],
    ['schedule without cron', { ...valid, trigger: { kind: 'schedule' } }, 'trigger.cron'],
  ])('returns an issue naming the field instead of throwing: %s', (_label, rule, path) => {
    const issues = validateRule(rule as unknown as Rule);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((i) => i.path)).toContain(path);
    const found = issues.find((i) => i.path === path)!;
    expect(found.code).toBe('RULE_MALFORMED');
    expect(found.message.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(found.message.en.length).toBeGreaterThan(0);
  });

  it('still accepts a well-formed rule', () => {
    expect(validateRule(valid as unknown as Rule)).toEqual([]);
  });
});
