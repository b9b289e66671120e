import { SiteflowError, type EpochMs, type Issue } from '@siteflow/runtime';
import { documentFields, derivedPlaceholders } from './fields.js';
import { withTemplate } from './manifest.js';
import { ALL_SENSITIVITIES, maskPolicyFor } from './masking.js';
import { renderDocumentPackage } from './render.js';
import type { RenderJob } from './render-pool.js';
import { validateDocumentTemplate } from './validate-template.js';
import type { RenderedDocument, Sensitivity, TemplateSet } from './types.js';

/** The person asking: who, with which project roles, allowed to see which personal data. */
export interface DocumentViewer {
  readonly userId: string;
  readonly roles: readonly string[];
  readonly visible: readonly Sensitivity[];
}

/** A case as the documents need it: its cancellation type and the fields of its record(s). */
export interface DocumentCase {
  readonly reason: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Reads a case the viewer may open; null when it does not exist or is not visible. */
export interface DocumentCaseSource {
  loadCase(projectId: string, recordId: string, viewer: DocumentViewer): Promise<DocumentCase | null>;
}

/** A template uploaded by legal for one project. */
export interface StoredTemplate {
  readonly bytes: Uint8Array;
  readonly uploadedBy: string;
  readonly uploadedAt: EpochMs;
}

/** Persists legal's replacement templates per project and document key. */
export interface DocumentTemplateStore {
  get(projectId: string, documentKey: string): Promise<StoredTemplate | null>;
  put(projectId: string, documentKey: string, template: StoredTemplate): Promise<void>;
  remove(projectId: string, documentKey: string): Promise<void>;
}

/** Reference to a generated document attached to a record. */
export interface AttachmentRef {
  readonly id: string;
  readonly key: string;
  readonly fileName: string;
  readonly size: number;
}

/** Attaches generated documents to the case record (one transaction; idempotent per key). */
export interface DocumentAttachmentStore {
  attach(projectId: string, recordId: string, docs: readonly RenderedDocument[], meta: {
    readonly reason: string; readonly generatedBy: string; readonly generatedAt: EpochMs;
    readonly maskedKinds: readonly Sensitivity[]; readonly idempotencyKey?: string;
  }): Promise<AttachmentRef[]>;
}

/** An audit sink; the server writes these as audit rows. */
export type DocumentAudit = (event: { action: 'documents.generated' | 'documents.downloaded' | 'documents.template.replaced' | 'documents.template.reset'; projectId: string; actorId: string; detail: Record<string, unknown> }) => Promise<void> | void;

/** What the documents service needs from the server. */
export interface DocumentServiceDeps {
  /** The shipped package (`loadTemplateSet()`), loaded once at start. */
  readonly baseTemplates: TemplateSet;
  readonly templateStore: DocumentTemplateStore;
  readonly cases: DocumentCaseSource;
  readonly attachments: DocumentAttachmentStore;
  readonly now: () => EpochMs;
  readonly audit?: DocumentAudit;
  /** Renders off-thread when given (`createDocumentRenderPool().render`); inline otherwise. */
  readonly render?: (job: RenderJob) => Promise<RenderedDocument[]>;
  readonly utcOffsetMinutes?: number;
}

/** Roles allowed to replace templates. */
export const TEMPLATE_MANAGER_ROLES: readonly string[] = ['legal', 'admin'];

/** One template as the studio lists it. */
export interface TemplateInfo {
  readonly key: string;
  readonly name: { zh: string; en: string };
  readonly fileName: string;
  readonly replaced: boolean;
  readonly uploadedBy?: string;
  readonly uploadedAt?: EpochMs;
}

/**
 * Returns the document service: the package of a case rendered for a viewer (masked per rights)
 * and attached to the record, and legal's template replacement (validated before it is stored).
 */
export function createDocumentService(deps: DocumentServiceDeps) {
  const render = (job: RenderJob) => deps.render
    ? deps.render(job)
    : renderDocumentPackage({ ...job, mask: maskPolicyFor(job.visible) });

  async function templatesFor(projectId: string): Promise<TemplateSet> {
    let set = deps.baseTemplates;
    for (const doc of deps.baseTemplates.manifest.documents) {
      const stored = await deps.templateStore.get(projectId, doc.key);
      if (stored) set = withTemplate(set, doc.key, stored.bytes);
    }
    return set;
  }

  function documentOf(key: string) {
    const doc = deps.baseTemplates.manifest.documents.find((d) => d.key === key);
    if (!doc) throw new SiteflowError('DOC_TEMPLATE_UNKNOWN_KEY', { key });
    return doc;
  }

  async function caseFor(projectId: string, recordId: string, viewer: DocumentViewer): Promise<DocumentCase> {
    const found = await deps.cases.loadCase(projectId, recordId, viewer);
    if (!found) throw new SiteflowError('DOC_CASE_NOT_FOUND', { recordId });
    return found;
  }

  async function renderFor(projectId: string, recordId: string, viewer: DocumentViewer) {
    const c = await caseFor(projectId, recordId, viewer);
    const docs = await render({ reason: c.reason, data: c.data, templates: await templatesFor(projectId), visible: viewer.visible, utcOffsetMinutes: deps.utcOffsetMinutes });
    return { c, docs };
  }

  const service = {
    templatesFor,

    /** Returns the templates of a project with whether legal replaced them. */
    async listTemplates(projectId: string): Promise<TemplateInfo[]> {
      return Promise.all(deps.baseTemplates.manifest.documents.map(async (doc) => {
        const stored = await deps.templateStore.get(projectId, doc.key);
        return { key: doc.key, name: doc.name, fileName: doc.template, replaced: stored !== null, ...(stored ? { uploadedBy: stored.uploadedBy, uploadedAt: stored.uploadedAt } : {}) };
      }));
    },

    /** Returns the placeholders a template may use, with labels, for legal editing in Word. */
    fieldCatalogue() {
      const base = Object.entries(documentFields).map(([name, f]) => ({ name, type: f.type, label: f.label, sensitivity: 'sensitivity' in f ? f.sensitivity : undefined }));
      const derived = Object.entries(derivedPlaceholders).map(([name, from]) => ({ name, type: 'derived' as const, from }));
      return { fields: base, derived, loops: [{ name: 'clauses', fields: ['no', 'title', 'text'] }] };
    },

    /** Returns the current template file of a document (legal's replacement or the shipped one). */
    async templateFile(projectId: string, key: string): Promise<{ fileName: string; bytes: Uint8Array }> {
      const doc = documentOf(key);
      const bytes = (await templatesFor(projectId)).files.get(doc.template);
      if (!bytes) throw new SiteflowError('DOC_NO_TEMPLATE', { template: doc.template });
      return { fileName: doc.template, bytes };
    },

    /** Validates and stores legal's replacement; returns the issues instead when it is refused. */
    async replaceTemplate(projectId: string, key: string, bytes: Uint8Array, viewer: DocumentViewer): Promise<{ ok: true; template: TemplateInfo } | { ok: false; issues: readonly Issue[] }> {
      if (!viewer.roles.some((r) => TEMPLATE_MANAGER_ROLES.includes(r))) throw new SiteflowError('DOC_FORBIDDEN');
      const doc = documentOf(key);
      const check = validateDocumentTemplate(bytes);
      if (!check.ok) return check;
      const uploadedAt = deps.now();
      await deps.templateStore.put(projectId, key, { bytes, uploadedBy: viewer.userId, uploadedAt });
      await deps.audit?.({ action: 'documents.template.replaced', projectId, actorId: viewer.userId, detail: { key, size: bytes.length, fields: [...check.tags.fields].sort() } });
      return { ok: true, template: { key, name: doc.name, fileName: doc.template, replaced: true, uploadedBy: viewer.userId, uploadedAt } };
    },

    /** Goes back to the shipped template. */
    async resetTemplate(projectId: string, key: string, viewer: DocumentViewer): Promise<void> {
      if (!viewer.roles.some((r) => TEMPLATE_MANAGER_ROLES.includes(r))) throw new SiteflowError('DOC_FORBIDDEN');
      documentOf(key);
      await deps.templateStore.remove(projectId, key);
      await deps.audit?.({ action: 'documents.template.reset', projectId, actorId: viewer.userId, detail: { key } });
    },

    /** Renders the case's package for the viewer, attaches it to the record and returns the attachments. */
    async generateForCase(projectId: string, recordId: string, viewer: DocumentViewer, idempotencyKey?: string): Promise<AttachmentRef[]> {
      const { c, docs } = await renderFor(projectId, recordId, viewer);
      const maskedKinds = ALL_SENSITIVITIES.filter((k) => !viewer.visible.includes(k));
      const refs = await deps.attachments.attach(projectId, recordId, docs, { reason: c.reason, generatedBy: viewer.userId, generatedAt: deps.now(), maskedKinds, idempotencyKey });
      await deps.audit?.({ action: 'documents.generated', projectId, actorId: viewer.userId, detail: { recordId, reason: c.reason, documents: docs.map((d) => d.key), maskedKinds } });
      return refs;
    },

    /**
     * Carries out a flow's `generateDocuments` effect (outbox): renders the package of the effect's
     * record for `viewer` (a system viewer chosen by the server) and attaches it, idempotent on the
     * outbox dedupe key. Throws SiteflowError: user/notFound kinds will not succeed on retry.
     */
    async generateForEffect(effect: { projectId: string; recordId: string; packageKey: string; dedupeKey: string }, viewer: DocumentViewer): Promise<AttachmentRef[]> {
      if (effect.packageKey !== deps.baseTemplates.manifest.key) throw new SiteflowError('DOC_PACKAGE_UNKNOWN', { key: effect.packageKey });
      return service.generateForCase(effect.projectId, effect.recordId, viewer, effect.dedupeKey);
    },

    /** Renders one document of the case's package for the viewer (download without attaching). */
    async renderOne(projectId: string, recordId: string, key: string, viewer: DocumentViewer): Promise<RenderedDocument> {
      documentOf(key);
      const { docs } = await renderFor(projectId, recordId, viewer);
      const doc = docs.find((d) => d.key === key);
      if (!doc) throw new SiteflowError('DOC_NOT_IN_PACKAGE', { key });
      // A copy rendered with personal data in clear is handed over: audited (kinds, never values).
      const clearKinds = ALL_SENSITIVITIES.filter((k) => viewer.visible.includes(k));
      if (clearKinds.length > 0) await deps.audit?.({ action: 'documents.downloaded', projectId, actorId: viewer.userId, detail: { recordId, documents: [key], clearKinds, source: 'rendered' } });
      return doc;
    },
  };
  return service;
}

/** The documents service returned by `createDocumentService`. */
export type DocumentService = ReturnType<typeof createDocumentService>;
