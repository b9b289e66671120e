import { Button, Result } from 'antd';
import { useT } from '../i18n/index.js';
import { useErrorText } from './useErrorText.js';

/** Renders a full-width error result with the server's message and an optional retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const text = useErrorText();
  return (
    <Result
      status="warning"
      title={text(error)}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
