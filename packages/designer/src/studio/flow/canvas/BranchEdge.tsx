import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { FlowRfEdge } from './to-rf.js';

/**
 * Renders a flow connection as a rounded step path. Branch labels (condition outcomes) sit just
 * above the target node instead of mid-path, so the labels of many branches sharing one
 * horizontal run never cover each other.
 */
export const BranchEdge = memo(function BranchEdge(props: EdgeProps<FlowRfEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, data, label, interactionWidth } = props;
  const [path, midX, midY] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, borderRadius: 8 });
  const nearTarget = data?.fromCondition === true;
  return (
    <BaseEdge
      path={path}
      {...(markerEnd ? { markerEnd } : {})}
      {...(style ? { style } : {})}
      {...(interactionWidth !== undefined ? { interactionWidth } : {})}
      {...(label ? {
        label,
        labelX: nearTarget ? targetX : midX,
        labelY: nearTarget ? targetY - 20 : midY,
        labelStyle: props.labelStyle,
        labelShowBg: true,
        labelBgStyle: props.labelBgStyle,
        labelBgPadding: props.labelBgPadding,
        labelBgBorderRadius: props.labelBgBorderRadius,
      } : {})}
    />
  );
});
