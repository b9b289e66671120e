import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open.js';
import { documentAttachmentsRepo, type NewDocumentAttachment } from '../document-attachments-repo.js';
import { documentTemplatesRepo } from '../document-templates-repo.js';
import { tenancyRepo } from '../tenancy-repo.js';

const temp = mkdtempSync(join(tmpdir(), 'siteflow-document-repos-'));
const opened = openDatabase(join(temp, 'documents.sqlite'));
const db = opened.db;
beforeAll(() => {
  tenancyRepo.insertOrganisation(db, { id: 'org', name: '集团', createdAt: 1 });
  tenancyRepo.insertRegion(db, { id: 'reg', organisationId: 'org', name: '杭州', createdAt: 1 });
  for (const id of ['prj_a', 'prj_b']) tenancyRepo.insertProject(db, { id, organisationId: 'org', regionId: 'reg', name: id, createdAt: 1 });
});
afterAll(() => {
  opened.close();
  rmSync(temp, { recursive: true, force: true });
});

// Every byte value, zero runs at both ends and a few hundred KiB: what a .docx (a zip) holds.
function docxLike(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 16; i < length - 16; i++) bytes[i] = (i * 31 + seed + (i >> 8)) & 0xff;
  return bytes;
}

describe('documentTemplatesRepo', () => {
  it('keeps one uploaded template per project and document key, byte for byte, until it is removed', () => {
    // Given no upload, the shipped template applies
    expect(documentTemplatesRepo.find(db, 'prj_a', 'termination-agreement')).toBeUndefined();
    // When legal uploads one, then replaces it
    const first = docxLike(300_000, 1);
    documentTemplatesRepo.upsert(db, 'prj_a', 'termination-agreement', { bytes: first, uploadedBy: 'usr_legal', uploadedAt: 1000 });
    expect(Buffer.compare(documentTemplatesRepo.find(db, 'prj_a', 'termination-agreement')!.bytes, first)).toBe(0);
    const second = docxLike(1234, 2);
    documentTemplatesRepo.upsert(db, 'prj_a', 'termination-agreement', { bytes: second, uploadedBy: 'usr_admin', uploadedAt: 2000 });
    // Then the latest upload is the one stored, exactly, and other projects keep the shipped one
    const stored = documentTemplatesRepo.find(db, 'prj_a', 'termination-agreement')!;
    expect(Buffer.compare(stored.bytes, second)).toBe(0);
    expect(stored).toMatchObject({ uploadedBy: 'usr_admin', uploadedAt: 2000 });
    expect(documentTemplatesRepo.find(db, 'prj_b', 'termination-agreement')).toBeUndefined();
    // When it is removed (twice: the second does nothing), the shipped template applies again
    documentTemplatesRepo.remove(db, 'prj_a', 'termination-agreement');
    documentTemplatesRepo.remove(db, 'prj_a', 'termination-agreement');
    expect(documentTemplatesRepo.find(db, 'prj_a', 'termination-agreement')).toBeUndefined();
  });
});

describe('documentAttachmentsRepo', () => {
  const attachment = (id: string, extra: Partial<NewDocumentAttachment> = {}): NewDocumentAttachment => ({
    id, projectId: 'prj_a', recordId: 'rec_1', idempotencyKey: 'docs-1', documentKey: 'risk-notice', fileName: `${id}.docx`,
    bytes: docxLike(5000, id.length), reason: '客户退订', generatedBy: 'usr_legal', maskedKinds: [], createdAt: 1000, ...extra,
  });

  it('finds what an earlier request with the same Idempotency-Key attached, and only that', () => {
    documentAttachmentsRepo.insert(db, attachment('doc_idem', { documentKey: 'refund-application' }));
    documentAttachmentsRepo.insert(db, attachment('doc_nokey', { idempotencyKey: null, documentKey: 'risk-notice' }));
    expect(documentAttachmentsRepo.findByIdempotencyKey(db, 'prj_a', 'rec_1', 'docs-1', 'refund-application'))
      .toEqual({ id: 'doc_idem', documentKey: 'refund-application', fileName: 'doc_idem.docx', size: 5000 });
    expect(documentAttachmentsRepo.findByIdempotencyKey(db, 'prj_a', 'rec_1', 'docs-2', 'refund-application')).toBeUndefined();
    expect(documentAttachmentsRepo.findByIdempotencyKey(db, 'prj_a', 'rec_2', 'docs-1', 'refund-application')).toBeUndefined();
    expect(documentAttachmentsRepo.findByIdempotencyKey(db, 'prj_a', 'rec_1', 'docs-1', 'risk-notice')).toBeUndefined();
    // A second row for the same key and document is refused by the unique index
    expect(() => documentAttachmentsRepo.insert(db, attachment('doc_twice', { documentKey: 'refund-application' }))).toThrow(/UNIQUE/);
  });

  it('lists a record’s documents newest first, ties by id, and returns each one byte for byte', () => {
    const bytes = docxLike(200_000, 7);
    documentAttachmentsRepo.insert(db, attachment('doc_b', { recordId: 'rec_3', idempotencyKey: null, createdAt: 2000, bytes, maskedKinds: ['phone', 'idCard'] }));
    documentAttachmentsRepo.insert(db, attachment('doc_a', { recordId: 'rec_3', idempotencyKey: null, createdAt: 2000 }));
    documentAttachmentsRepo.insert(db, attachment('doc_old', { recordId: 'rec_3', idempotencyKey: null, createdAt: 1000 }));
    documentAttachmentsRepo.insert(db, attachment('doc_other', { projectId: 'prj_b', recordId: 'rec_3', idempotencyKey: null, createdAt: 3000 }));

    const listed = documentAttachmentsRepo.listOfRecord(db, 'prj_a', 'rec_3');
    expect(listed.map((d) => [d.id, d.createdAt])).toEqual([['doc_a', 2000], ['doc_b', 2000], ['doc_old', 1000]]);
    expect(listed[1]).toMatchObject({ documentKey: 'risk-notice', fileName: 'doc_b.docx', size: 200_000, maskedKinds: ['phone', 'idCard'] });

    const stored = documentAttachmentsRepo.find(db, 'prj_a', 'rec_3', 'doc_b')!;
    expect(Buffer.isBuffer(stored.bytes)).toBe(true);
    expect(Buffer.compare(stored.bytes, bytes)).toBe(0);
    expect(stored).toMatchObject({ fileName: 'doc_b.docx', maskedKinds: ['phone', 'idCard'] });
    // Another record's or project's path does not reach it
    expect(documentAttachmentsRepo.find(db, 'prj_a', 'rec_1', 'doc_b')).toBeUndefined();
    expect(documentAttachmentsRepo.find(db, 'prj_b', 'rec_3', 'doc_b')).toBeUndefined();
  });
});
