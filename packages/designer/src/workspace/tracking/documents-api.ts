import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/index.js';

/** A document generated for a record (`GET /projects/:p/records/:r/documents`). */
export interface RecordDocument {
  readonly id: string;
  readonly key: string;
  readonly fileName: string;
  readonly size: number;
  readonly generatedAt: number;
  /** False for a copy holding personal data in clear that the caller may only see masked. */
  readonly downloadable: boolean;
}

/** A record's documents, and whether the server generates a package for it (a 退订工单 whose customer was not retained). */
export interface RecordDocuments {
  readonly items: readonly RecordDocument[];
  readonly canGenerate: boolean;
}

const enc = encodeURIComponent;

/** Returns query options for the documents generated for a record. */
export function recordDocumentsQuery(projectId: string, recordId: string) {
  return queryOptions({
    queryKey: ['ws', 'record-documents', projectId, recordId] as const,
    queryFn: () => api.get<RecordDocuments>(`/projects/${enc(projectId)}/records/${enc(recordId)}/documents`),
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
