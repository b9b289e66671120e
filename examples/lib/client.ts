// A small client of the SiteFlow HTTP API for scripts: sign in, call endpoints, find tasks, act.
// Everything goes through the public API (cookie session + X-CSRF-Token), like the web app does.

/** An API answer that was not 2xx: status, code and the bilingual message from the server. */
export class ApiCallError extends Error {
  constructor(readonly method: string, readonly path: string, readonly status: number, readonly body: unknown) {
    const b = body as { code?: string; message?: { zh?: string; en?: string }; issues?: unknown } | null;
    const issues = b?.issues ? ` ${JSON.stringify(b.issues).slice(0, 1000)}` : '';
    super(`${method} ${path} → ${status} ${b?.code ?? ''} ${b?.message?.zh ?? ''} / ${b?.message?.en ?? JSON.stringify(body)}${issues}`);
    this.name = 'ApiCallError';
  }
}

/** One open task as the inbox lists it. */
export interface TaskSummary {
  readonly id: string;
  readonly instanceId: string;
  readonly nodeId: string;
  readonly name: { zh: string; en: string };
  readonly status: string;
  readonly dueAt: number | null;
  readonly version: number;
  readonly createdAt: number;
}

/** A signed-in user of a running server. */
export class Session {
  constructor(readonly client: Client, readonly username: string, readonly userId: string, private readonly cookie: string, private readonly csrf: string) {}

  /** Calls the API (JSON `body`, or `raw` bytes with their own content type); returns the JSON body, throws ApiCallError on a non-2xx answer. */
  async call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, raw?: Buffer | string): Promise<T> {
    const res = await fetch(`${this.client.baseUrl}${path}`, {
      method,
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(raw !== undefined ? { body: typeof raw === 'string' ? raw : new Uint8Array(raw) } : body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : null;
    if (res.status >= 300) throw new ApiCallError(method, path, res.status, json);
    return json as T;
  }

  /** Returns my open tasks on an instance (soonest due first). */
  async openTasks(instanceId: string): Promise<TaskSummary[]> {
    const res = await this.call<{ items: TaskSummary[] }>('GET', '/api/tasks?scope=mine&status=open');
    return res.items.filter((t) => t.instanceId === instanceId);
  }

  /** Returns my open task at `nodeId` of the instance, or throws naming what is open instead. */
  async task(instanceId: string, nodeId: string): Promise<TaskSummary> {
    const mine = await this.openTasks(instanceId);
    const found = mine.find((t) => t.nodeId === nodeId);
    if (!found) throw new Error(`${this.username} has no open task "${nodeId}" on ${instanceId} (open: ${mine.map((t) => t.nodeId).join(', ') || 'none'})`);
    return found;
  }

  /** Submits my task at `nodeId` with `data` (and a comment); returns the task. */
  async submit(instanceId: string, nodeId: string, data: Record<string, unknown>, comment?: string): Promise<TaskSummary> {
    const task = await this.task(instanceId, nodeId);
    await this.call('POST', `/api/tasks/${task.id}/actions`, { action: 'submit', version: task.version, data, ...(comment ? { comment } : {}) });
    return task;
  }
}

/** A running SiteFlow server: base URL, sign-in, test-clock helpers and a step log. */
export class Client {
  readonly steps: string[] = [];
  #testMode: boolean | null = null;

  constructor(readonly baseUrl: string, private readonly print: (line: string) => void = (l) => console.log(l)) {}

  /** Records and prints one step of a scenario. */
  step(text: string): void {
    this.steps.push(text);
    this.print(`  ${String(this.steps.length).padStart(2, ' ')}. ${text}`);
  }

  /** Signs in; throws with the server's message when the password is wrong. */
  async login(username: string, password: string): Promise<Session> {
    const res = await fetch(`${this.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    const body = await res.json().catch(() => null);
    if (res.status !== 200) throw new ApiCallError('POST', '/api/auth/login', res.status, body);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    return new Session(this, username, body.user.id, cookie, body.csrfToken);
  }

  /** Returns whether the server runs in test mode (its clock can be moved). */
  async testMode(): Promise<boolean> {
    if (this.#testMode === null) this.#testMode = (await fetch(`${this.baseUrl}/api/test/clock`)).status === 200;
    return this.#testMode;
  }

  /** Returns the server's business time (test clock, else this machine's time). */
  async now(): Promise<number> {
    if (await this.testMode()) return ((await (await fetch(`${this.baseUrl}/api/test/clock`)).json()) as { now: number }).now;
    return Date.now();
  }

  /**
   * Moves the test clock by `ms` and runs the scheduler and outbox once (test mode); on a normal
   * server the time cannot be moved, so it only waits briefly for background delivery.
   */
  async advance(ms: number): Promise<void> {
    if (await this.testMode()) {
      await fetch(`${this.baseUrl}/api/test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: ms }) });
    } else {
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }

  /** Repeats `probe` (moving no time, letting the outbox deliver) until it returns a value; throws after `tries`. */
  async until<T>(what: string, probe: () => Promise<T | null | undefined>, tries = 30): Promise<T> {
    for (let i = 0; i < tries; i++) {
      const value = await probe();
      if (value !== null && value !== undefined) return value;
      await this.advance(0);
      // Effects such as the bank call are real HTTP deliveries made by the outbox after commit:
      // give them real time to answer on a busy machine before probing again.
      await new Promise((resolve) => setTimeout(resolve, 100 * (i + 1)));
    }
    throw new Error(`timed out waiting for: ${what}`);
  }
}

/** Returns a zoned ISO date-time (UTC+8, the site's time) for an epoch. Pure. */
export function chinaTime(at: number): string {
  const d = new Date(at + 8 * 3600_000);
  return `${d.toISOString().slice(0, 19)}+08:00`;
}
