import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, QRCode, Typography, type GetRef } from 'antd';
import { useRef } from 'react';
import { useLang } from '../../i18n/index.js';
import type { IssuedLink } from '../../api/external-links.js';
import { formatDateTime } from '../shared/format.js';
import { useWsT } from '../shared/hooks.js';
import { linkUrl } from './external-link.js';

async function copyText(text: string, box: HTMLTextAreaElement | null | undefined): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The clipboard API needs a secure context; sites on plain http inside a LAN fall back to selection.
    if (!box) return false;
    box.select();
    return document.execCommand('copy');
  }
}

/** Renders an issued link: the full address with a copy button, a QR code, the expiry and the one-use warning. */
export function ExternalLinkResult({ link }: { link: IssuedLink }) {
  const t = useWsT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const box = useRef<GetRef<typeof Input.TextArea>>(null);
  const url = linkUrl(window.location.origin, link.pagePath);
  const copy = async () => {
    if (await copyText(url, box.current?.resizableTextArea?.textArea)) void message.success(t('ws.link.copied'));
    else void message.error(t('ws.link.copyFailed'));
  };
  return (
    <div className="sf-ws-link" data-testid="external-link-result">
      <Alert type="success" showIcon title={t('ws.link.created')} />
      <Typography.Text strong>{t('ws.link.url')}</Typography.Text>
      <Input.TextArea ref={box} readOnly autoSize value={url} className="sf-ws-link__url" data-testid="external-link-url" aria-label={t('ws.link.url')} />
      <Button type="primary" icon={<CopyOutlined />} onClick={() => void copy()} data-testid="external-link-copy" className="sf-ws-link__copy">{t('ws.link.copy')}</Button>
      <div className="sf-ws-link__qr">
        <QRCode value={url} size={168} bordered={false} />
        <Typography.Text type="secondary">{t('ws.link.qr')}</Typography.Text>
      </div>
      <Typography.Text data-testid="external-link-expires">{t('ws.link.expires', { time: formatDateTime(link.expiresAt, lang) })}</Typography.Text>
      <Alert type="warning" showIcon title={t('ws.link.once')} />
    </div>
  );
}
