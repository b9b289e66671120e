import { projectRoleKeys, projectRoles, type ProjectRole } from '@siteflow/runtime';

/** Role keys (glossary in DESIGN.md) with their zh-CN and English names; defined once in the runtime. */
export const roles = projectRoles;

/** A role key. */
export type Role = ProjectRole;

/** Every role key, in glossary order. */
export const roleKeys: Role[] = projectRoleKeys;

/** Roles that may edit and publish forms, flows, rules and calendars of a project. */
export const designerRoles: readonly Role[] = ['admin', 'siteManager', 'salesSupervisor', 'customerServiceLead', 'regionalDirector'];

/** Roles that see personal data (phone, id card, bank card, address) of every record in clear. */
export const clearPersonalDataRoles: readonly Role[] = ['admin', 'siteManager', 'customerServiceLead', 'legal', 'finance', 'financeSpecialist'];
