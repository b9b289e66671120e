import { PointerSensor, useSensor, useSensors, type DragEndEvent, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import { useState } from 'react';
import { useT } from '../../i18n/index.js';
import type { FormDefinition } from '../../renderer/index.js';
import { containerDndId, fieldDndId, halfOf, type DragSource, type DropData, type DropIndicator } from './dnd.js';
import { addField, canContain, containerKeys, moveField, sameRef, type ContainerPath, type FieldRef } from './model/index.js';
import type { EditFn } from './props/types.js';

interface Target {
  readonly container: ContainerPath;
  readonly index: number;
  readonly indicator: DropIndicator;
}

function pointerY(e: DragMoveEvent | DragEndEvent): number {
  const start = e.activatorEvent as PointerEvent | MouseEvent | TouchEvent;
  const y = 'clientY' in start ? start.clientY : start.touches[0]?.clientY ?? 0;
  return y + e.delta.y;
}

/** True when `container` is `ref` itself or inside it (a section cannot go into itself). */
function insideOf(container: ContainerPath, ref: FieldRef): boolean {
  const path = [...ref.container, ref.key];
  return container.length >= path.length && path.every((k, i) => container[i] === k);
}

/** Returns where the dragged item would land, or null when it may not be dropped there. Pure. */
export function resolveTarget(doc: FormDefinition, source: DragSource, over: DropData, y: number, rect: { top: number; height: number } | null): Target | null {
  const container = over.kind === 'field' ? over.ref.container : over.container;
  if (!canContain(doc, container, source.type)) return null;
  if (source.kind === 'field' && insideOf(container, source.ref)) return null;
  const keys = containerKeys(doc, container).filter((k) => !(source.kind === 'field' && sameRef(source.ref, { container, key: k })));
  if (over.kind === 'container') return { container, index: keys.length, indicator: { id: containerDndId(container), position: 'inside' } };
  if (source.kind === 'field' && sameRef(source.ref, over.ref)) return null;
  const position = rect ? halfOf(y, rect) : 'after';
  const at = keys.indexOf(over.ref.key);
  return { container, index: at + (position === 'after' ? 1 : 0), indicator: { id: fieldDndId(over.ref), position } };
}

/**
 * Returns dnd-kit sensors and handlers for the form canvas: palette entries become new fields,
 * fields move within and between the form, sections and sub-tables; an indicator shows where.
 */
export function useCanvasDnd(doc: FormDefinition, onEdit: EditFn) {
  const t = useT();
  const [active, setActive] = useState<DragSource | null>(null);
  const [indicator, setIndicator] = useState<DropIndicator | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const targetOf = (e: DragMoveEvent | DragEndEvent): Target | null => {
    const source = e.active.data.current as DragSource | undefined;
    const over = e.over?.data.current as DropData | undefined;
    if (!source || !over) return null;
    return resolveTarget(doc, source, over, pointerY(e), e.over?.rect ?? null);
  };
  return {
    sensors,
    active,
    indicator,
    onDragStart: (e: DragStartEvent) => setActive((e.active.data.current as DragSource | undefined) ?? null),
    onDragMove: (e: DragMoveEvent) => {
      const next = targetOf(e)?.indicator ?? null;
      setIndicator((cur) => (cur?.id === next?.id && cur?.position === next?.position ? cur : next));
    },
    onDragCancel: () => { setActive(null); setIndicator(null); },
    onDragEnd: (e: DragEndEvent) => {
      const source = e.active.data.current as DragSource | undefined;
      const target = targetOf(e);
      setActive(null);
      setIndicator(null);
      if (!source || !target) return;
      if (source.kind === 'palette') {
        const { edit, ref } = addField(doc, source.type, target.container, target.index, t('designer.edit.add'));
        onEdit(edit, ref);
      } else {
        const moved = moveField(doc, source.ref, target.container, target.index, t('designer.edit.move'));
        if (moved) onEdit(moved.edit, moved.ref);
      }
    },
  };
}
