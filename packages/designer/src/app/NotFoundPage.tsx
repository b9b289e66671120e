import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/index.js';

/** Renders the 404 page with a link home. */
export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('common.notFoundTitle')}
      subTitle={t('common.notFoundText')}
      extra={<Link to="/"><Button type="primary">{t('common.backHome')}</Button></Link>}
      data-testid="not-found"
    />
  );
}
