import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/index.js';

interface Props {
  readonly open: boolean;
  readonly problemCount: number;
  readonly dirty: boolean;
  readonly busy: boolean;
  readonly error?: string | undefined;
  readonly onPublish: (note: string) => void;
  readonly onClose: () => void;
}

/** Renders the publish dialog: a required release note; refuses while the definition has problems. */
export function PublishModal({ open, problemCount, dirty, busy, error, onPublish, onClose }: Props) {
  const t = useT();
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const blocked = problemCount > 0;
  const noteMissing = note.trim().length === 0;
  return (
    <Modal open={open} title={t('publish.title')} onCancel={onClose} okText={t('publish.ok')} cancelText={t('common.cancel')}
      okButtonProps={{ disabled: blocked, loading: busy, ...{ 'data-testid': 'publish-confirm' } }}
      onOk={() => { setTouched(true); if (!noteMissing && !blocked) onPublish(note.trim()); }}
      afterClose={() => { setNote(''); setTouched(false); }} destroyOnHidden>
      {blocked && <Alert type="error" showIcon title={t('publish.blocked', { count: problemCount })} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="publish-error" />}
      <Alert type="info" title={t('publish.hint')} description={dirty ? t('publish.saveFirst') : undefined} style={{ marginBottom: 12 }} />
      <Form layout="vertical">
        <Form.Item label={t('publish.note')} required validateStatus={touched && noteMissing ? 'error' : undefined}
          help={touched && noteMissing ? t('publish.noteRequired') : undefined}>
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} showCount autoSize={{ minRows: 3 }}
            placeholder={t('publish.notePlaceholder')} data-testid="publish-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
