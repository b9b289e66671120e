import { createContext, useContext } from 'react';
import type { FormDefinition, Issue } from '../../renderer/index.js';
import type { DropIndicator } from './dnd.js';
import type { FieldRef } from './model/index.js';

/** What canvas pieces need from the designer page. */
export interface DesignerContextValue {
  readonly doc: FormDefinition;
  readonly selected: FieldRef | null;
  readonly select: (ref: FieldRef | null) => void;
  readonly problems: ReadonlyMap<string, readonly Issue[]>;
  readonly indicator: DropIndicator | null;
  readonly dragging: boolean;
  readonly moveBy: (ref: FieldRef, delta: -1 | 1) => void;
  readonly duplicate: (ref: FieldRef) => void;
  readonly remove: (ref: FieldRef) => void;
}

export const DesignerContext = createContext<DesignerContextValue | null>(null);

/** Returns the designer context (throws outside the designer page: a programming error). */
export function useDesigner(): DesignerContextValue {
  const value = useContext(DesignerContext);
  if (!value) throw new Error('useDesigner outside DesignerContext');
  return value;
}
