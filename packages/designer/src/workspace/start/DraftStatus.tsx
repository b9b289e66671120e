import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../i18n/index.js';
import { useWsT } from '../shared/hooks.js';
import type { DraftSyncState } from './draft-sync.js';
import { startMessages } from './messages.js';

/**
 * Renders when a form's draft was last saved and where it is kept (this device only, or synced to
 * the user's account), or nothing before the first save. Shared by the start form and the record form.
 */
export function DraftStatus({ savedAt, sync }: { readonly savedAt: number | null; readonly sync: DraftSyncState }) {
  const t = useWsT();
  const ts = useT(startMessages);
  if (!savedAt) return null;
  return (
    <Typography.Text type="secondary" data-testid="draft-saved" data-sync={sync}
      title={sync === 'none' ? undefined : ts(sync === 'synced' ? 'start.draft.syncedHint' : 'start.draft.deviceOnlyHint')}>
      {t('ws.start.saved', { time: dayjs(savedAt).format('HH:mm:ss') })}
      {sync !== 'none' && <> · {ts(sync === 'synced' ? 'start.draft.synced' : 'start.draft.deviceOnly')}</>}
    </Typography.Text>
  );
}
