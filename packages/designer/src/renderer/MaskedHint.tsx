import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/index.js';

interface Props {
  readonly path: string;
  /** Shows the value in clear through the host's audited unmask call; absent when the user may not. */
  readonly onUnmask?: ((path: string) => Promise<unknown> | void) | undefined;
}

/** Renders the "masked" mark beside a field's label and, where allowed, the audited "show" button. */
export function MaskedHint({ path, onUnmask }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const show = async () => {
    setBusy(true);
    try { await onUnmask?.(path); } finally { setBusy(false); }
  };
  return (
    <span className="sf-form__masked" data-masked-for={path}>
      <Tooltip title={t('render.maskedHint')}>
        <Tag icon={<LockOutlined />} variant="filled">{t('render.masked')}</Tag>
      </Tooltip>
      {onUnmask && (
        <Tooltip title={t('render.unmaskAudited')}>
          <Button type="link" size="small" icon={<EyeOutlined />} loading={busy} onClick={() => void show()} data-testid={`unmask-${path}`}>
            {t('render.unmask')}
          </Button>
        </Tooltip>
      )}
    </span>
  );
}
