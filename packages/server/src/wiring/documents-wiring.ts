// Server side of the legal document packages: database-backed template store and attachments, the
// 退订工单 case source, the viewer of a request, and the outbox `generateDocuments` effect.
import type { Request } from 'express';
import type { EpochMs } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { authenticate, checkCsrf } from '../auth/session-service.js';
import { clearPersonalDataRoles } from '../auth/roles.js';
import { SiteflowError } from '@siteflow/runtime';
import { ApiError, notFound } from '../http/api-error.js';
import { documentAttachmentsRepo } from '../repos/document-attachments-repo.js';
import { documentTemplatesRepo } from '../repos/document-templates-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { usersRepo } from '../repos/users-repo.js';
import { sellerProfilesRepo } from '../repos/seller-profiles-repo.js';
import { sellerProfileState } from '../settings/seller-profile.js';
import { recordEvent } from '../services/audit.js';
import { newId } from '../db/ids.js';
import {
  ALL_SENSITIVITIES, createDocumentService, documentCaseFromWorkOrder, type AttachmentRef, type DocumentService,
  type DocumentViewer, type SellerProfile, type TemplateSet,
} from '../documents/index.js';

/** Form key of the shipped 退订工单 (templates/cancellation-work-order), the case record of documents. */
export const WORK_ORDER_FORM = 'cancellation-work-order';

/**
 * Returns the seller profile a project saved in its settings (卖方信息), or throws
 * SELLER_PROFILE_MISSING: documents never carry an invented seller. Reads the database.
 */
export function sellerProfileOf(ctx: AppContext, projectId: string): SellerProfile {
  const project = tenancyRepo.findProject(ctx.db, projectId);
  const state = sellerProfileState(project?.name ?? projectId, sellerProfilesRepo.find(ctx.db, projectId));
  if (!state.configured) throw new ApiError('SELLER_PROFILE_MISSING');
  return state.profile;
}

/** Returns the viewer of a project for a user id: roles there and, with clear-data rights, every sensitivity kind. Null for non-members. Reads the database. */
export function viewerFromRoles(userId: string, roles: ReadonlySet<string> | undefined): DocumentViewer | null {
  if (!roles) return null;
  const clear = clearPersonalDataRoles.some((r) => roles.has(r));
  return { userId, roles: [...roles], visible: clear ? [...ALL_SENSITIVITIES] : [] };
}

/**
 * Returns the viewer of a request on a project: 401 without a session, 404 for non-members (no
 * existence leak), CSRF checked on cookie-authenticated writes.
 */
export function requestViewer(ctx: AppContext, req: Request, projectId: string): DocumentViewer {
  const user = authenticate(ctx, req);
  if (!user) throw new ApiError('AUTH_REQUIRED');
  if (req.method !== 'GET' && req.method !== 'HEAD') checkCsrf(user, req.get('x-csrf-token'));
  const viewer = viewerFromRoles(user.id, user.access.projects.get(projectId));
  if (!viewer) throw notFound('project');
  return viewer;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Returns the data with form date-times (ISO strings) as epoch ms, the form documents take for instants. Pure. */
export function withEpochTimes(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const t = typeof value === 'string' && ISO_DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
    out[key] = Number.isNaN(t) ? value : t;
  }
  return out;
}

