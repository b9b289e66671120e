import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Spin, Typography } from 'antd';
import { useT } from '../../i18n/index.js';
import type { AdminUser } from './api.js';
import { openWorkQuery } from './handover-api.js';
import { handoverMessages } from './handover-messages.js';
import { directoryMessages } from './messages.js';

/**
 * Renders the confirmation before disabling a user: when they still have open tasks or open
 * customers, a warning with the counts per project and a "hand over first" button; disabling stays possible.
 */
export function DisableUserDialog({ user, onDisable, onHandover, onClose }: {
  user: AdminUser; onDisable: () => void; onHandover: (projectId: string) => void; onClose: () => void;
}) {
  const t = useT(handoverMessages);
  const td = useT(directoryMessages);
  const work = useQuery(openWorkQuery(user.id));
  const open = (work.data ?? []).filter((w) => w.tasks > 0 || w.records > 0);
  return (
    <Modal open title={t('hdo.disable.title')} onCancel={onClose} cancelText={td('adm.cancel')} destroyOnHidden
      okText={open.length > 0 ? t('hdo.disable.ok') : t('hdo.disable.okClean')}
      okButtonProps={{ danger: true, disabled: work.isPending, ...({ 'data-testid': 'disable-ok' } as object) }}
      onOk={() => { onDisable(); onClose(); }}>
      <Typography.Paragraph>{td('adm.users.disableConfirm', { name: user.displayName })}</Typography.Paragraph>
      {work.isPending ? <Spin size="small" /> : open.length > 0 && (
        <Alert type="warning" showIcon data-testid="disable-open-work" title={t('hdo.disable.warning')} description={(
          <Flex vertical gap={4}>
            {open.map((w) => (
              <Flex key={w.projectId} gap={8} align="center" wrap>
                <span>{t('hdo.disable.row', { project: w.projectName, tasks: w.tasks, records: w.records })}</span>
                <Button size="small" type="primary" data-testid={`disable-handover-${w.projectId}`} onClick={() => onHandover(w.projectId)}>{t('hdo.disable.handover')}</Button>
              </Flex>
            ))}
          </Flex>
        )} />
      )}
    </Modal>
  );
}
