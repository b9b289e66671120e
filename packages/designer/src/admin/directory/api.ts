import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/index.js';

/** One user of the organisation (`GET /api/admin/users`). */
export interface AdminUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly disabled: boolean;
  readonly version: number;
  readonly memberships: readonly Omit<AdminMembership, 'userId'>[];
}

/** One role grant: on a project, on a region (projectId null) or organisation-wide (both null). */
export interface AdminMembership {
  readonly id: string;
  readonly userId: string;
  readonly role: string;
  readonly projectId: string | null;
  readonly regionId: string | null;
}

/** One project of the organisation. */
export interface AdminProject {
  readonly id: string;
  readonly name: string;
  readonly city: string | null;
  readonly regionId: string;
  readonly version: number;
}

/** One region of the organisation. */
export interface AdminRegion {
  readonly id: string;
  readonly name: string;
}

/** Query keys of the admin directory pages. */
export const adminKeys = {
  users: ['admin', 'users'] as const,
  memberships: ['admin', 'memberships'] as const,
  projects: ['admin', 'projects'] as const,
  regions: ['admin', 'regions'] as const,
};

/** Returns query options of the organisation's users. */
export function adminUsersQuery() {
  return queryOptions({ queryKey: adminKeys.users, queryFn: () => api.get<AdminUser[]>('/api/admin/users') });
}

/** Returns query options of every membership of the organisation. */
export function adminMembershipsQuery() {
  return queryOptions({ queryKey: adminKeys.memberships, queryFn: () => api.get<AdminMembership[]>('/api/admin/memberships') });
}

/** Returns query options of the organisation's projects. */
export function adminProjectsQuery() {
  return queryOptions({ queryKey: adminKeys.projects, queryFn: () => api.get<AdminProject[]>('/api/admin/projects') });
}

/** Returns query options of the organisation's regions. */
export function adminRegionsQuery() {
  return queryOptions({ queryKey: adminKeys.regions, queryFn: () => api.get<AdminRegion[]>('/api/admin/regions'), staleTime: 5 * 60_000 });
}

/** Creates a user with an initial password. */
export function createUser(input: { username: string; displayName: string; password: string }) {
  return api.post<AdminUser>('/api/admin/users', input);
}

/** Changes a user (display name, disabled, new password); 409 when `version` is stale. */
export function updateUser(id: string, input: { displayName?: string; disabled?: boolean; password?: string; version: number }) {
  return api.patch<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}`, input);
}

/** Creates a project in a region. */
export function createProject(input: { name: string; city?: string; regionId: string }) {
  return api.post<AdminProject>('/api/admin/projects', input);
}

/** Renames a project or changes its city; 409 when `version` is stale. */
export function updateProject(id: string, input: { name?: string; city?: string; version: number }) {
  return api.patch<AdminProject>(`/api/admin/projects/${encodeURIComponent(id)}`, input);
}

/** Gives a user a role on a project, a region (projectId omitted) or the organisation (both omitted). */
export function addMembership(input: { userId: string; role: string; projectId?: string; regionId?: string }) {
  return api.post<AdminMembership>('/api/admin/memberships', input);
}

/** Removes a membership. */
export function removeMembership(id: string) {
  return api.delete<{ ok: boolean }>(`/api/admin/memberships/${encodeURIComponent(id)}`);
}
