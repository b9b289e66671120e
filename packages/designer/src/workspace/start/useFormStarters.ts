import { useQuery } from '@tanstack/react-query';
import { definitionListQuery } from '../../api/index.js';
import { useSession } from '../../app/useSession.js';
import { mayStart } from './record-forms.js';

/** What useFormStarters returns: form key → keys of the published flows that start it, once known. */
export interface FormStarters {
  readonly starters: ReadonlyMap<string, readonly string[]>;
  /** The same, keeping only the flows the signed-in user may start by hand (see mayStart). */
  readonly startable: ReadonlyMap<string, readonly string[]>;
  readonly pending: boolean;
  readonly error: Error | null;
}

/** Returns which published flows start which form (the flow list names each published flow's form), and which of them the user may start. */
export function useFormStarters(projectId: string): FormStarters {
  const flows = useQuery(definitionListQuery(projectId, 'flows'));
  const session = useSession();
  const starters = new Map<string, string[]>();
  const startable = new Map<string, string[]>();
  for (const f of flows.data ?? []) {
    if (f.latestVersion === null || !f.formKey) continue;
    starters.set(f.formKey, [...(starters.get(f.formKey) ?? []), f.key]);
    if (mayStart(f, session.data, projectId)) startable.set(f.formKey, [...(startable.get(f.formKey) ?? []), f.key]);
  }
  return { starters, startable, pending: flows.isPending || session.isPending, error: flows.error };
}
