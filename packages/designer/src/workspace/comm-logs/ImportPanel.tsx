import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { CommLogImportError, commLogKeys, importCommLogs, type CommLogImportResult } from '../../api/comm-logs.js';
import { isApiError, type ApiIssue } from '../../api/index.js';
import { useErrorText } from '../../components/index.js';
import { useLang, useLocalize } from '../../i18n/index.js';
import { splitImportIssues, type RejectedRow } from './import-issues.js';
import { importColumns, importContentType, templateCsv } from './import-columns.js';
import { ImportResultView, RejectedRows } from './ImportResultView.js';
import { useCommLogsT } from './useCommLogsT.js';

/** One upload: the file, its MIME type, and the rows the user chose to leave out (with the reasons they were shown). */
interface Job {
  readonly name: string;
  readonly body: Blob;
  readonly type: string;
  readonly skipped: readonly RejectedRow[];
}

type State =
  | { kind: 'idle' }
  | { kind: 'rejected'; job: Job; rows: RejectedRow[]; rest: number }
  | { kind: 'failed'; name: string; error: unknown; issues: ApiIssue[] }
  | { kind: 'done'; name: string; result: CommLogImportResult; rejected: readonly RejectedRow[] };

/** Starts a download of `text` as a file named `name`, made in the browser. */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Renders the import of a CSV / XLSX file of communication logs: the example template, the upload,
 * then the result. The server imports all rows or none; when only some rows of a CSV or XLSX are
 * wrong, the user may skip them: the same file goes again with those row numbers left out, and
 * the server checks the rest again.
 */
export function ImportPanel({ projectId }: { projectId: string }) {
  const t = useCommLogsT();
  const { lang } = useLang();
  const localize = useLocalize();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = useMutation({
    mutationFn: (job: Job) => importCommLogs(projectId, job.body, job.type, job.skipped.map((r) => r.row)),
    onSuccess: (result, job) => {
      setState({ kind: 'done', name: job.name, result, rejected: job.skipped });
      void client.invalidateQueries({ queryKey: commLogKeys.all(projectId) });
    },
    onError: (error, job) => {
      const { rows, file } = splitImportIssues(isApiError(error) ? error.issues : []);
      if (rows.length && !file.length && !job.skipped.length) {
        const fileRows = error instanceof CommLogImportError ? error.fileRows ?? 0 : 0;
        setState({ kind: 'rejected', job, rows, rest: Math.max(0, fileRows - rows.length) });
        return;
      }
      setState({ kind: 'failed', name: job.name, error, issues: [...file, ...rows.flatMap((r) => r.issues)] });
    },
  });

  const pick = (file: File) => {
    const type = importContentType(file.name);
    if (!type) { void message.error(t('cl.import.badType', { name: file.name })); return; }
    run.mutate({ name: file.name, body: file, type, skipped: [] });
  };
  const skipRejected = (s: Extract<State, { kind: 'rejected' }>) => run.mutate({ ...s.job, skipped: s.rows });
  const columns = importColumns.map((c) => `${lang === 'zh' ? c.zh : c.key}${c.required ? '*' : ''}`).join(lang === 'zh' ? '、' : ', ');

  return (
    <Card size="small" title={t('cl.import.title')} className="sf-cl-import" data-testid="comm-log-import"
      extra={<Button type="link" icon={<DownloadOutlined />} onClick={() => download(t('cl.import.templateFile'), templateCsv(lang), 'text/csv;charset=utf-8')} data-testid="comm-log-template">{t('cl.import.template')}</Button>}>
      {state.kind === 'idle' || run.isPending ? (
        <>
          <Upload.Dragger accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" multiple={false} showUploadList={false}
            disabled={run.isPending} beforeUpload={(file) => { pick(file); return false; }} data-testid="comm-log-upload">
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{run.isPending ? t('cl.import.uploading', { name: run.variables?.name ?? '' }) : t('cl.import.drop')}</p>
          </Upload.Dragger>
          <Typography.Paragraph type="secondary" className="sf-cl-import__hint">{t('cl.import.hint', { columns })}</Typography.Paragraph>
        </>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {state.kind === 'rejected' && (
            <>
              <Alert type="warning" showIcon title={t('cl.import.rejectedTitle', { name: state.job.name, count: state.rows.length })} />
              <RejectedRows rows={state.rows} />
              {state.rest > 0
                ? <Button type="primary" onClick={() => skipRejected(state)} data-testid="import-skip-rejected">{t('cl.import.skip', { rejected: state.rows.length, rest: state.rest })}</Button>
                : <Typography.Text type="secondary">{t('cl.import.fixRows')}</Typography.Text>}
            </>
          )}
          {state.kind === 'failed' && (
            <Alert type="error" showIcon title={t('cl.import.fileProblem', { name: state.name })} data-testid="import-failed"
              description={<>{errorText(state.error)}{state.issues.map((i, k) => <div key={k}>{localize(i.message)}</div>)}</>} />
          )}
          {state.kind === 'done' && <ImportResultView name={state.name} result={state.result} rejected={state.rejected} />}
          <Button onClick={() => setState({ kind: 'idle' })} data-testid="import-again">{t('cl.import.again')}</Button>
        </Space>
      )}
    </Card>
  );
}
