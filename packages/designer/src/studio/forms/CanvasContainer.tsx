import { useDroppable } from '@dnd-kit/core';
import { useT } from '../../i18n/index.js';
import { CanvasField } from './CanvasField.js';
import { useDesigner } from './designer-context.js';
import { containerDndId, type DropData } from './dnd.js';
import { containerKeys, containerType, type ContainerPath } from './model/index.js';

/** Renders the fields of one container (form, section or sub-table) and its drop zone. */
export function CanvasContainer({ container }: { container: ContainerPath }) {
  const t = useT();
  const { doc, indicator, dragging } = useDesigner();
  const keys = containerKeys(doc, container);
  const id = containerDndId(container);
  const data: DropData = { kind: 'container', container };
  const { setNodeRef } = useDroppable({ id, data });
  const kind = containerType(doc, container);
  const active = indicator?.id === id;
  const emptyText = kind === 'subtable' ? t('designer.columnsEmpty') : kind === 'section' ? t('designer.containerEmpty') : t('designer.canvasEmpty');
  return (
    <div
      ref={setNodeRef}
      className={`sf-canvas__list ${kind ? `sf-canvas__list--${kind}` : 'sf-canvas__list--root'} ${active ? 'is-over' : ''} ${dragging ? 'is-dragging' : ''}`}
      data-testid={`container-${container.join('/') || 'root'}`}
    >
      {keys.map((key) => <CanvasField key={key} fieldRef={{ container, key }} />)}
      {keys.length === 0 ? (
        <div className="sf-canvas__empty">{emptyText}</div>
      ) : (
        <div className={`sf-canvas__tail ${active ? 'is-over' : ''}`} aria-hidden>{active ? t('designer.dropHere') : ''}</div>
      )}
    </div>
  );
}
