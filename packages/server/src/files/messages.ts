/** Errors of the attachment endpoints, zh-CN first; the HTTP status is part of each entry. */
export const fileMessages = {
  FILE_EMPTY: { status: 400, zh: '上传的文件为空', en: 'The uploaded file is empty' },
  FILE_TOO_LARGE: { status: 413, zh: '文件过大（上限 {limit} MB）', en: 'The file is too large (limit {limit} MB)' },
  FILE_TYPE_NOT_ALLOWED: { status: 415, zh: '仅支持图片（PNG、JPEG、GIF、WebP）和 PDF 文件，文件内容不符合', en: 'Only images (PNG, JPEG, GIF, WebP) and PDF are accepted; the file content is neither' },
  FILE_NOT_FOUND: { status: 404, zh: '未找到附件', en: 'Attachment not found' },
} as const;

/** A code of the attachment endpoints. */
export type FileCode = keyof typeof fileMessages;

/** An attachment error answered as `{ code, message: { zh, en } }` with its status. */
export class FileError extends Error {
  readonly code: FileCode;
  readonly status: number;
  readonly text: { zh: string; en: string };
  constructor(code: FileCode, params: Record<string, string | number> = {}) {
    const m = fileMessages[code];
    const fill = (s: string) => s.replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));
    super(`[${code}] ${fill(m.en)}`);
    this.name = 'FileError';
    this.code = code;
    this.status = m.status;
    this.text = { zh: fill(m.zh), en: fill(m.en) };
  }
}
