import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplateSet, renderDocumentPackage } from '../index.js';
import { maskedViewer, zhangCase } from './fixtures.js';
import { OFFICE_TIMEOUT_MS, SCREENSHOTS_DIR, firstPagePng, pdfText, sofficeConvert } from './office.js';

describe('generated documents open in LibreOffice', () => {
  it('converts each document to PDF with the masked name, the amount in capitals and no placeholder', async () => {
    // Given the package of a buyer who changed their mind, rendered for a viewer without unmask rights
    const templates = await loadTemplateSet();
    const docs = await renderDocumentPackage({ reason: 'noReason', data: { ...zhangCase, penaltyAmount: 160000 }, templates, mask: maskedViewer });
    expect(docs).toHaveLength(3);
    const dir = mkdtempSync(join(tmpdir(), 'sf-docs-'));
    const files = docs.map((d) => {
      const file = join(dir, `doc-${d.key}.docx`);
      writeFileSync(file, d.bytes);
      return file;
    });
    // When LibreOffice converts them
    const pdfs = sofficeConvert(files, 'pdf', dir);
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    for (const [i, pdf] of pdfs.entries()) {
      expect(existsSync(pdf), pdf).toBe(true);
      // Then the PDF text shows what the customer and legal will read
      const text = pdfText(pdf).replace(/\s+/g, '');
      expect(text, docs[i]!.key).toContain('张**');
      expect(text, docs[i]!.key).toContain('人民币捌拾万元整');
      expect(text, docs[i]!.key).not.toMatch(/[{}]/);
      expect(text, docs[i]!.key).not.toContain('张伟明');
      // And the first page is kept as a screenshot for review
      const png = firstPagePng(pdf, join(SCREENSHOTS_DIR, `doc-${docs[i]!.key}`));
      expect(existsSync(png)).toBe(true);
    }
    expect(pdfText(pdfs[0]!).replace(/\s+/g, '')).toContain('人民币壹拾陆万元整');
  }, OFFICE_TIMEOUT_MS);
});
