import type { Duration, Message } from '@siteflow/runtime';

/** Kinds of parts a template package ships, each a list of JSON files in the manifest. */
export const PartKind = {
  forms: 'forms',
  flows: 'flows',
  rules: 'rules',
  riskLibraries: 'riskLibraries',
  keywordDictionaries: 'keywordDictionaries',
  reports: 'reports',
} as const;
export type PartKind = (typeof PartKind)[keyof typeof PartKind];

/** A role a package uses that a project may map to another of its roles. */
export interface OverridableRole {
  /** Role key used in the package's flows and rules (e.g. `salesSupervisor`). */
  readonly role: string;
  /** What the role does in this package, e.g. 高级顾问：二次家庭会谈. */
  readonly duty: Message;
}

/**
 * A time limit a project may change: a task's SLA (`flow`+`node`), a flow's overall deadline
 * (`flow` without `node`) or a rule's task due time (`rule`+`action` index).
 */
export interface OverridableSla {
  /** Stable name used in `overrides.slas`, e.g. `firstInterview`. */
  readonly key: string;
  readonly label: Message;
  readonly flow?: string;
  readonly node?: string;
  readonly rule?: string;
  readonly action?: number;
  /** The package's value, as written in the flow or rule (the loader checks they agree). */
  readonly default: Duration;
}

/** A value a project sets at publish time, substituted for `{{settings.<key>}}` in flows and rules. */
export interface PackageSetting {
  readonly key: string;
  readonly label: Message;
  readonly description?: Message;
  readonly default: string;
  /** `url` values must be absolute http(s) URLs. */
  readonly type: 'text' | 'url';
}

/**
 * A task step done by someone without an account through a signed one-time link (e.g. the
 * 教育局对接 step): the server issues the link when a task of `flow`/`node` opens.
 */
export interface ExternalLinkStep {
  readonly flow: string;
  readonly node: string;
  /** Record field holding the contact's phone / e-mail the link is sent to. */
  readonly contactField: string;
  /** Fields the contact may fill; the link can submit the task once. */
  readonly fields: readonly string[];
  /** Lifetime of the link. */
  readonly expiresIn: Duration;
  readonly label: Message;
}

/** A legal document package of templates/legal-documents used by this package's flows. */
export interface DocumentRef {
  /** Key of the document package (`termination-package`). */
  readonly key: string;
  readonly label?: Message;
}

/** The manifest.json of a template package. */
export interface TemplateManifest {
  readonly $schema?: string;
  readonly key: string;
  /** Semantic version `MAJOR.MINOR.PATCH`. */
  readonly version: string;
  readonly name: Message;
  readonly description: Message;
  readonly category?: string;
  /** Paths relative to the package folder. */
  readonly forms: readonly string[];
  readonly flows: readonly string[];
  readonly rules: readonly string[];
  readonly riskLibraries: readonly string[];
  readonly keywordDictionaries: readonly string[];
  readonly reports: readonly string[];
  readonly documents: readonly DocumentRef[];
  readonly settings?: readonly PackageSetting[];
  readonly externalLinks?: readonly ExternalLinkStep[];
  readonly overridable: { readonly roles: readonly OverridableRole[]; readonly slas: readonly OverridableSla[] };
}

/** A JSON part of a package with the file it came from. */
export interface PackagePart<T = Record<string, unknown>> {
  readonly file: string;
  readonly key: string;
  readonly body: T;
}

/** A whole package read from disk: the manifest and every part, as one JSON object. */
export interface TemplatePackage {
  readonly manifest: TemplateManifest;
  readonly forms: readonly PackagePart[];
  readonly flows: readonly PackagePart[];
  readonly rules: readonly PackagePart[];
  readonly riskLibraries: readonly PackagePart[];
  readonly keywordDictionaries: readonly PackagePart[];
  readonly reports: readonly PackagePart[];
}

/** A problem found in a package: the file (and JSON path / node) it is about. */
export interface PackageIssue {
  readonly code: string;
  readonly message: Message;
  readonly file: string;
  readonly path?: string;
  readonly nodeId?: string;
}

/** What a project changes when a package is published to it. */
export interface PublishOverrides {
  /** Package role → project role, e.g. `{ "salesSupervisor": "siteManager" }`. */
  readonly roles?: Readonly<Record<string, string>>;
  /** Overridable SLA key → new duration, e.g. `{ "stepFeedback": { "amount": 12, "unit": "hours" } }`. */
  readonly slas?: Readonly<Record<string, Duration>>;
  /** Setting key → value, e.g. the bank pre-screening URL. */
  readonly settings?: Readonly<Record<string, string>>;
}
