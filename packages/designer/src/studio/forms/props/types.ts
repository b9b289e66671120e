import type { FormDefinition } from '../../../renderer/index.js';
import type { Edit, FieldRef } from '../model/index.js';

/** Applies an edit to the designer document, optionally changing the selection. */
export type EditFn = (edit: Edit<FormDefinition> | null | undefined, select?: FieldRef | null) => void;
