import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Modal } from 'antd';
import { useT } from '../../i18n/index.js';

/** Renders a modal with a definition as formatted JSON and a copy button. */
export function JsonModal({ open, title, value, onClose }: { open: boolean; title?: string; value: unknown; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const text = JSON.stringify(value, null, 2);
  return (
    <Modal open={open} onCancel={onClose} title={title ?? t('json.title')} width={820}
      footer={[
        <Button key="copy" icon={<CopyOutlined />} onClick={() => void navigator.clipboard?.writeText(text).then(() => message.success(t('json.copied')))}>{t('json.copy')}</Button>,
        <Button key="close" type="primary" onClick={onClose}>{t('common.close')}</Button>,
      ]}>
      <pre className="sf-json" data-testid="json-view">{text}</pre>
    </Modal>
  );
}
