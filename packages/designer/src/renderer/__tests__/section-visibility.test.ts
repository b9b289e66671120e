import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fieldTypes } from '@siteflow/runtime';
import { LangContext } from '../../i18n/LangProvider.js';
import { FormRenderer, keysShowAnyField, renderTree, showsAnyField, type FieldPermission, type FormDefinition, type FormRendererProps } from '../index.js';

const m = (zh: string, en: string) => ({ zh, en });
const reasonOptions = [{ value: 'familyDispute', label: m('家人意见不统一', 'Family disagreement') }, { value: 'schoolDistrict', label: m('学区/入学政策', 'School district') }];

// A cut-down 客户退订处理 form: intake fields, later steps' sections, a nested section and a section shown by linkage.
const form = {
  key: 'cancellation',
  name: m('客户退订处理', 'Cancellation'),
  schema: {
    type: 'object',
    properties: {
      customerName: fieldTypes.text.create(m('客户姓名', 'Customer name')),
      reasons: fieldTypes.multiselect.create(m('退订原因', 'Reasons'), { options: reasonOptions }),
      schoolName: fieldTypes.text.create(m('学校名称', 'School'), { visibleWhen: "contains(reasons, 'schoolDistrict')" }),
      classificationNote: fieldTypes.textarea.create(m('研判说明', 'Classification note')),
      classifyHint: fieldTypes.note.create(m('研判提示', 'Hint'), { text: m('按退订类型分派给相关部门', 'Route by type') }),
      refund: {
        type: 'object',
        properties: {
          refundAmount: fieldTypes.money.create(m('应退金额', 'Refund amount')),
          refundAccountNo: fieldTypes.text.create(m('退款账号', 'Refund account')),
        },
        'x-ui': { fieldType: 'section', widget: 'section', label: m('退款信息', 'Refund details') },
      },
    },
    'x-ui': { layout: { sections: [
      { key: 'customer', title: m('客户与房源', 'Customer and unit'), fields: ['customerName', 'refund'] },
      { key: 'interview', title: m('第一步：首次面谈（15分钟内）', 'Step 1: first interview'), fields: ['reasons'] },
      { key: 'school', title: m('学区核实', 'School check'), fields: ['schoolName'] },
      { key: 'classify', title: m('第二步：分类研判', 'Step 2: classification'), fields: ['classifyHint', 'classificationNote'] },
    ] } },
  },
} as unknown as FormDefinition;

/** The start step: intake fields only, later steps' fields hidden (the note is not listed: read). */
const startStep: Record<string, FieldPermission> = {
  customerName: 'required', refund: 'edit', 'refund.refundAmount': 'hidden', 'refund.refundAccountNo': 'hidden',
  reasons: 'hidden', schoolName: 'hidden', classificationNote: 'hidden',
};

function html(props: Partial<FormRendererProps>): string {
  const renderer = createElement(FormRenderer, { definition: form, value: {}, onChange: () => undefined, layout: 'desktop', ...props });
  return renderToStaticMarkup(createElement(LangContext.Provider, { value: { lang: 'zh', setLang: () => undefined } }, renderer));
}

describe('sections with nothing to show', () => {
  it('leaves out the headings of sections whose fields this step hides, nested ones too, and keeps the rest', () => {
    // Given the start step, which hides every field of the later steps
    const page = html({ permissions: startStep, defaultPermission: 'read' });
    // Then the intake section shows with its field
    expect(page).toContain('客户与房源');
    expect(page).toContain('data-field="customerName"');
    // And the later steps' headings are gone, as is the nested 退款信息 whose fields are all hidden
    for (const heading of ['第一步：首次面谈（15分钟内）', '第二步：分类研判', '学区核实', '退款信息']) expect(page).not.toContain(heading);
    // And a note alone does not keep its section, nor turn up below the sections
    expect(page).not.toContain('按退订类型分派给相关部门');
    expect(page.match(/<section/g)).toHaveLength(1);
  });

  it('shows a section as soon as one of its fields is visible, by permission or by linkage', () => {
    // Given a later step that may fill in the refund account only
    const refundStep = { ...startStep, 'refund.refundAccountNo': 'edit' as const, classificationNote: 'read' as const };
    const page = html({ permissions: refundStep, defaultPermission: 'read' });
    expect(page).toContain('退款信息');
    expect(page).toContain('data-field="refund.refundAccountNo"');
    expect(page).not.toContain('data-field="refund.refundAmount"');
    expect(page).toContain('第二步：分类研判');
    expect(page).toContain('按退订类型分派给相关部门');
    // And 学区核实 appears only once the reasons name the school district (linkage)
    expect(html({})).not.toContain('学区核实');
    expect(html({ value: { reasons: ['schoolDistrict'] } })).toContain('学区核实');
  });

  it('decides from the linkage visibility alone (pure helpers)', () => {
    const byKey = new Map(renderTree(form).map((n) => [n.key, n]));
    const refund = byKey.get('refund')!;
    expect(showsAnyField(refund, 'refund', {})).toBe(true);
    expect(showsAnyField(refund, 'refund', { 'refund.refundAmount': false, 'refund.refundAccountNo': false })).toBe(false);
    expect(showsAnyField(refund, 'refund', { refund: false })).toBe(false);
    expect(keysShowAnyField(['classifyHint', 'classificationNote'], byKey, { classificationNote: false })).toBe(false);
    expect(keysShowAnyField(['classifyHint', 'classificationNote'], byKey, {})).toBe(true);
    expect(keysShowAnyField(['noSuchField'], byKey, {})).toBe(false);
  });
});
