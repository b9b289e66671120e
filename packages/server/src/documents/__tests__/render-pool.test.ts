import { afterAll, describe, expect, it } from 'vitest';
import { isSiteflowError } from '@siteflow/runtime';
import { createDocumentRenderPool, loadTemplateSet } from '../index.js';
import { zhangCase } from './fixtures.js';
import { docxText } from './helpers.js';

const pool = createDocumentRenderPool({ threads: 1 });
afterAll(() => pool.close());

describe('createDocumentRenderPool (rendering off the event loop)', () => {
  it('renders the same package in a worker thread, masked per the viewer', async () => {
    const templates = await loadTemplateSet();
    const docs = await pool.render({ reason: 'loanRejected', data: zhangCase, templates, visible: ['idCard'] });
    expect(docs.map((d) => d.fileName)).toEqual(['解约协议-TD-2025-1220-001.docx', '退款申请书-TD-2025-1220-001.docx', '风险告知函-TD-2025-1220-001.docx']);
    const text = docxText(docs[0]!.bytes);
    expect(text).toContain('张**'); // name masked
    expect(text).toContain('330106198705121234'); // id card visible to this viewer
    expect(text).toContain('人民币捌拾万元整');
  });

  it('brings the bilingual error back from the worker', async () => {
    const templates = await loadTemplateSet();
    const error = await pool.render({ reason: 'noReason', data: zhangCase, templates, visible: [] }).catch((e: unknown) => e);
    expect(isSiteflowError(error)).toBe(true);
    if (isSiteflowError(error)) {
      expect(error.code).toBe('DOC_FIELD_MISSING');
      expect(error.text.zh).toContain('违约金');
      expect(error.issues.map((i) => i.path)).toContain('penaltyAmount');
    }
  });
});
