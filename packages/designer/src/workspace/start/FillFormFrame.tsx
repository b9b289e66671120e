import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { FormRenderer, useDirectoryServices, type FieldPermission, type FormDefinition, type Issue } from '../../renderer/index.js';
import { PageLoading } from '../../components/index.js';
import { uploadFile } from '../shared/api.js';
import { usePhone, useWsT } from '../shared/hooks.js';
import { fillPermissions } from './fill-check.js';

/** Props of FillFormFrame: the form, its value and issues, and the page's own title, status and buttons. */
export interface FillFormFrameProps {
  readonly testId: string;
  readonly projectId: string;
  readonly title: string;
  /** Shown after the title (e.g. when the draft was saved). */
  readonly status?: ReactNode;
  readonly onBack: () => void;
  readonly definition: FormDefinition;
  readonly value: Readonly<Record<string, unknown>>;
  readonly issues: Readonly<Record<string, Issue[]>>;
  readonly now: number;
  /** The start step's field permissions; without them the whole form is editable. */
  readonly access?: Readonly<Record<string, FieldPermission>> | undefined;
  /** False while the value is still being restored (a draft): shows a spinner instead of the form. */
  readonly loaded?: boolean;
  readonly onChange: (next: Record<string, unknown>, path: string) => void;
  /** The buttons, in a bar that sticks to the bottom (above the tab bar on phones). */
  readonly actions: ReactNode;
}

/**
 * Renders a form being filled to create a record — starting a flow or logging a record — the same way: a back
 * button and title, the generated form (the project's people picker and uploads; it scrolls to the
 * first error when issues arrive) and a sticky action bar.
 */
export function FillFormFrame(props: FillFormFrameProps) {
  const { testId, projectId, title, status, onBack, definition, value, issues, now, access, loaded = true, onChange, actions } = props;
  const t = useWsT();
  const phone = usePhone();
  const upload = useCallback((file: File) => uploadFile(projectId, file), [projectId]);
  // The same people picker as task forms: the project's members by name, stored as user ids.
  const services = useDirectoryServices(projectId, upload);
  return (
    <div className="sf-ws-startform" data-testid={testId}>
      <div className="sf-ws-taskpage__head">
        <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('ws.task.back')} onClick={onBack} />
        <Typography.Title level={4} className="sf-ws-taskpage__title" ellipsis>{title}</Typography.Title>
        {status}
      </div>
      <Card size="small">
        {loaded ? (
          <FormRenderer definition={definition} value={value} issues={issues} now={now} {...fillPermissions(access)} onChange={onChange} services={services} />
        ) : <PageLoading />}
      </Card>
      <div className={`sf-ws-actionbar ${phone ? 'sf-ws-actionbar--phone' : ''} sf-touch`}>{actions}</div>
    </div>
  );
}