/** Returns the document service on the server's database. `render` is the worker pool's render (inline when absent). */
export function createServerDocumentService(ctx: AppContext, baseTemplates: TemplateSet, render?: Parameters<typeof createDocumentService>[0]['render']): DocumentService {
  return createDocumentService({
    baseTemplates,
    now: () => ctx.clock.now(),
    ...(render ? { render } : {}),
    templateStore: {
      get: async (projectId, key) => {
        const row = documentTemplatesRepo.find(ctx.db, projectId, key);
        return row ? { bytes: new Uint8Array(row.bytes), uploadedBy: row.uploadedBy, uploadedAt: row.uploadedAt } : null;
      },
      put: async (projectId, key, t) => {
        documentTemplatesRepo.upsert(ctx.db, projectId, key, t);
      },
      remove: async (projectId, key) => {
        documentTemplatesRepo.remove(ctx.db, projectId, key);
      },
    },
    cases: {
      loadCase: async (projectId, recordId, viewer) => {
        const record = recordsRepo.find(ctx.db, projectId, recordId);
        if (!record || record.formKey !== WORK_ORDER_FORM) return null;
        if (isRetained(record.data)) throw new SiteflowError('DOC_CASE_RETAINED');
        const handler = usersRepo.findById(ctx.db, viewer.userId);
        return documentCaseFromWorkOrder({ data: withEpochTimes(record.data), seller: sellerProfileOf(ctx, projectId), handlerName: handler?.displayName ?? '', now: ctx.clock.now() });
      },
    },
    attachments: {
      attach: async (projectId, recordId, docs, meta) => {
        const key = meta.idempotencyKey ?? null;
        const refs: AttachmentRef[] = [];
        ctx.sqlite.transaction(() => {
          for (const doc of docs) {
            const existing = key === null ? undefined : documentAttachmentsRepo.findByIdempotencyKey(ctx.db, projectId, recordId, key, doc.key);
            if (existing) {
              refs.push({ id: existing.id, key: existing.documentKey, fileName: existing.fileName, size: existing.size });
              continue;
            }
            const id = newId('doc');
            documentAttachmentsRepo.insert(ctx.db, {
              id, projectId, recordId, idempotencyKey: key, documentKey: doc.key, fileName: doc.fileName, bytes: doc.bytes,
              reason: meta.reason, generatedBy: meta.generatedBy, maskedKinds: meta.maskedKinds, createdAt: meta.generatedAt,
            });
            refs.push({ id, key: doc.key, fileName: doc.fileName, size: doc.bytes.length });
          }
        })();
        return refs;
      },
    },
    audit: (e) => {
      recordEvent(ctx, { projectId: e.projectId, type: e.action, actorId: e.actorId, data: e.detail, ...(typeof e.detail.recordId === 'string' ? { recordId: e.detail.recordId } : {}) });
    },
  });
}

/** A work order whose outcome is 挽回成功: the customer stays, so no cancellation documents. Pure. */
function isRetained(data: Readonly<Record<string, unknown>>): boolean {
  return data.resolution === 'retained';
}

/** A document attached to a record, as a viewer sees it in the list. */
export interface ListedDocument {
  readonly id: string;
  readonly key: string;
  readonly fileName: string;
  readonly size: number;
  readonly generatedAt: EpochMs;
  /** False for a copy holding personal data in clear that this viewer may only see masked. */
  readonly downloadable: boolean;
}

/** Returns whether a viewer may take a stored copy: every kind it shows in clear must be one they see in clear. Pure. */
export function mayDownload(viewer: DocumentViewer, maskedKinds: readonly string[]): boolean {
  return ALL_SENSITIVITIES.every((k) => viewer.visible.includes(k) || maskedKinds.includes(k));
}

/**
 * Returns the documents attached to a record (newest first, without their bytes), each marked
 * downloadable or not for the viewer, and whether a package can be generated for it: a 退订工单
 * whose customer was not retained. Throws 404 for a record the project does not hold. Reads the database.
 */
export function listRecordDocuments(ctx: AppContext, projectId: string, recordId: string, viewer: DocumentViewer): { items: ListedDocument[]; canGenerate: boolean } {
  const record = recordsRepo.find(ctx.db, projectId, recordId);
  if (!record) throw notFound('record');
  const items = documentAttachmentsRepo.listOfRecord(ctx.db, projectId, recordId)
    .map((r) => ({ id: r.id, key: r.documentKey, fileName: r.fileName, size: r.size, generatedAt: r.createdAt, downloadable: mayDownload(viewer, r.maskedKinds) }));
  return { items, canGenerate: record.formKey === WORK_ORDER_FORM && !isRetained(record.data) };
}

/** Returns one stored document's bytes, or null. Reads the database. */
export function storedDocument(ctx: AppContext, projectId: string, recordId: string, id: string): { fileName: string; bytes: Buffer; maskedKinds: string[] } | null {
  return documentAttachmentsRepo.find(ctx.db, projectId, recordId, id) ?? null;
}

/**
 * Returns the viewer an outbox `generateDocuments` effect renders for: the user who started the
 * instance, with their roles on the project (masked unless they hold clear-data rights).
 */
export function effectViewer(ctx: AppContext, projectId: string, userId: string): DocumentViewer {
  const project = tenancyRepo.findProject(ctx.db, projectId);
  const roles = new Set(project ? tenancyRepo.rolesByUser(ctx.db, project).get(userId) ?? [] : []);
  return viewerFromRoles(userId, roles)!;
}
