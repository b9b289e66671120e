import type { Condition, Message } from '@siteflow/runtime';

/** Kinds of personal data a document field may hold; masked unless the viewer may see them. */
export const Sensitivity = { name: 'name', phone: 'phone', idCard: 'idCard', bankCard: 'bankCard', address: 'address' } as const;
export type Sensitivity = (typeof Sensitivity)[keyof typeof Sensitivity];

/** Value types of document fields: how input is checked and how it is printed. */
export const FieldType = { text: 'text', money: 'money', date: 'date', integer: 'integer', number: 'number' } as const;
export type FieldType = (typeof FieldType)[keyof typeof FieldType];

/** One input field of the document package. Money fields also give `<key>Capitals` (人民币…元整). */
export interface DocumentField {
  readonly type: FieldType;
  readonly label: Message;
  readonly sensitivity?: Sensitivity;
}

/** How a cancellation type treats the liquidated damages (违约金). */
export type PenaltyPolicy = 'none' | 'optional' | 'required';

/** One document of a package: which template file, printed under which name, chosen when. */
export interface PackageDocument {
  readonly key: string;
  readonly name: Message;
  /** Template file name inside the package folder, e.g. `termination-agreement.docx`. */
  readonly template: string;
  /** Output file name with `{field}` placeholders of non-sensitive fields. */
  readonly fileName: string;
  /** Condition over `reason` and the input fields; absent means always. */
  readonly when?: Condition;
}

/** The package manifest (`documents/manifest.json`): which templates, under which condition. */
export interface DocumentPackageManifest {
  readonly key: string;
  readonly version: string;
  readonly name: Message;
  readonly description?: Message;
  readonly reasons: Readonly<Record<string, { readonly penalty: PenaltyPolicy }>>;
  readonly documents: readonly PackageDocument[];
}

/** A clause of the library (`documents/clauses.json`); its text may use `{field}` placeholders. */
export interface Clause {
  readonly key: string;
  readonly title: string;
  readonly text: string;
  readonly when?: Condition;
}

/** Clauses per document key, in printing order. */
export type ClauseLibrary = Readonly<Record<string, readonly Clause[]>>;

/** Everything needed to render: manifest, clause library and template bytes by template file name. */
export interface TemplateSet {
  readonly manifest: DocumentPackageManifest;
  readonly clauses: ClauseLibrary;
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/** Which personal data the viewer may see in clear text, and how the rest is masked. */
export interface MaskPolicy {
  canSee(kind: Sensitivity): boolean;
  mask(value: string, kind: Sensitivity): string;
}

/** Input of `renderDocumentPackage`. `data` holds raw field values keyed by field name. */
export interface RenderPackageInput {
  /** Cancellation type key, e.g. `loanRejected`. */
  readonly reason: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly templates: TemplateSet;
  readonly mask: MaskPolicy;
  /** Site UTC offset for dates given as EpochMs (default +480, China). */
  readonly utcOffsetMinutes?: number;
}

/** One generated document. */
export interface RenderedDocument {
  readonly key: string;
  readonly name: Message;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** The MIME type of .docx files. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
