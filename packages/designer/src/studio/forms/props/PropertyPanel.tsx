import { Empty, Tabs } from 'antd';
import { useT } from '../../../i18n/index.js';
import { fieldTypeOf, type FormDefinition } from '../../../renderer/index.js';
import { getField, refId, type FieldRef } from '../model/index.js';
import { BasicProps } from './BasicProps.js';
import { FormProperties } from './FormProperties.js';
import { LinkageProps } from './LinkageProps.js';
import type { EditFn } from './types.js';
import { ValidationProps } from './ValidationProps.js';

/** Renders the property panel: the selected field's basic / validation / linkage settings, or the form's settings. */
export function PropertyPanel({ doc, selected, onEdit }: { doc: FormDefinition; selected: FieldRef | null; onEdit: EditFn }) {
  const t = useT();
  const schema = selected ? getField(doc, selected) : undefined;
  const type = fieldTypeOf(schema?.['x-ui']);
  if (!selected || !schema || !type) {
    return (
      <div className="sf-props" data-testid="property-panel">
        <div className="sf-props__title">{t('props.formTitle')}</div>
        <FormProperties doc={doc} onEdit={onEdit} />
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('props.noSelection')} />
      </div>
    );
  }
  const common = { doc, fieldRef: selected, schema, type, onEdit };
  return (
    <div className="sf-props" data-testid="property-panel">
      <Tabs
        key={refId(selected)}
        size="small"
        items={[
          { key: 'basic', label: t('props.tab.basic'), children: <BasicProps {...common} /> },
          { key: 'validation', label: t('props.tab.validation'), children: <ValidationProps {...common} /> },
          { key: 'linkage', label: <span data-testid="tab-linkage">{t('props.tab.linkage')}</span>, children: <LinkageProps doc={doc} fieldRef={selected} ui={schema['x-ui']} onEdit={onEdit} /> },
        ]}
      />
    </div>
  );
}
