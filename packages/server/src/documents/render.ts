import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { SiteflowError, isSiteflowError } from '@siteflow/runtime';
import { preparePackage, type PreparedDocument } from './prepare-data.js';
import { DOCXTEMPLATER_OPTIONS, inspectTemplate, syntaxProblems, type TemplateTags } from './template-inspect.js';
import type { RenderPackageInput, RenderedDocument, TemplateSet } from './types.js';

function templateBytes(templates: TemplateSet, file: string): Uint8Array {
  const bytes = templates.files.get(file);
  if (!bytes) throw new SiteflowError('DOC_NO_TEMPLATE', { template: file });
  return bytes;
}

/** Renders one prepared document; throws DOC_RENDER_FAILED naming the document on any template error. */
function renderOne(prepared: PreparedDocument, values: Readonly<Record<string, string>>, bytes: Uint8Array): RenderedDocument {
  const { doc } = prepared;
  try {
    const engine = new Docxtemplater(new PizZip(bytes), {
      ...DOCXTEMPLATER_OPTIONS,
      // preparePackage already proved every field present; a null here is a bug, never a blank.
      nullGetter(part) {
        throw new SiteflowError('DOC_FIELD_MISSING', { document: doc.name.zh, documentEn: doc.name.en, field: part.value, label: part.value, labelEn: part.value });
      },
    });
    engine.render({ ...values, clauses: prepared.clauses });
    const out = engine.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
    return { key: doc.key, name: doc.name, fileName: prepared.fileName, bytes: out };
  } catch (error) {
    if (isSiteflowError(error)) throw error;
    const detail = syntaxProblems(error).map((p) => p.detail).join('; ');
    throw new SiteflowError('DOC_RENDER_FAILED', { document: doc.name.zh, detail });
  }
}

/** Returns a function giving each template's placeholders (inspected once per template bytes). */
export function templateTagsOf(templates: TemplateSet): (file: string) => TemplateTags {
  return (file) => inspectTemplate(templateBytes(templates, file));
}

/**
 * Renders the document package of a case synchronously (≈8 ms of CPU per document): picks the
 * templates by the manifest's conditions over `reason` and the data, chooses the clauses, masks
 * personal data per `mask`, and fills every placeholder. Throws SiteflowError (DOC_REASON_UNKNOWN,
 * DOC_DATA_INVALID, DOC_FIELD_MISSING naming the field in Chinese and English, DOC_RENDER_FAILED);
 * never returns a document with a placeholder left.
 */
export function renderDocumentPackageSync(input: RenderPackageInput): RenderedDocument[] {
  const prepared = preparePackage(input, templateTagsOf(input.templates));
  return prepared.documents.map((doc) => renderOne(doc, prepared.values, templateBytes(input.templates, doc.doc.template)));
}

/**
 * Returns a promise of the rendered package (see `renderDocumentPackageSync`). Runs on the calling
 * thread; use `createDocumentRenderPool` to move rendering off the event loop in the server.
 */
export async function renderDocumentPackage(input: RenderPackageInput): Promise<RenderedDocument[]> {
  return renderDocumentPackageSync(input);
}
