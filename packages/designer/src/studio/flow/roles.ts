import { projectRoles } from '@siteflow/runtime';
import type { Text } from '../../i18n/types.js';

// The role list itself lives in the runtime, shared with the server's authorisation.
export { projectRoles, projectRoleKeys, type ProjectRole } from '@siteflow/runtime';

/** Returns the name of a role in `lang`, or the key itself for a role this build does not know. Pure. */
export function roleName(role: string, lang: 'zh' | 'en'): string {
  return (projectRoles as Record<string, Text>)[role]?.[lang] ?? role;
}
