import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LEGAL_TEMPLATES_DIR, validateDocumentTemplate } from '../index.js';
import { docxWith } from './helpers.js';

describe('validateDocumentTemplate (legal uploads a replacement)', () => {
  it('accepts the shipped templates and lists their placeholders', () => {
    for (const file of ['termination-agreement.docx', 'refund-application.docx', 'risk-notice.docx']) {
      const check = validateDocumentTemplate(new Uint8Array(readFileSync(join(SHIPPED_LEGAL_TEMPLATES_DIR, file))));
      expect(check.ok, file).toBe(true);
      if (check.ok) {
        expect(check.tags.fields.has('customerName')).toBe(true);
        expect([...(check.tags.loops.get('clauses') ?? [])].sort()).toEqual(['no', 'text', 'title']);
      }
    }
  });

  it('accepts an edited template using known fields only', async () => {
    const check = validateDocumentTemplate(await docxWith('致{customerName}：', '定金{depositAmountCapitals}', '{#clauses}{no}. {title}{text}{/clauses}'));
    expect(check.ok).toBe(true);
  });

  it('refuses a file that is not a DOCX', () => {
    const check = validateDocumentTemplate(new TextEncoder().encode('%PDF-1.7 not a word file'));
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.issues[0]).toMatchObject({ code: 'DOC_NOT_DOCX', path: 'file' });
      expect(check.issues[0]!.message.zh).toContain('Word');
    }
  });

  it('refuses a placeholder that does not parse, saying where', async () => {
    const check = validateDocumentTemplate(await docxWith('致{customerName：', '{#clauses}{text}'));
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.issues.every((i) => i.code === 'DOC_TEMPLATE_SYNTAX')).toBe(true);
      expect(check.issues.length).toBeGreaterThanOrEqual(1);
      expect(check.issues[0]!.message.zh).toContain('占位符');
    }
  });

  it('refuses unknown fields, each named', async () => {
    const check = validateDocumentTemplate(await docxWith('{customerName}{salary}', '{#clauses}{amount}{/clauses}', '{#extras}{x}{/extras}'));
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.issues.map((i) => i.path).sort()).toEqual(['clauses.amount', 'extras', 'salary']);
      expect(check.issues[0]!.message.en).toContain('unknown field');
    }
  });
});
