import { pointerWithin, rectIntersection, type CollisionDetection } from '@dnd-kit/core';
import type { FieldTypeId } from '../../renderer/index.js';
import type { ContainerPath, FieldRef } from './model/index.js';
import { refId } from './model/index.js';

/** What is being dragged: a palette entry (new field) or an existing field. */
export type DragSource = { readonly kind: 'palette'; readonly type: FieldTypeId } | { readonly kind: 'field'; readonly ref: FieldRef; readonly type: FieldTypeId };

/** What it is over: a field (drop before/after it) or a container's empty/end zone. */
export type DropData = { readonly kind: 'field'; readonly ref: FieldRef } | { readonly kind: 'container'; readonly container: ContainerPath };

/** Where a drop would land, for the insertion indicator. */
export interface DropIndicator {
  readonly id: string;
  readonly position: 'before' | 'after' | 'inside';
}

/** Returns the dnd id of a palette entry. Pure. */
export const paletteId = (type: FieldTypeId) => `palette:${type}`;
/** Returns the dnd id of a field card. Pure. */
export const fieldDndId = (ref: FieldRef) => `field:${refId(ref)}`;
/** Returns the dnd id of a container's drop zone. Pure. */
export const containerDndId = (container: ContainerPath) => `container:${container.join('/')}`;

/**
 * Returns collisions preferring the innermost target under the pointer, i.e. the smallest one:
 * a field inside a section beats the section's drop zone, which beats the section's card, which
 * beats the form. Falls back to rectangle intersection when the pointer is outside every target. Pure.
 */
export const innermostCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  if (hits.length === 0) return rectIntersection(args);
  const area = (id: string | number) => {
    const r = args.droppableRects.get(id);
    return r ? r.width * r.height : Infinity;
  };
  return [...hits].sort((a, b) => area(a.id) - area(b.id));
};

/** Returns 'before' or 'after' for a pointer y over a target rectangle (upper half = before). Pure. */
export function halfOf(pointerY: number, rect: { top: number; height: number }): 'before' | 'after' {
  return pointerY < rect.top + rect.height / 2 ? 'before' : 'after';
}
