import type { ErrorObject } from 'ajv/dist/2020.js';
import type { ErrorCode } from '../i18n/catalogue.js';
import type { Message } from '../i18n/types.js';
import type { FieldNode } from './field-tree.js';
import { cellLabel, IssueBag, ROOT_PATH } from './issue-bag.js';
import { checkIdCard } from './patterns.js';
import { LIMITS } from './shapes.js';
import { readPath } from '../expr/values.js';

interface Located {
  readonly node: FieldNode;
  /** How many pointer segments lead to the field (the rest point inside its value). */
  readonly depth: number;
  /** Data path of the field with concrete row numbers: `items.1.amount`. */
  readonly path: string;
  readonly label: Message;
}

/** Finds the field an ajv instance path points into (the innermost field, not a list item). */
function locate(tree: readonly FieldNode[], segments: readonly string[]): Located | null {
  let level = tree;
  let found: Located | null = null;
  let i = 0;
  let table: { label: Message; row: number } | null = null;
  while (i < segments.length) {
    const segment = segments[i];
    const node = level.find((n) => n.key === segment);
    if (!node || node.type === 'note') break;
    const label = table ? cellLabel(table.label, table.row, node.label) : node.label;
    i += 1;
    found = { node, path: '', label, depth: i };
    if (node.type === 'section') { level = node.children; continue; }
    if (node.type === 'subtable') {
      const row = segments[i];
      if (row === undefined || !/^\d+$/.test(row)) break;
      table = { label: node.label, row: Number(row) };
      found = { node, path: '', label: { zh: `${node.label.zh}第 ${table.row + 1} 行`, en: `${node.label.en} row ${table.row + 1}` }, depth: i + 1 };
      level = node.children;
      i += 1;
      continue;
    }
    break;
  }
  // The data path is the pointer's first `depth` segments (field keys and row numbers).
  return found && { ...found, path: found.node.isColumn || found.node.type === 'subtable' ? segments.slice(0, found.depth).join('.') : found.node.path };
}

const TYPE_CODES: Readonly<Record<string, ErrorCode>> = {
  string: 'FORM_EXPECTED_TEXT', number: 'FORM_EXPECTED_NUMBER', integer: 'FORM_EXPECTED_INTEGER',
  boolean: 'FORM_EXPECTED_BOOLEAN', array: 'FORM_EXPECTED_LIST', object: 'FORM_EXPECTED_OBJECT',
};

/** Field types whose every error is one plain message ("invalid mobile number"). */
const FORMAT_CODES: Partial<Record<FieldNode['type'], ErrorCode>> = {
  phone: 'FORM_PHONE_INVALID', email: 'FORM_EMAIL_INVALID', date: 'FORM_DATE_INVALID',
  datetime: 'FORM_DATETIME_INVALID', time: 'FORM_TIME_INVALID',
};

const segmentCache = new Map<string, readonly string[]>();

/** Returns the segments of a JSON pointer (`/customer/phone`), memoised. */
function pointerSegments(pointer: string): readonly string[] {
  let segments = segmentCache.get(pointer);
  if (!segments) {
    segments = pointer === '' ? [] : pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (segmentCache.size > 5000) segmentCache.clear();
    segmentCache.set(pointer, segments);
  }
  return segments;
}

/**
 * Files each ajv error as one of our catalogue issues under the path of the field it concerns,
 * naming the field's label in Chinese and English. `data` is what was validated.
 */
export function mapAjvErrors(errors: readonly ErrorObject[], tree: readonly FieldNode[], data: unknown, bag: IssueBag): void {
  // A value of the wrong type gets one issue, not also "not an option", "too long"...
  let typeErrorAt: Set<string> | null = null;
  for (const error of errors) if (error.keyword === 'type') (typeErrorAt ??= new Set()).add(error.instancePath);
  for (const error of errors) {
    if (typeErrorAt && error.keyword !== 'type' && typeErrorAt.has(error.instancePath)) continue;
    const segments = pointerSegments(error.instancePath);
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'additionalProperties') {
      bag.unknown([...segments, String(params.additionalProperty)].join('.'));
      continue;
    }
    const at = locate(tree, segments);
    if (!at) {
      bag.field('FORM_INVALID_VALUE', ROOT_PATH, { zh: '表单', en: 'Form' });
      continue;
    }
    const { node, path, label } = at;
    const deeper = segments.length > at.depth;
    const format = FORMAT_CODES[node.type];
    if (format) { bag.field(format, path, label); continue; }
    if (node.type === 'idCard') {
      const check = checkIdCard(readPath(data, segments));
      bag.field(check === 'birthDate' ? 'FORM_ID_CARD_BIRTH_DATE' : check === 'checksum' ? 'FORM_ID_CARD_CHECKSUM' : 'FORM_ID_CARD_INVALID', path, label);
      continue;
    }
    if (node.type === 'attachments' && deeper) {
      if (error.keyword === 'maximum') bag.field('FORM_ATTACHMENT_TOO_LARGE', path, label, { limit: node.ui.maxSizeMb ?? LIMITS.attachmentMb });
      else if (error.keyword === 'pattern') bag.field('FORM_ATTACHMENT_TYPE', path, label, { accept: (node.ui.accept ?? []).join(', ') });
      else bag.field('FORM_ATTACHMENT_INVALID', path, label);
      continue;
    }
    if ((node.type === 'person' || node.type === 'role') && error.keyword === 'pattern') {
      bag.field('FORM_ID_INVALID', path, label);
      continue;
    }
    switch (error.keyword) {
      case 'type':
        bag.field(TYPE_CODES[String(params.type)] ?? 'FORM_INVALID_VALUE', path, label);
        break;
      case 'enum': {
        const value = readPath(data, segments);
        bag.field('FORM_OPTION_INVALID', path, label, { value: typeof value === 'string' ? value : JSON.stringify(value) ?? '' });
        break;
      }
      case 'minimum': case 'exclusiveMinimum':
        bag.field('FORM_TOO_SMALL', path, label, { limit: params.limit });
        break;
      case 'maximum': case 'exclusiveMaximum':
        bag.field('FORM_TOO_LARGE', path, label, { limit: params.limit });
        break;
      case 'minLength': bag.field('FORM_TOO_SHORT', path, label, { limit: params.limit }); break;
      case 'maxLength': bag.field('FORM_TOO_LONG', path, label, { limit: params.limit }); break;
      case 'minItems': bag.field('FORM_TOO_FEW', path, label, { limit: params.limit }); break;
      case 'maxItems': bag.field('FORM_TOO_MANY', path, label, { limit: params.limit }); break;
      case 'uniqueItems': bag.field('FORM_DUPLICATE_ITEMS', path, label); break;
      case 'sfDecimals': bag.field('FORM_DECIMALS', path, label, { decimals: node.type === 'number' ? node.ui.decimals ?? 2 : 2 }); break;
      default: bag.field('FORM_INVALID_VALUE', path, label);
    }
  }
}
