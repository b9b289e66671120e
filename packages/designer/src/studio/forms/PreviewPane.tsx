import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useLocalize, useT } from '../../i18n/index.js';
import { useParams } from 'react-router';
import { FormRenderer, issuesByPath, useDirectoryServices, validateSubmission, type FormDefinition, type Issue } from '../../renderer/index.js';

interface Props {
  readonly doc: FormDefinition;
  readonly device: 'desktop' | 'phone';
  readonly hasProblems: boolean;
}

/**
 * Renders the live preview with the very renderer the workspace uses, in a desktop frame or a
 * 375 px phone frame; "test submit" runs the runtime's validateSubmission and shows its issues.
 */
export function PreviewPane({ doc, device, hasProblems }: Props) {
  const t = useT();
  const localize = useLocalize();
  const { projectId = '' } = useParams();
  const services = useDirectoryServices(projectId);
  const [data, setData] = useState<Record<string, unknown>>({});
  const [issues, setIssues] = useState<Record<string, Issue[]>>({});
  const [result, setResult] = useState<Record<string, unknown> | null>(null);
  const count = Object.values(issues).reduce((n, l) => n + l.length, 0);
  const submit = () => {
    let r: ReturnType<typeof validateSubmission>;
    try {
      r = validateSubmission(doc, data);
    } catch {
      setIssues({}); setResult(null);
      return;
    }
    if (r.ok) { setIssues({}); setResult(r.data); } else { setIssues(issuesByPath(r.issues)); setResult(null); }
  };
  const rootIssues = issues.$ ?? [];
  return (
    <div className={`sf-preview sf-preview--${device}`} data-testid={`preview-${device}`}>
      <div className="sf-preview__frame">
        {device === 'phone' && <div className="sf-preview__notch" aria-hidden />}
        <div className="sf-preview__scroll">
          <Typography.Title level={4} className="sf-preview__title">{localize(doc.name)}</Typography.Title>
          {hasProblems && <Alert type="warning" showIcon title={t('preview.invalidDef')} style={{ marginBottom: 12 }} />}
          <FormRenderer definition={doc} value={data} layout={device} issues={issues} services={services}
            onChange={(next, path) => {
              setData(next);
              // The user is fixing this field: its old message would only distract.
              if (issues[path]) setIssues((cur) => { const { [path]: _drop, ...rest } = cur; return rest; });
            }} />
          {count > 0 && <Alert type="error" showIcon title={t('render.fixErrors', { count })} style={{ marginTop: 12 }} data-testid="preview-errors" />}
          {rootIssues.length > 0 && <Alert type="error" title={rootIssues.map((i) => localize(i.message)).join(' / ')} />}
          {result && (
            <Alert type="success" showIcon icon={<CheckCircleOutlined />} title={t('render.valid')} style={{ marginTop: 12 }} data-testid="preview-ok"
              description={<pre className="sf-preview__data">{JSON.stringify(result, null, 2)}</pre>} />
          )}
          <Space className="sf-preview__actions">
            <Button type="primary" onClick={submit} size={device === 'phone' ? 'large' : 'middle'} block={device === 'phone'} data-testid="preview-submit">{t('preview.submitTest')}</Button>
            <Button onClick={() => { setData({}); setIssues({}); setResult(null); }} size={device === 'phone' ? 'large' : 'middle'}>{t('preview.reset')}</Button>
          </Space>
        </div>
      </div>
      <Typography.Text type="secondary" className="sf-preview__hint">{t('preview.hint')}</Typography.Text>
    </div>
  );
}
