import { describe, expect, it } from 'vitest';
import { catalogue, parseExpression, validateSubmission } from '../../index.js';
import { cancellationInterview, validInterview } from '../__fixtures__/cancellation-interview.js';

describe('messages in Chinese and English', () => {
  it('every form and expression code has a Chinese and an English text', () => {
    const codes = Object.entries(catalogue).filter(([code]) => code.startsWith('FORM_') || code.startsWith('EXPR_'));
    expect(codes.length).toBeGreaterThan(60);
    for (const [code, entry] of codes) {
      expect(entry.zh, code).toMatch(/[\u4e00-\u9fa5]/);
      expect(entry.en, code).toMatch(/^[\x20-\x7e]+$/);
      // Placeholders of one language exist in the other (labels are per language).
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]?.replace(/(Zh|En)$/, '')).sort();
      expect(names(entry.zh), code).toEqual(names(entry.en));
    }
  });

  it('names the field by its label in each language', () => {
    const result = validateSubmission(cancellationInterview, { ...validInterview, customer: { name: '张伟', phone: '1381234' }, depositAmount: 1.999 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues['customer.phone']?.[0]?.message).toEqual({
      zh: '手机号格式不正确：「手机号」应为 11 位中国大陆手机号',
      en: 'Invalid mobile number: "Mobile number" must be an 11-digit mainland China mobile number',
    });
    expect(result.issues.depositAmount?.[0]?.message).toEqual({
      zh: '「定金金额」最多保留 2 位小数', en: '"Deposit amount" allows at most 2 decimal place(s)',
    });
  });

  it('explains a broken expression in both languages, with where it breaks', () => {
    const result = parseExpression("contains(reasons, '学区'");
    expect(!result.ok && result.issue.message).toEqual({
      zh: '表达式第 23 个字符附近有语法错误：缺少「)」',
      en: 'Syntax error near character 23: Expected )',
    });
  });

  it('reports a non-object submission plainly', () => {
    expect(validateSubmission(cancellationInterview, [1, 2])).toEqual({
      ok: false,
      issues: { $: [{ code: 'FORM_DATA_NOT_OBJECT', message: { zh: '提交的数据格式不正确：应为“字段: 值”的对象', en: 'The submitted data must be an object of field values' } }] },
    });
  });
});
