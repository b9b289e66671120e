import { Typography } from 'antd';
import { Link } from 'react-router';
import type { ProjectOverview } from './api.js';
import { figureLink, formatRate, type Figure } from './overview-order.js';

// Figures that are bad news when above zero, and their colour (antd's error / warning tones).
const ALARM: Partial<Record<Figure, string>> = { overdue: '#cf1322', escalated: '#cf1322', level1Open: '#d46b08' };

/** Renders one figure of a project as a link into the page of the project that lists it; a rate without cases reads `none`. */
export function FigureLink({ project, figure, month, none }: { project: ProjectOverview; figure: Figure; month: string; none: string }) {
  const value = figure === 'closureRate' ? formatRate(project.closureRate) : project[figure];
  const alarm = typeof value === 'number' && value > 0 ? ALARM[figure] : undefined;
  // A zero reads quietly so the figures that need someone stand out.
  const color = alarm ?? (value === 0 ? 'rgba(0, 0, 0, 0.45)' : undefined);
  return (
    <Link to={figureLink(project, figure, month)} data-testid={`ov-${figure}-${project.projectId}`}
      style={{ fontSize: 16, fontWeight: alarm ? 600 : 500, color, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {value ?? <Typography.Text type="secondary">{none}</Typography.Text>}
    </Link>
  );
}
