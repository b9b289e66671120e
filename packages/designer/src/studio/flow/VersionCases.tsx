import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Typography } from 'antd';
import { SwapRightOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { flowRunningQuery, migrateFlowCases, type FlowMigration, type KeptCase } from '../../api/index.js';
import { useErrorText } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { flowMessages } from './messages.js';

/** Props of one version's running cases in the flow's version history. */
export interface VersionCasesProps {
  readonly projectId: string;
  readonly flowKey: string;
  readonly version: number;
  /** The latest published version, which an older version's cases may move to. */
  readonly latest: number;
  /** False for people who may only look (no move). */
  readonly mayMigrate: boolean;
}

/**
 * Renders how many cases run on one version of a flow and, on an older version, "move to vN": after a
 * confirmation that says what moving keeps and changes, the cases move to the latest version; the
 * ones that cannot (waiting at a step it no longer has…) are listed with why and a link to the customer.
 */
export function VersionCases({ projectId, flowKey, version, latest, mayMigrate }: VersionCasesProps) {
  const t = useT(flowMessages);
  const localize = useLocalize();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const navigate = useNavigate();
  const running = useQuery(flowRunningQuery(projectId, flowKey));
  const count = running.data?.byVersion.find((v) => v.version === version)?.running ?? 0;
  const move = useMutation({
    mutationFn: () => migrateFlowCases(projectId, flowKey, version),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: flowRunningQuery(projectId, flowKey).queryKey });
      if (result.kept.length === 0) void message.success(t('flow.migrate.done', { count: result.migrated, to: result.to }));
      else showKept(result);
    },
    onError: (error) => void message.error(errorText(error)),
  });
  // "<customer>: <reasons>", the customer as the reader may see it (masked unless they see it in clear)
  const keptLine = (c: KeptCase) => {
    const reasons = c.problems.map((p) => localize(p)).join(t('flow.migrate.reasonSeparator'));
    return c.title ? t('flow.migrate.keptCase', { customer: c.title, reasons }) : reasons;
  };
  const showKept = (result: FlowMigration) => {
    // The dialog renders outside the router: its links navigate by hand, closing it first.
    const open = (recordId: string) => {
      dialog.destroy();
      void navigate(`/p/${encodeURIComponent(projectId)}/workspace/records/${encodeURIComponent(recordId)}`);
    };
    const dialog = modal.warning({
      title: t('flow.migrate.partial', { count: result.migrated, to: result.to, kept: result.kept.length, from: result.from }),
      width: 520,
      content: (
        <ul data-testid="migrate-kept" style={{ margin: 0, paddingInlineStart: 18 }}>
          {result.kept.map((c) => (
            <li key={c.instanceId}>
              {keptLine(c)}{' '}
              <Typography.Link onClick={() => open(c.recordId)}>{t('flow.migrate.open')}</Typography.Link>
            </li>
          ))}
        </ul>
      ),
    });
  };
  const confirm = () => {
    void modal.confirm({
      title: t('flow.migrate.confirm', { from: version, to: latest, count }),
      content: t('flow.migrate.detail', { from: version, to: latest }),
      okText: t('flow.migrate.ok'),
      okButtonProps: { ...({ 'data-testid': 'version-migrate-ok' } as object) },
      onOk: () => move.mutateAsync().catch(() => undefined),
    });
  };
  if (count === 0) return null;
  return (
    <Space size="middle" style={{ display: 'flex' }} data-testid={`version-running-${version}`}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('flow.migrate.running', { count })}</Typography.Text>
      {mayMigrate && version < latest && (
        <Button size="small" type="link" style={{ padding: 0 }} icon={<SwapRightOutlined />} loading={move.isPending}
          onClick={confirm} data-testid={`version-migrate-${version}`}>
          {t('flow.migrate.button', { to: latest })}
        </Button>
      )}
    </Space>
  );
}
