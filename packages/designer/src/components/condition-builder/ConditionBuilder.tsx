import { ConditionGroup } from './ConditionGroup.js';
import { countLeaves } from './condition-model.js';
import type { Condition, ConditionField } from './types.js';
import './condition-builder.css';

/** Props of the visual condition builder. */
export interface ConditionBuilderProps {
  /** The condition being edited; undefined means "no condition" (always true). */
  readonly value: Condition | undefined;
  /** Called with the new condition, or undefined when the last comparison was removed. */
  readonly onChange: (value: Condition | undefined) => void;
  /** The fields the user may compare (key, label in the current language, kind, options). */
  readonly fields: readonly ConditionField[];
  /** Offer "at least K of these" groups (risk rules need them). Default true. */
  readonly allowAtLeast?: boolean;
  /** Offer free text expressions for what the builder cannot say. Default true. */
  readonly allowExpr?: boolean;
  /** Deepest nesting of groups. Default 3. */
  readonly maxDepth?: number;
  readonly disabled?: boolean;
  /** Returns the problem of an expression leaf (e.g. from the runtime's parseExpression), if any. */
  readonly exprError?: (source: string) => string | undefined;
}

/**
 * Renders a visual editor producing the runtime's `Condition` data (all / any / not / at least K
 * / field comparisons / expressions). Used by the form, flow and rule designers.
 */
export function ConditionBuilder({ value, onChange, fields, allowAtLeast = true, allowExpr = true, maxDepth = 3, disabled, exprError }: ConditionBuilderProps) {
  return (
    <div className="sf-cond" data-testid="condition-builder">
      <ConditionGroup
        value={value}
        fields={fields}
        depth={1}
        maxDepth={maxDepth}
        allowAtLeast={allowAtLeast}
        allowExpr={allowExpr}
        disabled={disabled}
        exprError={exprError}
        onChange={(c) => onChange(countLeaves(c) === 0 ? undefined : c)}
      />
    </div>
  );
}
