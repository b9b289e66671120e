import { Typography } from 'antd';
import { useT } from '../../i18n/index.js';
import { formatValue } from '../format-value.js';
import type { WidgetProps } from '../types.js';

/** Renders a field's value as text (read-only permission, computed fields); a dash when empty. */
export function ReadOnlyValue({ node, value, lang }: Pick<WidgetProps, 'node' | 'value' | 'lang'>) {
  const t = useT();
  const text = formatValue(node, value, lang);
  return (
    <div className="sf-form__readonly" data-readonly="true">
      {text ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Typography.Text> : <Typography.Text type="secondary">{t('render.empty')}</Typography.Text>}
    </div>
  );
}
