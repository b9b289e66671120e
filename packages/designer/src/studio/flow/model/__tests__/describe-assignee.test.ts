import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeAssignee } from '../describe.js';
import { formFields, type FormSchemaLike } from '../form-fields.js';

// The shipped 客户退订处理 form: its 置业顾问 person field names the customer's own consultant.
const form = JSON.parse(readFileSync(new URL('../../../../../../../templates/cancellation-work-order/forms/cancellation-work-order.json', import.meta.url), 'utf8')) as FormSchemaLike;
const fields = formFields(form);

describe('assignees in words on the node cards', () => {
  it('names a person field and its fallback instead of showing the expression', () => {
    expect(describeAssignee({ kind: 'expression', expr: 'isEmpty(consultant) ? initiator : consultant' }, 'zh', fields)).toBe('置业顾问（未填写时：发起人）');
    expect(describeAssignee({ kind: 'expression', expr: 'isEmpty(consultant) ? roleMembers.consultant : consultant' }, 'zh', fields)).toBe('置业顾问（未填写时：全部置业顾问）');
    expect(describeAssignee({ kind: 'expression', expr: 'record.consultant' }, 'en', fields)).toBe('Sales consultant');
  });

  it('keeps other expressions as code', () => {
    expect(describeAssignee({ kind: 'expression', expr: 'isEmpty(consultant) ? initiator : manager' }, 'zh', fields)).toBe('ƒ isEmpty(consultant) ? initiator : manager');
    expect(describeAssignee({ kind: 'expression', expr: 'unknownField' }, 'zh', fields)).toBe('ƒ unknownField');
  });
});
