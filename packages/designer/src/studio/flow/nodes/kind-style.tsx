import type { ReactNode } from 'react';
import {
  ApartmentOutlined, AuditOutlined, BranchesOutlined, FieldTimeOutlined, ForkOutlined, MergeOutlined, PlayCircleOutlined, StopOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { NodeKind } from '@siteflow/runtime';

/**
 * Accent colour and icon of each node kind: the palette shows both, the canvas and the minimap
 * the colour (node cards draw the same icon from ./glyphs).
 */
export const kindStyle: Readonly<Record<NodeKind, { readonly color: string; readonly icon: ReactNode }>> = {
  start: { color: '#389e0d', icon: <PlayCircleOutlined /> },
  task: { color: '#1f5fbf', icon: <AuditOutlined /> },
  condition: { color: '#d48806', icon: <BranchesOutlined /> },
  parallelSplit: { color: '#531dab', icon: <ForkOutlined /> },
  parallelJoin: { color: '#531dab', icon: <MergeOutlined /> },
  action: { color: '#08979c', icon: <ThunderboltOutlined /> },
  timer: { color: '#c41d7f', icon: <FieldTimeOutlined /> },
  subflow: { color: '#3f6600', icon: <ApartmentOutlined /> },
  end: { color: '#595959', icon: <StopOutlined /> },
};
