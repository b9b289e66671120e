// Legal document packages: DOCX templates legal edits in Word, rendered per case with docxtemplater.
export type {
  Clause, ClauseLibrary, DocumentField, DocumentPackageManifest, MaskPolicy, PackageDocument, PenaltyPolicy,
  RenderPackageInput, RenderedDocument, TemplateSet,
} from './types.js';
export { DOCX_MIME, FieldType, Sensitivity } from './types.js';
export { documentFields, derivedPlaceholders, isKnownPlaceholder, type DocumentFieldKey } from './fields.js';
export { formatYuan, toCents, yuanCapitals } from './money.js';
export { formatChineseDate } from './chinese-date.js';
export { ALL_SENSITIVITIES, maskPersonal, maskPolicyFor } from './masking.js';
export { SHIPPED_LEGAL_TEMPLATES_DIR, loadTemplateSet, parseDocumentPackage, withTemplate } from './manifest.js';
export { renderDocumentPackage, renderDocumentPackageSync } from './render.js';
export { MAX_TEMPLATE_BYTES, validateDocumentTemplate, type TemplateCheck } from './validate-template.js';
export { createDocumentRenderPool, type DocumentRenderPool, type RenderJob } from './render-pool.js';
export {
  TEMPLATE_MANAGER_ROLES, createDocumentService,
  type AttachmentRef, type DocumentAttachmentStore, type DocumentAudit, type DocumentCase, type DocumentCaseSource,
  type DocumentService, type DocumentServiceDeps, type DocumentTemplateStore, type DocumentViewer, type StoredTemplate, type TemplateInfo,
} from './service.js';
export { createDocumentsRouter, type DocumentsRouterDeps } from './router.js';
export { documentCaseFromWorkOrder, type SellerProfile } from './case-mapping.js';
