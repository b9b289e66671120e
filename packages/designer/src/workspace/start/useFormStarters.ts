import { useQuery } from '@tanstack/react-query';
import { definitionListQuery } from '../../api/index.js';

/** What useFormStarters returns: form key → keys of the published flows that start it, once known. */
export interface FormStarters {
  readonly starters: ReadonlyMap<string, readonly string[]>;
  readonly pending: boolean;
  readonly error: Error | null;
}

/** Returns which published flows start which form (the flow list names each published flow's form). */
export function useFormStarters(projectId: string): FormStarters {
  const flows = useQuery(definitionListQuery(projectId, 'flows'));
  const starters = new Map<string, string[]>();
  for (const f of flows.data ?? []) {
    if (f.latestVersion !== null && f.formKey) starters.set(f.formKey, [...(starters.get(f.formKey) ?? []), f.key]);
  }
  return { starters, pending: flows.isPending, error: flows.error };
}
