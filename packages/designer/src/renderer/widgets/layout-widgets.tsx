import { CalculatorOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { pickText, useT } from '../../i18n/index.js';
import { joinPath } from '../value-path.js';
import type { WidgetProps } from '../types.js';
import { ReadOnlyValue } from './ReadOnlyValue.js';

/** Renders a section's fields inside the form grid (its data is nested under the section key). */
export function SectionWidget(p: WidgetProps) {
  return <div className="sf-form__grid sf-form__grid--nested">{p.node.children.map((c) => p.renderField(c, joinPath(p.path, c.key)))}</div>;
}

/** Renders a computed field's value (always read-only) with a "calculated" tag. */
export function ComputedWidget(p: WidgetProps) {
  const t = useT();
  return (
    <div className="sf-form__computed">
      <ReadOnlyValue {...p} />
      <Tag icon={<CalculatorOutlined />} color="blue" variant="filled">{t('render.computed')}</Tag>
    </div>
  );
}

/** Renders a static note (help text between fields). */
export function NoteWidget(p: WidgetProps) {
  const text = pickText(p.node.ui.text, p.lang) || pickText(p.node.ui.label, p.lang);
  return (
    <div className="sf-form__note"><InfoCircleOutlined style={{ color: '#1f5fbf', marginRight: 8 }} /><span>{text}</span></div>
  );
}
