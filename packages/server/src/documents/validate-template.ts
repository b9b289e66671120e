import PizZip from 'pizzip';
import { issue, type Issue } from '@siteflow/runtime';
import { CLAUSE_ITEM_FIELDS, CLAUSE_LOOP, isKnownPlaceholder } from './fields.js';
import { inspectTemplate, syntaxProblems, type TemplateTags } from './template-inspect.js';

/** Largest template accepted for upload (5 MB); the shipped ones are about 12 KB. */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

/** Result of checking an uploaded template. */
export type TemplateCheck =
  | { readonly ok: true; readonly tags: TemplateTags }
  | { readonly ok: false; readonly issues: readonly Issue[] };

function isDocx(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return 'not a ZIP archive / 不是 ZIP 压缩包';
  try {
    const zip = new PizZip(bytes);
    if (!zip.file('word/document.xml')) return 'word/document.xml is missing / 缺少 word/document.xml';
    if (!zip.file('[Content_Types].xml')) return '[Content_Types].xml is missing / 缺少 [Content_Types].xml';
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Returns whether `bytes` may replace a legal template: a real DOCX whose placeholders parse and
 * name only known fields (`{clauses}` loops may use `no`, `title`, `text`). Never throws; each
 * problem is an issue with a Chinese and English message. Pure apart from parsing.
 */
export function validateDocumentTemplate(bytes: Uint8Array): TemplateCheck {
  if (bytes.length > MAX_TEMPLATE_BYTES) {
    return { ok: false, issues: [issue('DOC_TEMPLATE_TOO_LARGE', { size: bytes.length, max: MAX_TEMPLATE_BYTES }, { path: 'file' })] };
  }
  const notDocx = isDocx(bytes);
  if (notDocx !== null) return { ok: false, issues: [issue('DOC_NOT_DOCX', { detail: notDocx }, { path: 'file' })] };
  let tags: TemplateTags;
  try {
    tags = inspectTemplate(bytes);
  } catch (error) {
    return { ok: false, issues: syntaxProblems(error).map((p) => issue('DOC_TEMPLATE_SYNTAX', { detail: p.detail, context: p.context }, { path: 'file' })) };
  }
  const issues: Issue[] = [];
  for (const name of tags.fields) if (!isKnownPlaceholder(name)) issues.push(issue('DOC_TEMPLATE_UNKNOWN_FIELD', { field: name }, { path: name }));
  for (const [loop, inner] of tags.loops) {
    if (loop !== CLAUSE_LOOP) { issues.push(issue('DOC_TEMPLATE_UNKNOWN_FIELD', { field: loop }, { path: loop })); continue; }
    for (const name of inner) if (!CLAUSE_ITEM_FIELDS.has(name)) issues.push(issue('DOC_TEMPLATE_UNKNOWN_FIELD', { field: `${loop}.${name}` }, { path: `${loop}.${name}` }));
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, tags };
}
