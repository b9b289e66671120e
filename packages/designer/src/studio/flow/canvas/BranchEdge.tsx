import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, useStoreApi, type EdgeProps } from '@xyflow/react';
import { Tooltip } from 'antd';
import type { FlowRfEdge, FlowRfNode } from './to-rf.js';

// A card and the gaps above and below it: a straight drop longer than this passes a card on its way.
const ROW_SPAN = 150;
const LANE = 150;

/** True for a connection straight down past other rows (a condition's default that skips steps). */
function skipsRows(sx: number, sy: number, tx: number, ty: number): boolean {
  return Math.abs(sx - tx) < 1 && ty - sy > ROW_SPAN;
}

/** Returns a path that leaves the column, runs down beside it and comes back into the target; and its middle. */
function aroundColumn(x: number, sy: number, ty: number): [string, number, number] {
  const lane = x + LANE;
  return [`M ${x},${sy} L ${x},${sy + 16} L ${lane},${sy + 16} L ${lane},${ty - 16} L ${x},${ty - 16} L ${x},${ty}`, lane, (sy + ty) / 2];
}

/**
 * Renders a flow connection as a rounded step path with its caption; a connection straight down
 * past other rows goes around their column instead of through their cards. Branch captions (condition
 * outcomes) sit just above the target node instead of mid-path, so the captions of many branches
 * sharing one horizontal run never cover each other; a caption is one line no wider than a card
 * (longer text ends in "…") and shows the whole condition in a tooltip.
 */
export const BranchEdge = memo(function BranchEdge(props: EdgeProps<FlowRfEdge>) {
  const store = useStoreApi<FlowRfNode, FlowRfEdge>();
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, data, interactionWidth } = props;
  const [path, midX, midY] = skipsRows(sourceX, sourceY, targetX, targetY)
    ? aroundColumn(sourceX, sourceY, targetY)
    : getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, borderRadius: 8 });
  const caption = data?.caption;
  const nearTarget = data?.fromCondition === true;
  const x = nearTarget ? targetX : midX;
  const y = nearTarget ? targetY - 20 : midY;
  const classes = ['sf-edge-label', 'nodrag', 'nopan', caption?.code ? 'is-code' : '', data?.problems.length ? 'has-problems' : ''].filter(Boolean).join(' ');
  const label = caption?.text ? (
    // A click selects the connection and a palette item dropped here goes onto it, as on the line itself.
    <div className={classes} style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }} data-testid={`edge-label-${id}`}
      data-edge-id={id} onClick={() => store.getState().addSelectedEdges([id])}>
      {caption.text}
    </div>
  ) : null;
  return (
    <>
      <BaseEdge
        path={path}
        {...(markerEnd ? { markerEnd } : {})}
        {...(style ? { style } : {})}
        {...(interactionWidth !== undefined ? { interactionWidth } : {})}
      />
      {label && (
        <EdgeLabelRenderer>
          {caption?.detail ? <Tooltip title={caption.detail} mouseEnterDelay={0.3}>{label}</Tooltip> : label}
        </EdgeLabelRenderer>
      )}
    </>
  );
});
