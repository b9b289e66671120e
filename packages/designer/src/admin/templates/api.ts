import { queryOptions } from '@tanstack/react-query';
import { api, type FlowMigration } from '../../api/index.js';
import type { Text } from '../../i18n/index.js';

/** A duration as the server takes it. */
export interface DurationValue {
  readonly amount: number;
  readonly unit: 'minutes' | 'hours' | 'workingHours' | 'days' | 'workingDays';
}

/** A problem of a package or of one project's publish, with the file it is about. */
export interface PackageIssue {
  readonly code: string;
  readonly message: Text;
  readonly file: string;
  readonly path?: string;
  readonly nodeId?: string;
}

/** One available package version (`GET /api/admin/template-packages`). */
export interface TemplatePackageSummary {
  readonly key: string;
  readonly version: string;
  readonly name: Text;
  readonly description: Text;
  readonly category: string | null;
  readonly parts: Readonly<Record<'forms' | 'flows' | 'rules' | 'riskLibraries' | 'keywordDictionaries' | 'reports', readonly { key: string; name: Text }[]>>;
  readonly settings: readonly { key: string; label: Text; default: string; type: 'text' | 'url' }[];
  readonly overridable: {
    readonly roles: readonly { role: string; duty: Text }[];
    readonly slas: readonly { key: string; label: Text; default: DurationValue }[];
  };
  readonly issues: readonly PackageIssue[];
  readonly installs: readonly { projectId: string; projectName: string; version: string; installedAt: number }[];
}

/** What a project changes at publish time. */
export interface PublishOverrides {
  readonly roles?: Readonly<Record<string, string>>;
  readonly slas?: Readonly<Record<string, DurationValue>>;
  readonly settings?: Readonly<Record<string, string>>;
}

/** The outcome for one project. */
export interface ProjectPublishResult {
  readonly projectId: string;
  readonly status: 'installed' | 'upgraded' | 'reinstalled' | 'unchanged' | 'failed';
  readonly fromVersion: string | null;
  readonly version: string;
  readonly definitions: readonly { kind: string; key: string; version: number; changed: boolean }[];
  readonly issues: readonly PackageIssue[];
  /** With `migrateRunning`: running cases moved per flow and older version, and those kept with why. */
  readonly migrations: readonly FlowCasesMoved[];
}

/** Running cases of one flow moved from an older version to the latest (迁移), as a designer's move reports them. */
export interface FlowCasesMoved extends FlowMigration {
  readonly flowKey: string;
}

/** Query keys of the template admin page. */
export const templateKeys = { all: ['admin', 'template-packages'] as const, roles: ['roles'] as const };

/** Returns the query options of the package list. */
export function templatePackagesQuery() {
  return queryOptions({ queryKey: templateKeys.all, queryFn: () => api.get<TemplatePackageSummary[]>('/api/admin/template-packages') });
}

/** Returns the query options of the role list (`GET /api/roles`). */
export function rolesQuery() {
  return queryOptions({ queryKey: templateKeys.roles, queryFn: () => api.get<{ key: string; name: Text }[]>('/api/roles'), staleTime: 10 * 60_000 });
}

/** Publishes a package version to projects; resolves with one result per project. */
export function publishTemplate(key: string, body: { version: string; projectIds: readonly string[]; overrides?: PublishOverrides; migrateRunning?: boolean }) {
  return api.post<{ key: string; version: string; results: ProjectPublishResult[] }>(`/api/admin/template-packages/${encodeURIComponent(key)}/publish`, body);
}
