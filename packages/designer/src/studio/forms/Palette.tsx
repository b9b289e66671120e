import { useDraggable } from '@dnd-kit/core';
import { Typography } from 'antd';
import { useLocalize, useT } from '../../i18n/index.js';
import { fieldTypes, type FieldGroup, type FieldTypeId } from '../../renderer/index.js';
import { paletteId, type DragSource } from './dnd.js';
import { fieldIcons } from './field-icons.js';

const groups: readonly FieldGroup[] = ['basic', 'choice', 'contact', 'advanced', 'layout'];

function PaletteItem({ type, onAdd }: { type: FieldTypeId; onAdd: (type: FieldTypeId) => void }) {
  const localize = useLocalize();
  const data: DragSource = { kind: 'palette', type };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: paletteId(type), data });
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`sf-palette__item ${isDragging ? 'is-dragging' : ''}`}
      onClick={() => onAdd(type)}
      data-testid={`palette-${type}`}
      {...attributes}
      {...listeners}
    >
      <span className="sf-palette__icon">{fieldIcons[type]}</span>
      <span className="sf-palette__label">{localize(fieldTypes[type].label)}</span>
    </button>
  );
}

/** Renders the palette of every runtime field type, grouped; drag onto the canvas or click to append. */
export function Palette({ onAdd }: { onAdd: (type: FieldTypeId) => void }) {
  const t = useT();
  const all = Object.values(fieldTypes);
  return (
    <div className="sf-palette" data-testid="palette">
      <Typography.Text type="secondary" className="sf-palette__hint">{t('designer.paletteHint')}</Typography.Text>
      {groups.map((g) => (
        <div key={g} className="sf-palette__group">
          <div className="sf-palette__group-title">{t(`designer.group.${g}`)}</div>
          <div className="sf-palette__grid">
            {all.filter((s) => s.group === g).map((s) => <PaletteItem key={s.id} type={s.id} onAdd={onAdd} />)}
          </div>
        </div>
      ))}
    </div>
  );
}
