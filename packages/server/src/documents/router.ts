import express, { Router, type Request, type Response } from 'express';
import { SiteflowError } from '@siteflow/runtime';
import type { DocumentService, DocumentViewer } from './service.js';
import { DOCX_MIME } from './types.js';
import { MAX_TEMPLATE_BYTES } from './validate-template.js';

/** What the documents router needs: the service and who is asking (from the session). */
export interface DocumentsRouterDeps {
  readonly service: DocumentService;
  /** The viewer for a project (roles and unmask rights), or null when not a member. */
  readonly viewer: (req: Request, projectId: string) => Promise<DocumentViewer | null>;
}

function param(req: Request, name: string): string {
  return String(req.params[name] ?? '');
}

async function viewerOf(deps: DocumentsRouterDeps, req: Request): Promise<DocumentViewer> {
  const viewer = await deps.viewer(req, param(req, 'projectId'));
  if (!viewer) throw new SiteflowError('DOC_FORBIDDEN');
  return viewer;
}

function sendDocx(res: Response, fileName: string, bytes: Uint8Array): void {
  // res.attachment writes an RFC 6266 filename* so Chinese file names survive every browser.
  res.attachment(fileName).type(DOCX_MIME).send(Buffer.from(bytes));
}

/**
 * Returns the express router of legal document packages, to mount under `/api`:
 * - GET    /projects/:projectId/document-templates                 templates + field catalogue
 * - GET    /projects/:projectId/document-templates/:key            current .docx (Word-editable)
 * - PUT    /projects/:projectId/document-templates/:key            upload a replacement (raw .docx body)
 * - DELETE /projects/:projectId/document-templates/:key            back to the shipped template
 * - POST   /projects/:projectId/records/:recordId/documents        generate the package and attach it
 * - GET    /projects/:projectId/records/:recordId/documents/:key   one document rendered for the viewer
 * Thin adapters: errors are SiteflowErrors passed to the app's error handler; an upload that fails
 * validation answers 400 with every issue.
 */
export function createDocumentsRouter(deps: DocumentsRouterDeps): Router {
  const router = Router();
  const raw = express.raw({ type: () => true, limit: MAX_TEMPLATE_BYTES + 1024 });

  router.get('/projects/:projectId/document-templates', async (req, res) => {
    await viewerOf(deps, req);
    const projectId = param(req, 'projectId');
    res.json({ templates: await deps.service.listTemplates(projectId), ...deps.service.fieldCatalogue() });
  });

  router.get('/projects/:projectId/document-templates/:key', async (req, res) => {
    await viewerOf(deps, req);
    const file = await deps.service.templateFile(param(req, 'projectId'), param(req, 'key'));
    sendDocx(res, file.fileName, file.bytes);
  });

  router.put('/projects/:projectId/document-templates/:key', raw, async (req, res) => {
    const viewer = await viewerOf(deps, req);
    const body = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
    const result = await deps.service.replaceTemplate(param(req, 'projectId'), param(req, 'key'), body, viewer);
    if (result.ok) { res.json({ template: result.template }); return; }
    const first = result.issues[0];
    res.status(400).json({ code: first?.code ?? 'DOC_NOT_DOCX', message: first?.message, issues: result.issues });
  });

  router.delete('/projects/:projectId/document-templates/:key', async (req, res) => {
    const viewer = await viewerOf(deps, req);
    await deps.service.resetTemplate(param(req, 'projectId'), param(req, 'key'), viewer);
    res.status(204).end();
  });

  router.post('/projects/:projectId/records/:recordId/documents', async (req, res) => {
    const viewer = await viewerOf(deps, req);
    const documents = await deps.service.generateForCase(param(req, 'projectId'), param(req, 'recordId'), viewer, req.get('Idempotency-Key') ?? undefined);
    res.status(201).json({ documents });
  });

  router.get('/projects/:projectId/records/:recordId/documents/:key', async (req, res) => {
    const viewer = await viewerOf(deps, req);
    const doc = await deps.service.renderOne(param(req, 'projectId'), param(req, 'recordId'), param(req, 'key'), viewer);
    sendDocx(res, doc.fileName, doc.bytes);
  });

  return router;
}
