import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { api, isApiError, type ApiIssue } from '../../api/index.js';
import { useErrorText } from '../../components/index.js';
import { taskActionRequest, wsKeys, type TaskActionBody } from '../shared/api.js';
import { useWsT } from '../shared/hooks.js';

/** What a supervisor's dialog sends, without the task's version (the hook adds it). */
export type SupervisorBody = Omit<TaskActionBody, 'version'> & { readonly until?: number; readonly reason?: string };

/**
 * Returns the mutation a supervisor's task dialog (延期, 改派) saves with. On success it calls
 * `onDone`, refreshes the inbox and the task (the page then shows the new state) and closes; a
 * stale version warns, refreshes and closes; refused fields go to `onIssues` when given (the
 * dialog marks them), anything else shows as a message.
 */
export function useSupervisorAction<V>(
  task: { readonly id: string; readonly version: number },
  body: (values: V) => SupervisorBody,
  options: { onDone: (values: V) => void; onClose: () => void; onIssues?: (issues: readonly ApiIssue[]) => boolean },
) {
  const t = useWsT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (values: V) => {
      const request = taskActionRequest(task.id, { ...body(values), version: task.version });
      return api.post(request.path, request.body);
    },
    onSuccess: (_result, values) => {
      options.onDone(values);
      void client.invalidateQueries({ queryKey: wsKeys.inbox });
      void client.invalidateQueries({ queryKey: wsKeys.task(task.id) });
      options.onClose();
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409 && error.code === 'API_VERSION_CONFLICT') {
        void message.warning(t('ws.task.conflict'));
        void client.invalidateQueries({ queryKey: wsKeys.task(task.id) });
        options.onClose();
        return;
      }
      if (isApiError(error) && options.onIssues?.(error.issues)) return;
      void message.error(errorText(error));
    },
  });
}
