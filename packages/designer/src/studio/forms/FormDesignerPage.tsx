import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { definitionDraftQuery } from '../../api/index.js';
import { ErrorState, PageLoading } from '../../components/index.js';
import type { FormDefinition } from '../../renderer/index.js';
import { FormDesigner } from './FormDesigner.js';

/** Renders the form designer page of /p/:projectId/studio/forms/:formKey (loads the draft first). */
export function FormDesignerPage() {
  const { projectId = '', formKey = '' } = useParams();
  const [reloads, setReloads] = useState(0);
  const query = useQuery(definitionDraftQuery<FormDefinition>(projectId, 'forms', formKey));
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <FormDesigner
      // A reload after a conflict remounts the designer on the server's current draft.
      key={`${formKey}@${reloads}`}
      projectId={projectId}
      draft={query.data}
      backTo={`/p/${encodeURIComponent(projectId)}/studio/forms`}
      onReload={() => void query.refetch().then(() => setReloads((n) => n + 1))}
    />
  );
}
