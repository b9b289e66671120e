import { Client, type Session } from './client.js';

/** Demo logins used by the scenarios (the server's demo seed: one account per role on 杭州·云栖府). */
export const DEMO_PROJECT = 'prj_yunqi';
export const DEMO_PASSWORD_DEFAULT = 'siteflow2025';

/** How a scenario ended: the flow's end outcome and the instances it drove. */
export interface ScenarioResult {
  readonly story: string;
  readonly outcome: { key: string; label: { zh: string; en: string } };
  readonly instances: Record<string, string>;
  readonly record: Record<string, unknown>;
  readonly steps: readonly string[];
}

/** Options every scenario takes. */
export interface ScenarioOptions {
  readonly baseUrl: string;
  readonly password?: string;
  readonly projectId?: string;
  readonly print?: (line: string) => void;
}

/** Returns a client and a sign-in helper that caches sessions per username. */
export function scenarioClient(opts: ScenarioOptions) {
  const client = new Client(opts.baseUrl.replace(/\/$/, ''), opts.print);
  const sessions = new Map<string, Session>();
  const as = async (username: string): Promise<Session> => {
    let s = sessions.get(username);
    if (!s) {
      s = await client.login(username, opts.password ?? process.env.SITEFLOW_DEMO_PASSWORD ?? DEMO_PASSWORD_DEFAULT);
      sessions.set(username, s);
    }
    return s;
  };
  return { client, as, projectId: opts.projectId ?? DEMO_PROJECT };
}

/** An instance as the API returns it (the parts the scenarios read). */
export interface InstanceDetail {
  readonly id: string;
  readonly status: string;
  readonly outcome: string | null;
  readonly flowKey: string;
  readonly flowVersion: number;
  readonly record: { id: string; data: Record<string, unknown> };
  readonly tasks: { nodeId: string; status: string; dueAt: number | null }[];
  readonly timeline: { type: string; data?: Record<string, unknown> }[];
}

/** Returns an instance's detail (status, outcome key, record, timeline). */
export async function instanceDetail(s: Session, projectId: string, instanceId: string): Promise<InstanceDetail> {
  return s.call<InstanceDetail>('GET', `/api/projects/${projectId}/instances/${instanceId}`);
}

/**
 * Returns the finished instance's outcome with its label from the end node of the published flow
 * version it ran on; throws when the instance is not completed.
 */
export async function finishedOutcome(s: Session, projectId: string, instanceId: string): Promise<{ detail: InstanceDetail; outcome: ScenarioResult['outcome'] }> {
  const detail = await instanceDetail(s, projectId, instanceId);
  if (detail.status !== 'completed' || !detail.outcome) throw new Error(`流程未结束 / instance ${instanceId} has not finished (${detail.status})`);
  const version = await s.call<{ definition: { nodes: { kind: string; outcome?: ScenarioResult['outcome'] }[] } }>('GET', `/api/projects/${projectId}/flows/${detail.flowKey}/versions/${detail.flowVersion}`);
  const end = version.definition.nodes.find((n) => n.kind === 'end' && n.outcome?.key === detail.outcome);
  return { detail, outcome: end?.outcome ?? { key: detail.outcome, label: { zh: detail.outcome, en: detail.outcome } } };
}

/** Returns the base URL from `--url`, the first argument, SITEFLOW_URL, or http://localhost:3000. */
export function baseUrlFromArgs(argv: readonly string[] = process.argv.slice(2)): string {
  const i = argv.indexOf('--url');
  return (i >= 0 ? argv[i + 1] : argv.find((a) => /^https?:\/\//.test(a))) ?? process.env.SITEFLOW_URL ?? 'http://localhost:3000';
}
