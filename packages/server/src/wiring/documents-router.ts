import { Router } from 'express';
import type { AppContext } from '../context.js';
import { SiteflowError } from '@siteflow/runtime';
import { ALL_SENSITIVITIES, DOCX_MIME } from '../documents/index.js';
import { groupCommitOf } from '../db/group-commit.js';
import { recordEvent } from '../services/audit.js';
import { notFound } from '../http/api-error.js';
import { listRecordDocuments, mayDownload, requestViewer, storedDocument } from './documents-wiring.js';

/**
 * Returns the router of documents already generated for a record, to mount under `/api`:
 * - GET /projects/:projectId/records/:recordId/documents            the attached documents (no bytes), each
 *   marked downloadable for the caller, and whether a package can be generated (`canGenerate`)
 * - GET /projects/:projectId/records/:recordId/document-files/:id   one attached .docx
 * Members of the project only (others: 404).
 */
export function createRecordDocumentsRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/projects/:projectId/records/:recordId/documents', (req, res) => {
    const viewer = requestViewer(ctx, req, req.params.projectId);
    res.json(listRecordDocuments(ctx, req.params.projectId, req.params.recordId, viewer));
  });
  router.get('/projects/:projectId/records/:recordId/document-files/:id', async (req, res) => {
    const viewer = requestViewer(ctx, req, req.params.projectId);
    const doc = storedDocument(ctx, req.params.projectId, req.params.recordId, req.params.id);
    if (!doc) throw notFound('record');
    // A copy rendered in clear for legal is not handed to someone who may only see it masked.
    if (!mayDownload(viewer, doc.maskedKinds)) throw new SiteflowError('DOC_CLEAR_COPY_FORBIDDEN');
    // A copy holding personal data in clear is audited before it is handed over (kinds, never values).
    const clearKinds = ALL_SENSITIVITIES.filter((k) => !doc.maskedKinds.includes(k));
    if (clearKinds.length > 0) {
      const { committed } = groupCommitOf(ctx).run(() => recordEvent(ctx, {
        projectId: req.params.projectId, recordId: req.params.recordId, type: 'documents.downloaded', actorId: viewer.userId,
        data: { recordId: req.params.recordId, documentId: req.params.id, clearKinds, source: 'stored' },
      }));
      await committed;
    }
    res.attachment(doc.fileName).type(DOCX_MIME).send(doc.bytes);
  });
  return router;
}
