import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { SiteflowError, validateCondition } from '@siteflow/runtime';
import { documentFields } from './fields.js';
import type { ClauseLibrary, DocumentPackageManifest, TemplateSet } from './types.js';

/** The folder of the shipped legal templates (`templates/legal-documents/documents`). */
export const SHIPPED_LEGAL_TEMPLATES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../templates/legal-documents/documents');

const message = { type: 'object', required: ['zh', 'en'], properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } } };
const key = { type: 'string', pattern: '^[a-z][a-z0-9-]*$' };
const manifestSchema = {
  type: 'object',
  required: ['key', 'version', 'name', 'reasons', 'documents'],
  properties: {
    key, version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' }, name: message, description: message,
    reasons: { type: 'object', minProperties: 1, additionalProperties: { type: 'object', required: ['penalty'], properties: { penalty: { enum: ['none', 'optional', 'required'] } } } },
    documents: {
      type: 'array', minItems: 1,
      items: {
        type: 'object', required: ['key', 'name', 'template', 'fileName'], additionalProperties: false,
        properties: { key, name: message, template: { type: 'string', pattern: '^[\\w.-]+\\.docx$' }, fileName: { type: 'string', minLength: 1 }, when: { type: 'object' } },
      },
    },
  },
} as const;
const clausesSchema = {
  type: 'object',
  additionalProperties: {
    type: 'array',
    items: { type: 'object', required: ['key', 'title', 'text'], additionalProperties: false, properties: { key, title: { type: 'string', minLength: 1 }, text: { type: 'string', minLength: 1 }, when: { type: 'object' } } },
  },
} as const;

const ajv = new Ajv({ allErrors: true });
const checkManifest = ajv.compile(manifestSchema);
const checkClauses = ajv.compile(clausesSchema);
const conditionField = (path: string) => path === 'reason' || path in documentFields;

function fail(detail: string): never {
  throw new SiteflowError('DOC_MANIFEST_INVALID', { detail });
}

/** Returns the manifest and clause library after checking their shape and conditions; throws DOC_MANIFEST_INVALID. Pure. */
export function parseDocumentPackage(manifest: unknown, clauses: unknown): { manifest: DocumentPackageManifest; clauses: ClauseLibrary } {
  if (!checkManifest(manifest)) fail(`manifest.json ${ajv.errorsText(checkManifest.errors)}`);
  if (!checkClauses(clauses)) fail(`clauses.json ${ajv.errorsText(checkClauses.errors)}`);
  const m = manifest as unknown as DocumentPackageManifest;
  const c = clauses as unknown as ClauseLibrary;
  const conditions = [
    ...m.documents.map((d) => ({ where: `documents.${d.key}.when`, when: d.when })),
    ...Object.entries(c).flatMap(([doc, list]) => list.map((cl) => ({ where: `clauses.${doc}.${cl.key}.when`, when: cl.when }))),
  ];
  for (const { where, when } of conditions) {
    if (when === undefined) continue;
    const issues = validateCondition(when, conditionField);
    if (issues.length > 0) fail(`${where}: ${issues.map((i) => i.message.en).join('; ')}`);
  }
  const keys = new Set(m.documents.map((d) => d.key));
  if (keys.size !== m.documents.length) fail('document keys must be unique');
  return { manifest: m, clauses: c };
}

/** Returns the template set stored in `dir` (manifest.json, clauses.json and the .docx files it names). Reads files. */
export async function loadTemplateSet(dir: string = SHIPPED_LEGAL_TEMPLATES_DIR): Promise<TemplateSet> {
  const readJson = async (name: string) => JSON.parse(await readFile(join(dir, name), 'utf8')) as unknown;
  const { manifest, clauses } = parseDocumentPackage(await readJson('manifest.json'), await readJson('clauses.json'));
  const files = new Map<string, Uint8Array>();
  for (const doc of manifest.documents) files.set(doc.template, new Uint8Array(await readFile(join(dir, doc.template))));
  return { manifest, clauses, files };
}

/** Returns a copy of `set` whose document `documentKey` uses `bytes` (a validated replacement). Pure. */
export function withTemplate(set: TemplateSet, documentKey: string, bytes: Uint8Array): TemplateSet {
  const doc = set.manifest.documents.find((d) => d.key === documentKey);
  if (!doc) throw new SiteflowError('DOC_TEMPLATE_UNKNOWN_KEY', { key: documentKey });
  const files = new Map(set.files);
  files.set(doc.template, bytes);
  return { ...set, files };
}
