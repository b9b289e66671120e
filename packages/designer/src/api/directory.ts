import { queryOptions } from '@tanstack/react-query';
import type { Text } from '../i18n/index.js';
import { api } from './client.js';
import { toPage } from './types.js';

/** One person of a project with their roles (for person pickers and assignees). */
export interface ProjectMember {
  readonly userId: string;
  readonly displayName: string;
  readonly roles: readonly string[];
}

/** One role key with its bilingual name. */
export interface RoleInfo {
  readonly key: string;
  readonly name: Text;
}

/** Returns query options for the people of a project. */
export function membersQuery(projectId: string) {
  return queryOptions({
    queryKey: ['projects', projectId, 'members'] as const,
    queryFn: async () => toPage<ProjectMember>(await api.get<unknown>(`/projects/${encodeURIComponent(projectId)}/members`)).items,
    staleTime: 5 * 60_000,
  });
}

/** Returns query options for the role catalogue. */
export function rolesQuery() {
  return queryOptions({
    queryKey: ['roles'] as const,
    queryFn: async () => toPage<RoleInfo>(await api.get<unknown>('/roles')).items,
    staleTime: Infinity,
  });
}
