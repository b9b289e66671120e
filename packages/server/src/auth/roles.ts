/** Role keys (glossary in DESIGN.md) with their zh-CN and English names. */
export const roles = {
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
} as const;

/** A role key. */
export type Role = keyof typeof roles;

/** Every role key, in glossary order. */
export const roleKeys = Object.keys(roles) as Role[];

/** Roles that may edit and publish forms, flows, rules and calendars of a project. */
export const designerRoles: readonly Role[] = ['admin', 'siteManager', 'salesSupervisor', 'customerServiceLead', 'regionalDirector'];

/** Roles that see personal data (phone, id card, bank card, address) of every record in clear. */
export const clearPersonalDataRoles: readonly Role[] = ['admin', 'siteManager', 'customerServiceLead', 'legal', 'finance', 'financeSpecialist'];
