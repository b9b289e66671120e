import type { ValidateFunction } from 'ajv/dist/2020.js';
import { SiteflowError } from '../errors/siteflow-error.js';
import { compileSchema } from './ajv.js';
import { buildFieldTree, flattenTree, toFieldInfo, type FieldNode } from './field-tree.js';
import { buildLinkagePlan, type LinkagePlan } from './linkage-plan.js';
import { shapesOf, type JsonSchema } from './shapes.js';
import type { FieldInfo, FormDefinition } from './types.js';
import { validateFormDefinition } from './validate-definition.js';

/**
 * A form ready to validate submissions: the definition, its fields, the JSON Schema its stored
 * data follows, and (internal) the compiled validator and linkage. Build with `compileForm`.
 */
export interface CompiledForm {
  readonly kind: 'compiledForm';
  readonly definition: FormDefinition;
  /** Every field, parents before children (sub-table columns are under `columns`). */
  readonly fields: readonly FieldInfo[];
  /** JSON Schema 2020-12 of the data `validateSubmission` returns (for OpenAPI and exports). */
  readonly dataSchema: JsonSchema;
  /** @internal */ readonly tree: readonly FieldNode[];
  /** @internal */ readonly plan: LinkagePlan;
  /** @internal */ readonly validate: ValidateFunction;
}

const byObject = new WeakMap<FormDefinition, CompiledForm>();
const byText = new Map<string, CompiledForm>();
const TEXT_CACHE_LIMIT = 200;

/**
 * Returns the compiled form for a definition, compiling it once: cached per definition object,
 * and per identical definition text (so a server that loads a published version again gets
 * the same validator). Throws `SiteflowError('FORM_DEFINITION_INVALID')` carrying the issues
 * of `validateFormDefinition` when the definition is not valid — publish validates first.
 */
export function compileForm(definition: FormDefinition): CompiledForm {
  const hit = byObject.get(definition);
  if (hit) return hit;
  let text: string | null = null;
  try {
    text = JSON.stringify(definition);
  } catch {
    text = null;
  }
  const textHit = text === null ? undefined : byText.get(text);
  if (textHit) {
    byObject.set(definition, textHit);
    return textHit;
  }
  const issues = validateFormDefinition(definition);
  if (issues.length > 0) {
    const key = typeof (definition as { key?: unknown } | null)?.key === 'string' ? (definition as { key: string }).key : '?';
    throw new SiteflowError('FORM_DEFINITION_INVALID', { key, count: issues.length }, issues);
  }
  const tree = buildFieldTree(definition);
  const dataSchema: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    properties: shapesOf(tree),
  };
  const compiled: CompiledForm = {
    kind: 'compiledForm',
    definition,
    fields: flattenTree(tree).filter((n) => !n.isColumn).map(toFieldInfo),
    dataSchema,
    tree,
    plan: buildLinkagePlan(tree),
    validate: compileSchema(structuredCloneJson(dataSchema)),
  };
  byObject.set(definition, compiled);
  if (text !== null) {
    if (byText.size >= TEXT_CACHE_LIMIT) {
      const oldest = byText.keys().next();
      if (!oldest.done) byText.delete(oldest.value);
    }
    byText.set(text, compiled);
  }
  return compiled;
}

/** ajv keeps references into the schema it compiles; give it its own copy. */
function structuredCloneJson(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema)) as JsonSchema;
}

/** Returns `value` compiled when it is a definition, or as is when already compiled. */
export function asCompiled(value: FormDefinition | CompiledForm): CompiledForm {
  return (value as CompiledForm).kind === 'compiledForm' ? (value as CompiledForm) : compileForm(value as FormDefinition);
}

/**
 * Returns the fields of a form for designers, renderers and tables, parents before children
 * (sub-table columns under `columns`). Pure; works on drafts too (no compilation).
 */
export function fieldList(form: FormDefinition | CompiledForm): FieldInfo[] {
  if ((form as CompiledForm).kind === 'compiledForm') return [...(form as CompiledForm).fields];
  return flattenTree(buildFieldTree(form as FormDefinition)).filter((n) => !n.isColumn).map(toFieldInfo);
}
