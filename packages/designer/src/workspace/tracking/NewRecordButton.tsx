import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../app/useSession.js';
import { useT } from '../../i18n/index.js';
import { startMessages } from '../start/messages.js';
import { canCreateRecords, newRecordPath } from '../start/record-forms.js';
import { useFormStarters } from '../start/useFormStarters.js';

/**
 * Renders the tracking table's New button for `formKey`, to members who may create records: it
 * opens the record form, or the flow's start form when a flow starts this form (its cases must run
 * the flow). Renders nothing until it knows which, nor when flows start the form and the user may
 * start none of them.
 */
export function NewRecordButton({ formKey }: { formKey: string }) {
  const ts = useT(startMessages);
  const { projectId = '' } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const { starters, startable, pending, error } = useFormStarters(projectId);
  const path = pending || error ? null : newRecordPath(formKey, starters, startable);
  if (!canCreateRecords(session.data, projectId) || path === null) return null;
  return (
    <Button type="primary" icon={<PlusOutlined />} data-testid="tracking-new"
      onClick={() => void navigate(`/p/${encodeURIComponent(projectId)}/workspace/${path}`)}>
      {ts('record.new')}
    </Button>
  );
}
