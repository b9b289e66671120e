import { useMemo } from 'react';
import { useLang } from '../../i18n/index.js';
import { useDirectoryServices, type PickOption } from '../../renderer/index.js';

/** The people and roles of a project as pickers and cells show them. */
export interface ProjectPeople {
  readonly people: readonly PickOption[];
  readonly roles: readonly PickOption[];
  /** Returns the text of a person or role value (one id or a list); unknown ids stay as they are. */
  text(type: 'person' | 'role', value: unknown): string;
}

/** Returns the people (by name and role) and the role names of a project, for read-only person and role fields and table cells. */
export function useProjectPeople(projectId: string): ProjectPeople {
  const { lang } = useLang();
  const services = useDirectoryServices(projectId);
  return useMemo(() => {
    const { people = [], roles = [] } = services;
    const labels = { person: new Map(people.map((p) => [p.value, p.label])), role: new Map(roles.map((r) => [r.value, r.label])) };
    const text = (type: 'person' | 'role', value: unknown) => {
      if (value === undefined || value === null || value === '') return '';
      return (Array.isArray(value) ? value : [value]).map((v) => labels[type].get(String(v)) ?? String(v)).join(lang === 'zh' ? '、' : ', ');
    };
    return { people, roles, text };
  }, [services, lang]);
}
