import type { BusinessCalendar } from '../calendar/types.js';
import { issue, type Issue } from '../errors/siteflow-error.js';
import { checkFlowShape } from './flow-schema.js';
import type { FormLike } from './form-fields.js';
import { flowGraph, nodeLabel, reachable } from './graph.js';
import { checkNode, type CheckEnv } from './validate-node.js';
import type { FlowDefinition } from './types.js';

/** What validateFlow may check a flow against; each part is optional. */
export interface ValidateFlowOptions {
  /** The flow's form: field names in permissions, conditions and mappings must exist in it. */
  readonly form?: FormLike;
  /** Role keys of the project or template: assignee and escalation roles must be among them. */
  readonly roles?: readonly string[];
  /** The calendar the flow will run with: working-hour limits need its working hours. */
  readonly calendar?: BusinessCalendar;
}

/**
 * Returns every problem of a flow definition as Issues, each with the `nodeId` (or edge id) it
 * is about and a zh/en message ending in a fix hint; empty when the flow can run. Pure. First
 * the meta-schema; when the shape is right, the graph (starts, ends, reachability, dangling
 * edges, branches, splits and joins) and every node (assignees, roles, fields, SLAs, actions).
 */
export function validateFlow(flow: FlowDefinition, options: ValidateFlowOptions = {}): Issue[] {
  const shape = checkFlowShape(flow);
  if (shape.length > 0) return shape;
  const issues: Issue[] = [];
  const graph = flowGraph(flow);
  const label = (id: string) => nodeLabel(graph.nodes.get(id), id);

  // 1. Ids are unique across nodes and edges.
  const seen = new Set<string>();
  for (const item of [...flow.nodes, ...flow.edges]) {
    if (seen.has(item.id)) issues.push(issue('FLOW_DUPLICATE_ID', { id: item.id }, { nodeId: item.id }));
    seen.add(item.id);
  }

  // 2. Exactly one start.
  const starts = flow.nodes.filter((n) => n.kind === 'start');
  if (starts.length === 0) issues.push(issue('FLOW_NO_START', { flow: flow.name.zh }, { nodeId: flow.nodes[0]?.id ?? flow.key }));
  for (const extra of starts.slice(1)) issues.push(issue('FLOW_MANY_STARTS', { node: nodeLabel(extra) }, { nodeId: extra.id }));

  // 3. Edges connect existing nodes.
  flow.edges.forEach((e, i) => {
    for (const end of [e.source, e.target]) {
      if (!graph.nodes.has(end)) issues.push(issue('FLOW_DANGLING_EDGE', { edge: e.id, missing: end }, { nodeId: e.id, path: `edges.${i}` }));
    }
  });

  // 4. Every node is reachable and can reach an end.
  const start = starts[0];
  if (start) {
    const forward = reachable(graph, [start.id]);
    for (const n of flow.nodes) {
      if (!forward.has(n.id)) issues.push(issue('FLOW_UNREACHABLE', { node: nodeLabel(n) }, { nodeId: n.id }));
    }
    const ends = flow.nodes.filter((n) => n.kind === 'end' && forward.has(n.id)).map((n) => n.id);
    if (ends.length === 0) {
      issues.push(issue('FLOW_NO_END', {}, { nodeId: start.id }));
    } else {
      const canFinish = reachable(graph, ends, 'backward');
      for (const n of flow.nodes) {
        if (forward.has(n.id) && !canFinish.has(n.id)) issues.push(issue('FLOW_CANNOT_FINISH', { node: nodeLabel(n) }, { nodeId: n.id }));
      }
    }
  }

  // 5. Per-node rules (outgoing edges, branches, joins, assignees, fields, SLAs, actions).
  const env: CheckEnv = { flow, graph, options, label, issues };
  for (const n of flow.nodes) checkNode(n, env);

  // 6. The flow's own roles (who supervises, who may start it) are roles of the project.
  const known = options.roles ? new Set(options.roles) : undefined;
  for (const [field, roles] of [['supervisorRoles', flow.supervisorRoles], ['starterRoles', flow.starterRoles]] as const) {
    (roles ?? []).forEach((role, i) => {
      if (known && !known.has(role)) issues.push(issue('FLOW_UNKNOWN_ROLE', { node: flow.name, role }, { nodeId: start?.id ?? flow.key, path: `${field}.${i}` }));
    });
  }
  return issues;
}
