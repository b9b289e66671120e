import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { deleteDefinition, definitionKeys, type DefinitionPlural, type DefinitionSummary } from '../api/index.js';
import { useErrorText } from '../components/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import { useCanDesign } from '../app/DesignReadOnlyTag.js';

/**
 * Renders Delete for a form or flow that was never published (a wrong start, a copy made by mistake),
 * after a confirmation; nothing for a published one, which cases and records are read through, nor
 * for someone who may only look at designs (legal, who opens the studio for document templates).
 * The server refuses, by name, one that another draft uses. `onDeleted`: e.g. leave the deleted one's editor.
 */
export function DeleteDraftButton({ projectId, kind, definition, onDeleted }: {
  projectId: string; kind: DefinitionPlural; definition: DefinitionSummary; onDeleted?: () => void;
}) {
  const t = useT();
  const localize = useLocalize();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const name = localize(definition.name);
  const remove = useMutation({
    mutationFn: () => deleteDefinition(projectId, kind, definition.key, definition.version),
    onSuccess: () => {
      void message.success(t('studio.delete.done', { name }));
      client.removeQueries({ queryKey: definitionKeys.one(projectId, kind, definition.key) });
      void client.invalidateQueries({ queryKey: definitionKeys.list(projectId, kind) });
      onDeleted?.();
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const mayDesign = useCanDesign(projectId);
  if (definition.latestVersion !== null || !mayDesign) return null;
  return (
    <Popconfirm title={t('studio.delete.confirm', { name })} description={t('studio.delete.detail')} okText={t('studio.delete')} cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, ...({ 'data-testid': 'delete-draft-ok' } as object) }} onConfirm={() => remove.mutateAsync().catch(() => undefined)}>
      <Button type="link" size="small" danger icon={<DeleteOutlined />} style={{ padding: 0 }} loading={remove.isPending}
        aria-label={t('studio.delete.aria', { name })} data-testid={`delete-draft-${definition.key}`}>{t('studio.delete')}</Button>
    </Popconfirm>
  );
}
