import { createContext, useContext } from 'react';
import type { DesignerField } from '../model/form-fields.js';

const FlowFieldsContext = createContext<readonly DesignerField[]>([]);

/** Provides the flow's form fields to the canvas cards (they name person fields by their labels). */
export const FlowFieldsProvider = FlowFieldsContext.Provider;

/** Returns the form fields of the flow on the canvas (empty outside a canvas). */
export function useFlowFields(): readonly DesignerField[] {
  return useContext(FlowFieldsContext);
}
