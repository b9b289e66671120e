import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { membersQuery, rolesQuery } from '../api/index.js';
import { useLocalize } from '../i18n/index.js';
import type { RendererServices, UploadHook } from './types.js';

/** Returns renderer services with the project's people and the role names loaded from the API (plus an optional upload hook). */
export function useDirectoryServices(projectId: string, upload?: UploadHook): RendererServices {
  const localize = useLocalize();
  const members = useQuery({ ...membersQuery(projectId), enabled: Boolean(projectId) });
  const roles = useQuery(rolesQuery());
  return useMemo(() => ({
    ...(upload ? { upload } : {}),
    ...(members.data ? { people: members.data.map((m) => ({ value: m.userId, label: m.displayName })) } : {}),
    ...(roles.data ? { roles: roles.data.map((r) => ({ value: r.key, label: localize(r.name) })) } : {}),
  }), [members.data, roles.data, localize, upload]);
}
