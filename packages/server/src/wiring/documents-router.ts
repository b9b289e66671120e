import { Router } from 'express';
import type { AppContext } from '../context.js';
import { SiteflowError } from '@siteflow/runtime';
import { DOCX_MIME } from '../documents/index.js';
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
  router.get('/projects/:projectId/records/:recordId/document-files/:id', (req, res) => {
    const viewer = requestViewer(ctx, req, req.params.projectId);
    const doc = storedDocument(ctx, req.params.projectId, req.params.recordId, req.params.id);
    if (!doc) throw notFound('record');
    // A copy rendered in clear for legal is not handed to someone who may only see it masked.
    if (!mayDownload(viewer, doc.maskedKinds)) throw new SiteflowError('DOC_CLEAR_COPY_FORBIDDEN');
    res.attachment(doc.fileName).type(DOCX_MIME).send(doc.bytes);
  });
  return router;
}
