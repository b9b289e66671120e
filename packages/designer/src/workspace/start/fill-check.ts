import { validateForm, type FieldPermission, type FormCheck, type FormDefinition } from '../../renderer/index.js';
import { editableData } from '../task/TaskPage.js';

/** Field permissions as the renderer and the validator take them: unlisted fields read-only. */
export type FillPermissions = { readonly permissions: Readonly<Record<string, FieldPermission>>; readonly defaultPermission: 'read' } | Record<string, never>;

/** Returns the renderer/validator options for `access` (none: the whole form is editable). Pure. */
export function fillPermissions(access: Readonly<Record<string, FieldPermission>> | undefined): FillPermissions {
  return access ? { permissions: access, defaultPermission: 'read' } : {};
}

/**
 * Returns the check of a new record's data before it is sent, as every create form (发起, 登记记录)
 * does it: the runtime's validation at the server's `now`, under the start step's permissions when
 * there are some, sending only the fields that step may edit (a draft saved before the permissions
 * may hold others). Pure.
 */
export function checkFill(definition: FormDefinition, value: Readonly<Record<string, unknown>>, access: Readonly<Record<string, FieldPermission>> | undefined, now: number): FormCheck {
  return validateForm(definition, access ? editableData(value, access) : value, { env: { now }, ...fillPermissions(access) });
}
