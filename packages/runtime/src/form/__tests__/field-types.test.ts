import { describe, expect, it } from 'vitest';
import { fieldTypes, idCardCheckChar, validateFormDefinition, validateSubmission, type FieldSchema, type FieldTypeId } from '../../index.js';
import { codes, oneFieldForm } from './helpers.js';

const label = { zh: '字段', en: 'Field' };
const withCheck = (first17: string) => `${first17}${idCardCheckChar(first17)}`;
const options = [{ value: 'a', label: { zh: '甲', en: 'A' } }, { value: 'b', label: { zh: '乙', en: 'B' } }];

interface Case {
  readonly field: FieldSchema;
  readonly valid: ReadonlyArray<[unknown, unknown?]>;
  readonly invalid: ReadonlyArray<[unknown, string]>;
}

/** For every field type: values a person may enter (and what is stored) and values refused, with the code. */
const cases: Record<Exclude<FieldTypeId, 'section' | 'note' | 'subtable' | 'computed'>, Case> = {
  text: {
    field: { type: 'string', maxLength: 5, 'x-ui': { fieldType: 'text', label } },
    valid: [['张三'], ['  x  ']],
    invalid: [['这段文字太长了', 'FORM_TOO_LONG'], [12, 'FORM_EXPECTED_TEXT']],
  },
  textarea: {
    field: { type: 'string', 'x-ui': { fieldType: 'textarea', label } },
    valid: [['第一行\n第二行']],
    invalid: [['x'.repeat(2001), 'FORM_TOO_LONG'], [['x'], 'FORM_EXPECTED_TEXT']],
  },
  number: {
    field: { type: 'number', minimum: 0, maximum: 500, 'x-ui': { fieldType: 'number', label, decimals: 1 } },
    valid: [[89.5], [0]],
    invalid: [[89.55, 'FORM_DECIMALS'], [-1, 'FORM_TOO_SMALL'], [501, 'FORM_TOO_LARGE'], ['12', 'FORM_EXPECTED_NUMBER']],
  },
  money: {
    field: { type: 'number', 'x-ui': { fieldType: 'money', label } },
    valid: [[800000], [0.1 + 0.2, 0.3], [1200.5]],
    invalid: [[12.345, 'FORM_DECIMALS'], [-0.01, 'FORM_TOO_SMALL'], [1e13, 'FORM_TOO_LARGE'], ['80万', 'FORM_EXPECTED_NUMBER']],
  },
  percent: {
    field: { type: 'number', 'x-ui': { fieldType: 'percent', label } },
    valid: [[5], [12.25]],
    invalid: [[100.5, 'FORM_TOO_LARGE'], [-1, 'FORM_TOO_SMALL'], [1.234, 'FORM_DECIMALS']],
  },
  date: {
    field: { type: 'string', 'x-ui': { fieldType: 'date', label } },
    valid: [['2025-12-20'], ['2024-02-29']],
    invalid: [['2025-02-29', 'FORM_DATE_INVALID'], ['2025/12/20', 'FORM_DATE_INVALID'], [20251220, 'FORM_DATE_INVALID']],
  },
  datetime: {
    field: { type: 'string', 'x-ui': { fieldType: 'datetime', label } },
    valid: [['2025-12-20T16:17:00+08:00'], ['2025-12-20T08:17Z']],
    invalid: [['2025-12-20 16:17', 'FORM_DATETIME_INVALID'], ['2025-12-20T16:17:00', 'FORM_DATETIME_INVALID'], ['2025-13-20T16:17:00Z', 'FORM_DATETIME_INVALID']],
  },
  time: {
    field: { type: 'string', 'x-ui': { fieldType: 'time', label } },
    valid: [['16:17'], ['09:00:30']],
    invalid: [['24:00', 'FORM_TIME_INVALID'], ['9:00', 'FORM_TIME_INVALID']],
  },
  duration: {
    field: { type: 'integer', 'x-ui': { fieldType: 'duration', label } },
    valid: [[45], [0]],
    invalid: [[1.5, 'FORM_EXPECTED_INTEGER'], [-5, 'FORM_TOO_SMALL']],
  },
  select: {
    field: { type: 'string', 'x-ui': { fieldType: 'select', widget: 'radio', label, options } },
    valid: [['a']],
    invalid: [['c', 'FORM_OPTION_INVALID'], [['a'], 'FORM_EXPECTED_TEXT']],
  },
  multiselect: {
    field: { type: 'array', maxItems: 1, 'x-ui': { fieldType: 'multiselect', label, options } },
    valid: [[['a']], [[]]],
    invalid: [[['a', 'b'], 'FORM_TOO_MANY'], [['z'], 'FORM_OPTION_INVALID'], ['a', 'FORM_EXPECTED_LIST']],
  },
  boolean: {
    field: { type: 'boolean', 'x-ui': { fieldType: 'boolean', label } },
    valid: [[true], [false]],
    invalid: [['是', 'FORM_EXPECTED_BOOLEAN'], [1, 'FORM_EXPECTED_BOOLEAN']],
  },
  phone: {
    field: { type: 'string', 'x-ui': { fieldType: 'phone', label } },
    valid: [['13812341234'], ['138 1234 1234', '13812341234'], ['+86 138-1234-1234', '13812341234']],
    invalid: [['1381234123', 'FORM_PHONE_INVALID'], ['12812341234', 'FORM_PHONE_INVALID'], [13812341234, 'FORM_PHONE_INVALID'], ['0571-88888888', 'FORM_PHONE_INVALID']],
  },
  idCard: {
    field: { type: 'string', 'x-ui': { fieldType: 'idCard', label } },
    valid: [['11010519491231002X'], ['11010519491231002x', '11010519491231002X'], [withCheck('33010619900101123')]],
    invalid: [
      ['110105194912310021', 'FORM_ID_CARD_CHECKSUM'],
      [withCheck('33010619900230123'), 'FORM_ID_CARD_BIRTH_DATE'],
      ['33010619900101123', 'FORM_ID_CARD_INVALID'],
      ['330106900101123', 'FORM_ID_CARD_INVALID'],
    ],
  },
  email: {
    field: { type: 'string', 'x-ui': { fieldType: 'email', label } },
    valid: [['zhang.wei@example.com'], [' li@site.cn ', 'li@site.cn']],
    invalid: [['zhang@', 'FORM_EMAIL_INVALID'], ['a b@x.cn', 'FORM_EMAIL_INVALID']],
  },
  person: {
    field: { type: 'string', 'x-ui': { fieldType: 'person', label } },
    valid: [['u-consultant-1']],
    invalid: [['张 三', 'FORM_ID_INVALID'], [7, 'FORM_EXPECTED_TEXT']],
  },
  role: {
    field: { type: 'array', 'x-ui': { fieldType: 'role', label, multiple: true } },
    valid: [[['siteManager', 'legal']]],
    invalid: [[['legal', 'legal'], 'FORM_DUPLICATE_ITEMS'], ['legal', 'FORM_EXPECTED_LIST']],
  },
  attachments: {
    field: { type: 'array', 'x-ui': { fieldType: 'attachments', label, accept: ['image/*', 'application/pdf'], maxSizeMb: 1 } },
    valid: [[[{ id: 'f1', name: '收据.jpg', size: 1000, type: 'image/jpeg' }]]],
    invalid: [
      [[{ id: 'f1', name: 'big.pdf', size: 2 * 1024 * 1024, type: 'application/pdf' }], 'FORM_ATTACHMENT_TOO_LARGE'],
      [[{ id: 'f1', name: 'a.exe', size: 10, type: 'application/x-msdownload' }], 'FORM_ATTACHMENT_TYPE'],
      [[{ name: 'a.pdf', size: 10, type: 'application/pdf' }], 'FORM_ATTACHMENT_INVALID'],
    ],
  },
};

