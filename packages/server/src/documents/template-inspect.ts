import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

/** The placeholders of a template: top-level names and, per loop, the names used inside it. */
export interface TemplateTags {
  readonly fields: ReadonlySet<string>;
  readonly loops: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A docxtemplater compile error reduced to what a user can act on. */
export interface TemplateSyntaxProblem {
  readonly detail: string;
  readonly context: string;
}

/** Options every SiteFlow render uses: loops over whole paragraphs, `\n` as line breaks. */
export const DOCXTEMPLATER_OPTIONS = { paragraphLoop: true, linebreaks: true, errorLogging: false } as const;

/** Shape of `Docxtemplater#getTags()` (3.44+; absent from its typings). */
interface DocxTags {
  document?: { tags: Record<string, unknown> };
  headers: { tags: Record<string, unknown> }[];
  footers: { tags: Record<string, unknown> }[];
}

const cache = new WeakMap<Uint8Array, TemplateTags>();

/** Returns the problems of a docxtemplater error (multi errors flattened). Pure. */
export function syntaxProblems(error: unknown): TemplateSyntaxProblem[] {
  const props = (error as { properties?: { errors?: unknown[]; explanation?: string; xtag?: string; context?: string; id?: string } }).properties;
  if (props?.errors && props.errors.length > 0) return props.errors.flatMap(syntaxProblems);
  const detail = props?.explanation ?? (error instanceof Error ? error.message : String(error));
  return [{ detail, context: props?.xtag ?? props?.context ?? props?.id ?? '' }];
}

function collect(tags: Record<string, unknown>): TemplateTags {
  const fields = new Set<string>();
  const loops = new Map<string, Set<string>>();
  for (const [name, inner] of Object.entries(tags)) {
    const children = inner && typeof inner === 'object' ? Object.keys(inner) : [];
    if (children.length > 0) loops.set(name, new Set(children));
    else fields.add(name);
  }
  return { fields, loops };
}

/**
 * Returns the placeholders of a DOCX template (compiled, not rendered). Throws the docxtemplater
 * error when the template does not parse (use `syntaxProblems` on it). Cached per byte array.
 */
export function inspectTemplate(bytes: Uint8Array): TemplateTags {
  const hit = cache.get(bytes);
  if (hit) return hit;
  const engine = new Docxtemplater(new PizZip(bytes), DOCXTEMPLATER_OPTIONS) as Docxtemplater & { getTags(): DocxTags };
  const found = engine.getTags();
  // Body, headers and footers may all hold placeholders; merge them.
  const all = [found.document, ...found.headers, ...found.footers].filter((p) => p !== undefined);
  const tags = collect(Object.assign({}, ...all.map((p) => p.tags)) as Record<string, unknown>);
  cache.set(bytes, tags);
  return tags;
}
