import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/index.js';

/** Form key of the records documents are generated for (server: WORK_ORDER_FORM, the shipped 退订工单). */
export const DOCUMENT_CASE_FORM = 'cancellation-work-order';

/** A document generated for a record (`GET /projects/:p/records/:r/documents`). */
export interface RecordDocument {
  readonly id: string;
  readonly key: string;
  readonly fileName: string;
  readonly size: number;
  readonly generatedAt: number;
}

const enc = encodeURIComponent;

/** Returns query options for the documents generated for a record. */
export function recordDocumentsQuery(projectId: string, recordId: string) {
  return queryOptions({
    queryKey: ['ws', 'record-documents', projectId, recordId] as const,
    queryFn: async () => (await api.get<{ items: RecordDocument[] }>(`/projects/${enc(projectId)}/records/${enc(recordId)}/documents`)).items,
  });
}

/** Generates the record's document package (解约协议, 退款申请书, 风险告知函) and attaches it. */
export function generateDocuments(projectId: string, recordId: string) {
  return api.post<{ documents: { id: string; key: string; fileName: string; size: number }[] }>(`/projects/${enc(projectId)}/records/${enc(recordId)}/documents`);
}

/** Returns the download address of one generated document (.docx). */
export function documentFileUrl(projectId: string, recordId: string, id: string): string {
  return `/api/projects/${enc(projectId)}/records/${enc(recordId)}/document-files/${enc(id)}`;
}
