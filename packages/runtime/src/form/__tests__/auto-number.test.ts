import { describe, expect, it } from 'vitest';
import { autoNumberFields, autoNumberPeriod, compileForm, formatAutoNumber, validateFormDefinition, validateSubmission, type AutoNumber, type FormDefinition } from '../../index.js';
import { oneFieldForm } from './helpers.js';

// 流水号: the 退订工单's 工单编号, left empty, becomes WO-202611-001, WO-202611-002…
const label = { zh: '工单编号', en: 'Case number' };
const monthly: AutoNumber = { prefix: 'WO-', date: 'yyyyMM', digits: 3 };
const china = 480;
// 2026-11-30 23:30 in Hangzhou is still November there, already 15:30 UTC of the same day; 2026-12-01 00:10 there is December.
const lateNovember = Date.parse('2026-11-30T23:30:00+08:00');
const earlyDecember = Date.parse('2026-12-01T00:10:00+08:00');

describe('automatic numbers (流水号)', () => {
  it('dates a number in the project’s local time, by month, day, year or not at all', () => {
    expect(autoNumberPeriod(monthly, lateNovember, china)).toBe('202611');
    expect(autoNumberPeriod(monthly, earlyDecember, china)).toBe('202612');
    expect(autoNumberPeriod({ ...monthly, date: 'yyyyMMdd' }, earlyDecember, china)).toBe('20261201');
    expect(autoNumberPeriod({ ...monthly, date: 'yyyy' }, earlyDecember, china)).toBe('2026');
    expect(autoNumberPeriod({ ...monthly, date: 'none' }, earlyDecember, china)).toBe('');
  });

  it('pads the sequence to its digits and lets it grow past them', () => {
    expect(formatAutoNumber(monthly, '202611', 1)).toBe('WO-202611-001');
    expect(formatAutoNumber(monthly, '202611', 1234)).toBe('WO-202611-1234');
    expect(formatAutoNumber({ prefix: '退订', date: 'none', digits: 5 }, '', 42)).toBe('退订00042');
  });

  it('finds the numbered text fields of a form, including those in sections', () => {
    const form: FormDefinition = {
      key: 'wo', name: { zh: '退订工单', en: 'Work order' },
      schema: {
        type: 'object',
        properties: {
          caseNo: { type: 'string', 'x-ui': { fieldType: 'text', label, autoNumber: monthly } },
          customerName: { type: 'string', 'x-ui': { fieldType: 'text', label: { zh: '客户姓名', en: 'Customer' } } },
          archive: { type: 'object', properties: { archiveNo: { type: 'string', 'x-ui': { fieldType: 'text', label: { zh: '归档号', en: 'Archive no.' }, autoNumber: { prefix: 'AR', date: 'yyyy', digits: 4 } } } }, 'x-ui': { fieldType: 'section', label: { zh: '归档', en: 'Archive' } } },
        },
      },
    };
    expect(validateFormDefinition(form)).toEqual([]);
    expect(autoNumberFields(compileForm(form)).map((f) => [f.path, f.autoNumber.prefix])).toEqual([['caseNo', 'WO-'], ['archive.archiveNo', 'AR']]);
    // Left empty, the form is valid: the number comes when the record is created
    expect(validateSubmission(form, { customerName: '张先生' }).ok).toBe(true);
  });

  it('refuses a numbered field that is required, not text, in a sub-table, or badly set up, naming it', () => {
    const codes = (form: FormDefinition) => validateFormDefinition(form).map((i) => i.code);
    expect(codes(oneFieldForm({ type: 'string', 'x-ui': { fieldType: 'text', label, autoNumber: monthly } }, true))).toEqual(['FORM_DEF_AUTO_NUMBER_REQUIRED']);
    expect(validateFormDefinition(oneFieldForm({ type: 'string', 'x-ui': { fieldType: 'text', label, autoNumber: monthly } }, true))[0]!.message.zh)
      .toBe('自动编号字段「f」不能设为必填：留空时由系统在创建记录时生成');
    expect(codes(oneFieldForm({ type: 'string', 'x-ui': { fieldType: 'textarea', label, autoNumber: monthly } }))).toEqual(['FORM_DEF_AUTO_NUMBER_NOT_ALLOWED']);
    expect(codes(oneFieldForm({
      type: 'array', items: { type: 'object', properties: { no: { type: 'string', 'x-ui': { fieldType: 'text', label, autoNumber: monthly } } } },
      'x-ui': { fieldType: 'subtable', label: { zh: '明细', en: 'Rows' } },
    }))).toEqual(['FORM_DEF_AUTO_NUMBER_NOT_ALLOWED']);
    for (const bad of [{ ...monthly, digits: 1 }, { ...monthly, prefix: 'W O' }, { ...monthly, date: 'MMyyyy' }]) {
      expect(codes(oneFieldForm({ type: 'string', 'x-ui': { fieldType: 'text', label, autoNumber: bad as AutoNumber } })).length, JSON.stringify(bad)).toBeGreaterThan(0);
    }
  });
});
