import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { rolesQuery } from '../../api/index.js';
import { pickText, useLang, type Lang } from '../../i18n/index.js';
import type { PickOption } from '../../renderer/index.js';
import { membersQuery, type Member } from '../shared/api.js';

/** Returns how a person reads: 李强（置业顾问） / Li Qiang (Sales consultant); a name that already names the role is not repeated. Pure. */
export function personLabel(member: Member, roleName: (role: string) => string, lang: Lang): string {
  const roles = member.roles.map(roleName).filter((r) => r && !member.displayName.includes(r));
  if (!member.displayName) return member.userId;
  if (!roles.length) return member.displayName;
  return lang === 'zh' ? `${member.displayName}（${roles.join('、')}）` : `${member.displayName} (${roles.join(', ')})`;
}

/** The people and roles of a project as pickers and cells show them. */
export interface ProjectPeople {
  readonly people: readonly PickOption[];
  readonly roles: readonly PickOption[];
  /** Returns the text of a person or role value (one id or a list); unknown ids stay as they are. */
  text(type: 'person' | 'role', value: unknown): string;
}

/** Returns the people (by name and role) and the role names of a project, for read-only person and role fields. */
export function useProjectPeople(projectId: string): ProjectPeople {
  const { lang } = useLang();
  const members = useQuery(membersQuery(projectId));
  const roleInfo = useQuery(rolesQuery());
  return useMemo(() => {
    const roleNames = new Map((roleInfo.data ?? []).map((r) => [r.key, pickText(r.name, lang)]));
    const roleName = (key: string) => roleNames.get(key) ?? key;
    const people = (members.data ?? []).map((m) => ({ value: m.userId, label: personLabel(m, roleName, lang) }));
    const roles = [...roleNames].map(([value, label]) => ({ value, label }));
    const byId = new Map(people.map((p) => [p.value, p.label]));
    const text = (type: 'person' | 'role', value: unknown) => {
      const one = (v: unknown) => (type === 'person' ? byId.get(String(v)) : roleNames.get(String(v))) ?? String(v);
      if (value === undefined || value === null || value === '') return '';
      return (Array.isArray(value) ? value : [value]).map(one).join(lang === 'zh' ? '、' : ', ');
    };
    return { people, roles, text };
  }, [members.data, roleInfo.data, lang]);
}
