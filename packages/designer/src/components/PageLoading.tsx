import { Flex, Spin } from 'antd';
import { useT } from '../i18n/index.js';

/** Renders a centred spinner with a "loading" caption for a page or panel. */
export function PageLoading({ tip }: { tip?: string }) {
  const t = useT();
  return (
    <Flex align="center" justify="center" vertical gap={12} style={{ minHeight: 240, width: '100%' }}>
      <Spin size="large" />
      <span style={{ color: 'rgba(0,0,0,0.45)' }}>{tip ?? t('common.loading')}</span>
    </Flex>
  );
}
