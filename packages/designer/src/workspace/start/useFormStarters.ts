import { useQueries, useQuery } from '@tanstack/react-query';
import { definitionListQuery, definitionVersionQuery } from '../../api/index.js';

/** What useFormStarters returns: form key → keys of the published flows that start it, once known. */
export interface FormStarters {
  readonly starters: ReadonlyMap<string, readonly string[]>;
  readonly pending: boolean;
  readonly error: Error | null;
}

/**
 * Returns which published flows start which form, read from each flow's latest published version
 * (the flow list does not carry the form key; the versions are cached, and the start form reads
 * the same ones).
 */
export function useFormStarters(projectId: string): FormStarters {
  const flows = useQuery(definitionListQuery(projectId, 'flows'));
  const published = (flows.data ?? []).filter((f) => f.latestVersion !== null);
  const versions = useQueries({
    queries: published.map((f) => definitionVersionQuery<{ formKey: string }>(projectId, 'flows', f.key, f.latestVersion!)),
  });
  const starters = new Map<string, string[]>();
  versions.forEach((v, i) => {
    const formKey = v.data?.definition.formKey;
    if (formKey) starters.set(formKey, [...(starters.get(formKey) ?? []), published[i]!.key]);
  });
  return {
    starters,
    pending: flows.isPending || versions.some((v) => v.isPending),
    error: flows.error ?? versions.find((v) => v.error)?.error ?? null,
  };
}
