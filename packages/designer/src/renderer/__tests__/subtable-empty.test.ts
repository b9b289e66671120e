import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fieldTypes } from '@siteflow/runtime';
import { LangContext } from '../../i18n/LangProvider.js';
import { FormRenderer, type FormDefinition } from '../index.js';

const m = (zh: string, en: string) => ({ zh, en });
const form = {
  key: 'followups',
  name: m('退筹事件追踪表', 'Cancellation tracking'),
  schema: {
    type: 'object',
    properties: {
      ownerFollowups: {
        type: 'array',
        items: { type: 'object', properties: { action: fieldTypes.text.create(m('跟进动作', 'Action')) } },
        'x-ui': { fieldType: 'subtable', widget: 'subtable', label: m('责任人跟进记录', 'Follow-ups') },
      },
    },
  },
} as unknown as FormDefinition;

function html(readOnly: boolean, layout: 'desktop' | 'phone', lang: 'zh' | 'en' = 'zh'): string {
  const renderer = createElement(FormRenderer, { definition: form, value: {}, readOnly, layout, ...(readOnly ? {} : { onChange: () => undefined }) });
  return renderToStaticMarkup(createElement(LangContext.Provider, { value: { lang, setLang: () => undefined } }, renderer));
}

describe('an empty sub-table', () => {
  it('read-only, says only that there are no rows, never pointing at an 添加一行 button it does not have', () => {
    for (const layout of ['desktop', 'phone'] as const) {
      const page = html(true, layout);
      expect(page, layout).toContain('暂无明细');
      expect(page, layout).not.toContain('添加一行');
      expect(html(true, layout, 'en'), layout).toContain('No rows');
      expect(html(true, layout, 'en'), layout).not.toContain('Add row');
    }
  });

  it('editable, points at the 添加一行 button below it', () => {
    const page = html(false, 'desktop');
    expect(page).toContain('暂无明细，点击「添加一行」');
    expect(page).toContain('data-testid="add-row-ownerFollowups"');
  });
});
