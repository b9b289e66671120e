import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { membersQuery, rolesQuery, type ProjectMember } from '../api/index.js';
import { pickText, useLang, type Lang } from '../i18n/index.js';
import type { RendererServices, UploadHook } from './types.js';

/** Returns how a person reads: 李强（置业顾问） / Li Qiang (Sales consultant); a name that already names the role is not repeated. Pure. */
export function personLabel(member: ProjectMember, roleName: (role: string) => string, lang: Lang): string {
  const roles = member.roles.map(roleName).filter((r) => r && !member.displayName.includes(r));
  if (!member.displayName) return member.userId;
  if (!roles.length) return member.displayName;
  return lang === 'zh' ? `${member.displayName}（${roles.join('、')}）` : `${member.displayName} (${roles.join(', ')})`;
}

/** Returns renderer services with the project's people (by name and role) and the role names loaded from the API (plus an optional upload hook). */
export function useDirectoryServices(projectId: string, upload?: UploadHook): RendererServices {
  const { lang } = useLang();
  const members = useQuery({ ...membersQuery(projectId), enabled: Boolean(projectId) });
  const roles = useQuery(rolesQuery());
  return useMemo(() => {
    const roleNames = new Map((roles.data ?? []).map((r) => [r.key, pickText(r.name, lang)]));
    const roleName = (key: string) => roleNames.get(key) ?? key;
    return {
      ...(upload ? { upload } : {}),
      ...(members.data ? { people: members.data.map((m) => ({ value: m.userId, label: personLabel(m, roleName, lang) })) } : {}),
      ...(roles.data ? { roles: [...roleNames].map(([value, label]) => ({ value, label })) } : {}),
    };
  }, [members.data, roles.data, lang, upload]);
}
