import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fieldTypes } from '@siteflow/runtime';
import { LangContext } from '../../i18n/LangProvider.js';
import { buildRenderNodes, explainIssues, FormRenderer, validateForm, withoutMasked, type FormDefinition } from '../index.js';

const form: FormDefinition = {
  key: 'refund',
  name: { zh: '退筹申请', en: 'Refund request' },
  schema: {
    type: 'object',
    required: ['customerName', 'idCard'],
    properties: {
      customerName: fieldTypes.text.create({ zh: '客户姓名', en: 'Customer name' }),
      idCard: fieldTypes.idCard.create({ zh: '客户身份证号', en: 'Customer ID number' }),
      consultant: fieldTypes.person.create({ zh: '置业顾问', en: 'Sales consultant' }),
    },
  },
} as FormDefinition;
const MASKED_ID = '330106********0017';
const seenByOtherConsultant = { customerName: '赵**', idCard: MASKED_ID };

function html(props: Partial<Parameters<typeof FormRenderer>[0]>, lang: 'zh' | 'en' = 'zh'): string {
  const renderer = createElement(FormRenderer, { definition: form, value: seenByOtherConsultant, onChange: () => undefined, layout: 'desktop', ...props });
  return renderToStaticMarkup(createElement(LangContext.Provider, { value: { lang, setLang: () => undefined } }, renderer));
}

describe('masked fields in the form renderer', () => {
  it('shows a masked ID number read-only with the masked mark instead of an editable input', () => {
    const masked = html({ masked: ['idCard'] });
    expect(masked).not.toMatch(/<input[^>]*id="idCard"/);
    expect(masked).toContain(MASKED_ID);
    expect(masked).toContain('已脱敏');
    expect(masked).toContain('data-masked-for="idCard"');
    // The same form without the server's masked list keeps the input (the defect the audit found).
    expect(html({})).toMatch(/<input[^>]*id="idCard"/);
  });

  it('offers the audited "show" action only when the host passes one', () => {
    expect(html({ masked: ['idCard'] })).not.toContain('unmask-idCard');
    expect(html({ masked: ['idCard'], onUnmask: () => undefined }, 'en')).toContain('data-testid="unmask-idCard"');
  });

  it('never reports a masked value as wrong, even when an issue for it arrives', () => {
    const issue = { code: 'FORM_ID_CARD_INVALID', message: { zh: '身份证号格式不正确', en: 'Invalid ID number' } } as const;
    expect(html({ masked: ['idCard'], issues: { idCard: [issue] } })).not.toContain('身份证号格式不正确');
    expect(html({ issues: { idCard: [issue] } })).toContain('身份证号格式不正确');
  });

  it('validates without the masked fields and leaves their values out of the submission', () => {
    const plain = validateForm(form, seenByOtherConsultant);
    expect(plain.ok).toBe(false);
    expect(Object.keys(plain.issues)).toEqual(['idCard']);
    const checked = validateForm(form, seenByOtherConsultant, { masked: ['idCard', 'customerName'] });
    expect(checked).toEqual({ ok: true, issues: {}, data: {} });
    // A real problem elsewhere is still reported.
    const withBadPerson = validateForm(form, { ...seenByOtherConsultant, consultant: '王 芳' }, { masked: ['idCard'] });
    expect(Object.keys(withBadPerson.issues)).toEqual(['consultant']);
  });

  it('removes masked values, nested ones included, without inventing containers', () => {
    expect(withoutMasked({ a: 1, idCard: MASKED_ID }, ['idCard', 'customer.phone'])).toEqual({ a: 1 });
    expect(withoutMasked({ customer: { phone: '138****1234', name: '赵**' } }, ['customer.phone'])).toEqual({ customer: { name: '赵**' } });
  });
});

describe('person picker errors', () => {
  it('says what a person field expects in both languages instead of "invalid identifier"', () => {
    const [, , consultant] = buildRenderNodes(form.schema.properties, form.schema.required);
    const raw = validateForm(form, { ...seenByOtherConsultant, consultant: '王 芳' }, { masked: ['idCard'] }).issues.consultant ?? [];
    const [explained] = explainIssues(consultant!, raw);
    expect(explained?.message.zh).toBe('「置业顾问」请从成员列表中选择（可按姓名搜索），不能直接输入姓名');
    expect(explained?.message.en).toContain('"Sales consultant": choose a project member from the list');
  });
});
