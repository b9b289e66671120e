import { issue, validateFlow, validateFormDefinition, validateRule, type FlowDefinition, type FormDefinition, type Issue, type Rule } from '@siteflow/runtime';
import type { Db } from '../db/open.js';
import { definitionsRepo, type DefinitionKind } from '../repos/definitions-repo.js';
import { roleKeys } from '../auth/roles.js';

/**
 * Returns the runtime's issues for a definition (form: validateFormDefinition; flow: validateFlow
 * against the latest published form; rule: validateRule). A draft too malformed for the runtime to
 * read yields one INVALID_INPUT issue instead of an error. Reads the database.
 */
export function validateDefinition(db: Db, projectId: string, kind: DefinitionKind, body: Record<string, unknown>): readonly Issue[] {
  const formOf = (key: unknown) => (typeof key === 'string' && key ? definitionsRepo.findVersion(db, projectId, 'form', key)?.body : undefined);
  try {
    switch (kind) {
      case 'form':
        return validateFormDefinition(body as unknown as FormDefinition);
      case 'flow': {
        const form = formOf(body.formKey);
        return validateFlow(body as unknown as FlowDefinition, { ...(form ? { form: form as never } : {}), roles: roleKeys });
      }
      case 'rule': {
        if (typeof body.trigger !== 'object' || body.trigger === null || !Array.isArray(body.actions) || typeof body.name !== 'object') {
          return [issue('INVALID_INPUT', { detail: 'rule needs name, trigger and actions / 规则需要 name、trigger 和 actions' }, { path: 'trigger' })];
        }
        const form = formOf(body.formKey);
        return validateRule(body as unknown as Rule, { ...(form ? { form: form as never } : {}), roles: roleKeys });
      }
      default: {
        const never: never = kind;
        return never;
      }
    }
  } catch {
    return [issue('INVALID_INPUT', { detail: `${kind} definition structure / 定义结构不完整` })];
  }
}
