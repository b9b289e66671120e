import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/index.js';
import type { AttachmentRef, WidgetProps } from '../types.js';

const DEFAULT_ACCEPT = ['image/*', 'application/pdf'];

/** Returns true when a MIME type matches an accept list entry (`image/*`, `application/pdf`). Pure. */
export function mimeAccepted(type: string, accept: readonly string[]): boolean {
  return accept.some((a) => (a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : type === a));
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Renders a file list with an upload button. Type and size are checked before sending; the host's
 * `upload` hook stores the file (the server re-checks the type by content). Without a hook (the
 * designer preview) files are only listed, never sent.
 */
export function AttachmentsWidget(p: WidgetProps) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(0);
  const files = Array.isArray(p.value) ? (p.value as AttachmentRef[]) : [];
  const accept = p.node.ui.accept?.length ? p.node.ui.accept : DEFAULT_ACCEPT;
  const maxMb = p.node.ui.maxSizeMb ?? 20;
  const remove = (id: string) => {
    const next = files.filter((f) => f.id !== id);
    p.onChange(next.length ? next : undefined);
  };
  const list = (
    <List size="small" dataSource={files} locale={{ emptyText: ' ' }} split={false}
      renderItem={(f) => (
        <List.Item style={{ padding: '4px 0' }}
          actions={p.readOnly ? [] : [<Button key="rm" type="link" size="small" danger onClick={() => remove(f.id)}>{t('common.remove')}</Button>]}>
          <PaperClipOutlined style={{ marginRight: 6 }} />
          {f.url ? <a href={f.url} target="_blank" rel="noreferrer">{f.name}</a> : <span>{f.name}</span>}
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{sizeText(f.size)}</Typography.Text>
        </List.Item>
      )} />
  );
  if (p.readOnly) return files.length ? list : <Typography.Text type="secondary">{t('render.empty')}</Typography.Text>;
  return (
    <div id={p.path}>
      <Upload
        multiple
        accept={accept.join(',')}
        showUploadList={false}
        beforeUpload={(file) => {
          if (!mimeAccepted(file.type, accept)) { void message.error(t('render.uploadWrongType', { name: file.name })); return Upload.LIST_IGNORE; }
          if (file.size > maxMb * 1024 * 1024) { void message.error(t('render.uploadTooBig', { name: file.name, size: maxMb })); return Upload.LIST_IGNORE; }
          return true;
        }}
        customRequest={async ({ file, onSuccess, onError }) => {
          const f = file as File;
          setBusy((n) => n + 1);
          try {
            const ref: AttachmentRef = p.services.upload
              ? await p.services.upload(f, { fieldPath: p.path })
              : { id: `preview-${f.name}-${f.size}`, name: f.name, size: f.size, type: f.type };
            // Read the latest list through getValue: several files may finish in any order.
            const current = p.getValue(p.path);
            p.onChange([...(Array.isArray(current) ? current as AttachmentRef[] : []), ref]);
            onSuccess?.(ref);
          } catch (error) {
            void message.error(t('render.uploadFailed', { name: f.name }));
            onError?.(error as Error);
          } finally {
            setBusy((n) => n - 1);
          }
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy > 0} size={p.compact ? 'large' : 'middle'} danger={p.invalid}>{t('render.upload')}</Button>
      </Upload>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
        {t('render.uploadHint', { types: accept.join(', '), size: maxMb })}
        {!p.services.upload && ` · ${t('render.uploadUnavailable')}`}
      </Typography.Text>
      {files.length > 0 && list}
    </div>
  );
}
