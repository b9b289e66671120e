import { EyeOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useT } from '../i18n/index.js';
import { canDesign } from './permissions.js';
import { useSession } from './useSession.js';

/** Returns true when the signed-in user may save and publish designs of the project. */
export function useCanDesign(projectId: string): boolean {
  return canDesign(useSession().data, projectId);
}

/** Renders the designer toolbar's read-only notice for members who may only view a design. */
export function DesignReadOnlyTag() {
  const t = useT();
  return (
    <Tooltip title={t('studio.readOnlyHint')}>
      <Tag icon={<EyeOutlined />} color="default" data-testid="design-read-only">{t('studio.readOnly')}</Tag>
    </Tooltip>
  );
}