describe('field types: every type accepts what it should and refuses the rest', () => {
  for (const [type, c] of Object.entries(cases)) {
    describe(type, () => {
      const form = oneFieldForm(c.field);

      it('has a definition the meta-schema accepts', () => {
        expect(validateFormDefinition(form)).toEqual([]);
      });

      it.each(c.valid.map(([value, stored]) => [JSON.stringify(value), value, stored === undefined ? value : stored]))(
        'stores %s', (_name, value, stored) => {
          const result = validateSubmission(form, { f: value });
          expect(codes(result)).toEqual({});
          expect(result.ok && result.data.f).toEqual(stored);
        },
      );

      it.each(c.invalid.map(([value, code]) => [JSON.stringify(value).slice(0, 40), value, code]))(
        'refuses %s', (_name, value, code) => {
          const result = validateSubmission(form, { f: value });
          expect(codes(result)).toEqual({ f: [code] });
          const issue = result.ok ? undefined : result.issues.f?.[0];
          expect(issue?.message.zh).toContain('字段');
          expect(issue?.message.en).toContain('Field');
        },
      );
    });
  }

  it('sub-tables check each row and its typed columns', () => {
    const form = oneFieldForm({
      type: 'array', maxItems: 2,
      items: { type: 'object', required: ['amount'], properties: {
        amount: { type: 'number', 'x-ui': { fieldType: 'money', label: { zh: '金额', en: 'Amount' } } },
        paidOn: { type: 'string', 'x-ui': { fieldType: 'date', label: { zh: '日期', en: 'Date' } } },
      } },
      'x-ui': { fieldType: 'subtable', label: { zh: '明细', en: 'Lines' } },
    });
    expect(validateSubmission(form, { f: [{ amount: 1 }, { amount: 2.5, paidOn: '2025-12-01' }] }))
      .toEqual({ ok: true, data: { f: [{ amount: 1 }, { amount: 2.5, paidOn: '2025-12-01' }] } });
    const bad = validateSubmission(form, { f: [{ paidOn: '2025-02-30' }, { amount: 'x' }, 3] });
    expect(codes(bad)).toEqual({
      'f.0.amount': ['FORM_REQUIRED'], 'f.0.paidOn': ['FORM_DATE_INVALID'], 'f.1.amount': ['FORM_EXPECTED_NUMBER'],
      f: ['FORM_TOO_MANY'], 'f.2': ['FORM_EXPECTED_OBJECT'],
    });
    expect(!bad.ok && bad.issues['f.0.amount']?.[0]?.message).toEqual({ zh: '「明细第 1 行·金额」为必填项', en: '"Lines row 1: Amount" is required' });
  });

  it('sections store their fields as one object and report unknown ones inside', () => {
    const form = oneFieldForm({
      type: 'object', required: ['phone'],
      properties: { phone: { type: 'string', 'x-ui': { fieldType: 'phone', label: { zh: '手机号', en: 'Mobile' } } } },
      'x-ui': { fieldType: 'section', label: { zh: '客户', en: 'Customer' } },
    });
    expect(validateSubmission(form, { f: { phone: '13812341234' } })).toEqual({ ok: true, data: { f: { phone: '13812341234' } } });
    expect(codes(validateSubmission(form, { f: { phone: '1', age: 3 } }))).toEqual({ 'f.phone': ['FORM_PHONE_INVALID'], 'f.age': ['FORM_UNKNOWN_FIELD'] });
    expect(codes(validateSubmission(form, { f: 'x' }))).toEqual({ f: ['FORM_EXPECTED_OBJECT'], 'f.phone': ['FORM_REQUIRED'] });
  });

  it('computed fields are filled by the engine, whatever was sent', () => {
    const form = {
      ...oneFieldForm({ type: 'number', 'x-ui': { fieldType: 'computed', label, formula: 'price * area', resultType: 'money' } }),
    };
    const withInputs = { ...form, schema: { ...form.schema, properties: {
      ...form.schema.properties,
      price: { type: 'number', 'x-ui': { fieldType: 'money', label: { zh: '单价', en: 'Price' } } },
      area: { type: 'number', 'x-ui': { fieldType: 'number', label: { zh: '面积', en: 'Area' }, decimals: 2 } },
    } } } as const;
    expect(validateSubmission(withInputs, { price: 32000.33, area: 89.57, f: 1 })).toEqual({ ok: true, data: { f: 2866269.56, price: 32000.33, area: 89.57 } });
    expect(validateSubmission(withInputs, { price: 32000 })).toEqual({ ok: true, data: { price: 32000 } });
  });

  it('notes store nothing', () => {
    const form = oneFieldForm({ 'x-ui': { fieldType: 'note', label, text: { zh: '请如实填写', en: 'Be accurate' } } });
    expect(validateSubmission(form, {})).toEqual({ ok: true, data: {} });
  });

  it('the registry describes every type for the designer palette', () => {
    for (const spec of Object.values(fieldTypes)) {
      expect(spec.label.zh.length).toBeGreaterThan(0);
      expect(spec.label.en.length).toBeGreaterThan(0);
      expect(spec.widgets).toContain(spec.defaultWidget);
      const created = spec.create({ zh: '新字段', en: 'New field' });
      const extra = spec.id === 'computed' ? { formula: '1' } : {};
      const columns = spec.id === 'subtable' ? { items: { type: 'object' as const, properties: { c: fieldTypes.text.create(label) } } } : {};
      const children = spec.id === 'section' ? { properties: { c: fieldTypes.text.create(label) } } : {};
      const form = oneFieldForm({ ...created, ...columns, ...children, 'x-ui': { ...created['x-ui'], ...extra } });
      expect(validateFormDefinition(form), spec.id).toEqual([]);
    }
    expect(fieldTypes.phone.sensitivity).toBe('phone');
    expect(fieldTypes.idCard.sensitivity).toBe('idCard');
    expect(fieldTypes.note.storage).toBe('none');
  });
});
