import type { Message } from '../i18n/types.js';

/**
 * The project roles (DESIGN.md glossary) with their zh-CN and English names: the one list the
 * server authorises with and the designer offers in role pickers. Pure data.
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
} as const satisfies Record<string, Message>;

/** A project role key. */
export type ProjectRole = keyof typeof projectRoles;

/** Every project role key, in glossary order. */
export const projectRoleKeys = Object.keys(projectRoles) as ProjectRole[];
