import { describe, expect, it } from 'vitest';
import type { ProjectOverview } from '../api.js';
import { figureLink, formatRate, sortByRisk } from '../overview-order.js';

const project = (projectId: string, figures: Partial<ProjectOverview> = {}): ProjectOverview => ({
  projectId, name: projectId, regionName: '华东区域', running: 0, overdue: 0, escalated: 0, level1Open: 0, newCancellations: 0, workOrderFormKey: 'cancellation-work-order', closureRate: null, ...figures,
});

describe('regional overview helpers', () => {
  it('puts the projects with most overdue + escalated tasks first, then open level-1 alerts, then running cases', () => {
    const sorted = sortByRisk([
      project('calm'), project('busy', { running: 9 }), project('alert', { level1Open: 1 }),
      project('late', { overdue: 2 }), project('escalated', { overdue: 1, escalated: 2 }), project('calm2'),
    ]);
    expect(sorted.map((p) => p.projectId)).toEqual(['escalated', 'late', 'alert', 'busy', 'calm', 'calm2']);
  });

  it('shows a rate as a percentage with one decimal at most, and no rate as none', () => {
    expect([formatRate(0.5), formatRate(0.8333), formatRate(1), formatRate(0), formatRate(null)]).toEqual(['50%', '83.3%', '100%', '0%', null]);
  });

  it('links each figure into the project: its project-wide task view for tasks, tracking table for cases, the month’s report for the closure rate', () => {
    const yunqi = project('prj_yunqi');
    expect(figureLink(yunqi, 'overdue', '2025-12')).toBe('/p/prj_yunqi/workspace?scope=project&state=overdue');
    expect(figureLink(yunqi, 'escalated', '2025-12')).toBe('/p/prj_yunqi/workspace?scope=project&state=open');
    expect(figureLink(yunqi, 'level1Open', '2025-12')).toBe('/p/prj_yunqi/workspace?scope=project&state=open');
    // Running cases: their open steps with who holds them; new cancellations: the work orders created that month
    expect(figureLink(yunqi, 'running', '2025-12')).toBe('/p/prj_yunqi/workspace?scope=project&state=open');
    expect(figureLink(yunqi, 'newCancellations', '2025-12')).toBe('/p/prj_yunqi/workspace/tracking?form=cancellation-work-order&created=2025-12');
    expect(figureLink(project('bare', { workOrderFormKey: null }), 'newCancellations', '2025-12')).toBe('/p/bare/workspace/tracking');
    expect(figureLink(yunqi, 'closureRate', '2025-12')).toBe('/p/prj_yunqi/reports?month=2025-12');
  });
});
