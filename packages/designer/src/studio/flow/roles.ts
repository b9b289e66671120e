import type { Text } from '../../i18n/types.js';

/**
 * The project roles a flow or rule can address (DESIGN.md glossary), with their names. The server
 * keeps the same keys; the designer offers them in role pickers and passes them to validateFlow.
 */
export const projectRoles = {
  consultant: { zh: '置业顾问', en: 'Sales consultant' },
  salesSupervisor: { zh: '销售主管', en: 'Sales supervisor' },
  siteManager: { zh: '案场经理', en: 'Site manager' },
  customerService: { zh: '客服专员', en: 'Customer service' },
  customerServiceLead: { zh: '客服主管', en: 'Customer service lead' },
  engineeringLiaison: { zh: '工程对接人', en: 'Engineering liaison' },
  financeSpecialist: { zh: '金融专员', en: 'Finance specialist' },
  legal: { zh: '法务', en: 'Legal' },
  finance: { zh: '财务', en: 'Finance' },
  brand: { zh: '品牌专员', en: 'Brand specialist' },
  educationConsultant: { zh: '教育顾问', en: 'Education consultant' },
  regionalDirector: { zh: '区域总监', en: 'Regional director' },
  admin: { zh: '管理员', en: 'Administrator' },
} as const satisfies Record<string, Text>;

/** A role key. */
export type ProjectRole = keyof typeof projectRoles;

/** Every role key in glossary order. */
export const projectRoleKeys = Object.keys(projectRoles) as ProjectRole[];

/** Returns the name of a role in `lang`, or the key itself for a role this build does not know. Pure. */
export function roleName(role: string, lang: 'zh' | 'en'): string {
  return (projectRoles as Record<string, Text>)[role]?.[lang] ?? role;
}
