// Builds the legal DOCX templates of templates/legal-documents. Dev tooling: imports `docx`.
import { Packer, type Document } from 'docx';
import { refundApplication } from './refund-application.js';
import { riskNotice } from './risk-notice.js';
import { terminationAgreement } from './termination-agreement.js';

/** The template files of the legal document package, by file name. */
export const legalTemplateBuilders: Readonly<Record<string, () => Document>> = {
  'termination-agreement.docx': terminationAgreement,
  'refund-application.docx': refundApplication,
  'risk-notice.docx': riskNotice,
};

/** Returns the bytes of every legal template, by file name. */
export async function buildLegalTemplates(): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const [name, build] of Object.entries(legalTemplateBuilders)) out[name] = await Packer.toBuffer(build());
  return out;
}
