import { describe, expect, it } from 'vitest';
import { compileForm, fieldList, isSiteflowError, validateFormDefinition, type FormDefinition } from '../../index.js';
import { cancellationInterview } from '../__fixtures__/cancellation-interview.js';

declare global {
  interface ImportMeta {
    glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
  }
}

interface Fixture {
  readonly definition: unknown;
  readonly issues: readonly string[];
}

const fixtures = Object.entries(import.meta.glob<Fixture>('../__fixtures__/invalid/[!_]*.ts', { eager: true }))
  .map(([file, fixture]) => [file.replace(/^.*\/(.+)\.ts$/, '$1'), fixture] as const);

describe('form definitions: the meta-schema and the semantic checks', () => {
  it('finds the invalid-definition fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it.each(fixtures)('%s is refused with exactly its issues', (_name, fixture) => {
    const issues = validateFormDefinition(fixture.definition);
    expect(issues.map((i) => i.code).sort()).toEqual([...fixture.issues].sort());
    for (const issue of issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message.zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(issue.message.en).toMatch(/[A-Za-z]/);
    }
  });

  it.each(fixtures)('%s cannot be compiled (publishing is blocked)', (_name, fixture) => {
    let thrown: unknown;
    try {
      compileForm(fixture.definition as FormDefinition);
    } catch (error) {
      thrown = error;
    }
    expect(isSiteflowError(thrown) && thrown.code).toBe('FORM_DEFINITION_INVALID');
    expect(isSiteflowError(thrown) && thrown.issues.length).toBeGreaterThan(0);
  });

  it('accepts the 退订 first-interview form', () => {
    expect(validateFormDefinition(cancellationInterview)).toEqual([]);
  });

  it('points at the setting to fix', () => {
    const issues = validateFormDefinition({
      key: 'x', name: { zh: '表', en: 'Form' },
      schema: { type: 'object', properties: { school: { type: 'string', 'x-ui': { fieldType: 'text', label: { zh: '学校', en: 'School' }, visibleWhen: "contains(reasons, '学区')" } } } },
    });
    expect(issues).toEqual([expect.objectContaining({ code: 'EXPR_UNKNOWN_FIELD', path: 'schema.properties.school.x-ui.visibleWhen' })]);
    expect(issues[0]?.message).toEqual({ zh: '表达式引用了不存在的字段「reasons」', en: 'The expression refers to an unknown field "reasons"' });
  });

  it('accepts a report role and names a bad one in both languages', () => {
    expect(validateFormDefinition({ ...cancellationInterview, key: 'my-cancel-order', reportRole: 'workOrder' })).toEqual([]);
    expect(validateFormDefinition({ ...cancellationInterview, reportRole: 'tracking' })).toEqual([]);
    const issues = validateFormDefinition({ ...cancellationInterview, reportRole: '退订工单' });
    expect(issues).toEqual([{
      code: 'FORM_DEF_BAD_REPORT_ROLE', path: 'reportRole',
      message: {
        zh: '报表角色「退订工单」不存在：可选 workOrder（退订工单）或 tracking（退筹事件追踪表），不参与报表时不填',
        en: 'Report role "退订工单" is unknown: use workOrder (cancellation work order) or tracking (cancellation tracking table), or leave it out',
      },
    }]);
    expect(validateFormDefinition({ ...cancellationInterview, reportRole: null })).toEqual([expect.objectContaining({ code: 'FORM_DEF_BAD_REPORT_ROLE', path: 'reportRole' })]);
  });

  it('compiles once per definition object and per identical text', () => {
    const first = compileForm(cancellationInterview);
    expect(compileForm(cancellationInterview)).toBe(first);
    expect(compileForm(JSON.parse(JSON.stringify(cancellationInterview)) as FormDefinition)).toBe(first);
    expect(first.dataSchema).toMatchObject({ type: 'object', additionalProperties: false });
  });

  it('lists fields for designers and tables, in display order, with the "other" text', () => {
    const fields = fieldList(cancellationInterview);
    const paths = fields.map((f) => f.path);
    expect(paths.slice(0, 7)).toEqual(['customer', 'customer.name', 'customer.phone', 'customer.idNumber', 'customer.address', 'customer.email', 'unitNo']);
    expect(paths).toContain('reasonsOther');
    const phone = fields.find((f) => f.path === 'customer.phone');
    expect(phone).toMatchObject({ fieldType: 'phone', widget: 'phone', sensitivity: 'phone', required: true, parent: 'customer' });
    const reasons = fields.find((f) => f.path === 'reasons');
    expect(reasons?.options?.map((o) => o.value)).toContain('other');
    expect(fields.find((f) => f.path === 'payments')?.columns?.map((c) => c.path)).toEqual(['payments.*.kind', 'payments.*.amount', 'payments.*.paidOn']);
    expect(fields.find((f) => f.path === 'totalPaid')).toMatchObject({ readOnly: true, fieldType: 'computed' });
  });
});

describe('a field setting the designer left invalid is named as the property panel names it', () => {
  const one = (ui: Record<string, unknown>) => ({ key: 'f', name: { zh: '表单', en: 'Form' }, schema: { type: 'object', properties: { text1: { type: 'string', 'x-ui': { fieldType: 'text', ...ui } } } } });
  it('names an emptied Chinese label by the field’s English one, and an emptied option by its field', () => {
    const [empty] = validateFormDefinition(one({ label: { zh: '', en: 'Customer name' } }));
    expect([empty!.code, empty!.message, empty!.path]).toEqual(['FORM_DEF_FIELD_TEXT_EMPTY', { zh: '「Customer name」的标题（中文）不能为空', en: 'The label (Chinese) of "Customer name" cannot be empty' }, 'schema.properties.text1.x-ui.label.zh']);
    const [help] = validateFormDefinition(one({ label: { zh: '客户姓名', en: 'Customer name' }, help: { zh: '说明', en: '' } }));
    expect(help!.message.zh).toBe('「客户姓名」的帮助说明（英文）不能为空');
    const [missing] = validateFormDefinition({ ...one({}), schema: { type: 'object', properties: { text1: { type: 'string', 'x-ui': { fieldType: 'text' } } } } });
    expect(missing!.message).toEqual({ zh: '「text1」缺少标题', en: '"text1" has no label' });
    const option = validateFormDefinition({ ...one({}), schema: { type: 'object', properties: { reason: { type: 'string', 'x-ui': { fieldType: 'select', label: { zh: '退订原因', en: 'Reason' }, options: [{ value: 'a', label: { zh: '', en: 'A' } }] } } } } });
    expect(option.map((i) => [i.message.zh, i.path])).toEqual([['「退订原因」的选项（中文）不能为空', 'schema.properties.reason.x-ui.options.0.label.zh']]);
  });
});
