// An open-loop load generator: requests leave on a fixed schedule (rate per second), whether or
// not earlier ones have been answered, over a pool of keep-alive connections. Each latency is
// measured from the request's *scheduled* send time, so a stall of the server shows in full
// (no coordinated omission). autocannon's own rate limit is not used for this: it lets each
// connection send its share of a second back to back at the start of that second, which is a
// burst at full load, not a steady rate.
import { Agent, request } from 'node:http';

/** One request to send: path and JSON body. */
export interface OpenLoopRequest {
  readonly path: string;
  readonly body: string;
}

/** Latency percentiles (ms) of the answered requests, with counts by outcome. */
export interface OpenLoopResult {
  readonly sent: number;
  readonly ok: number;
  readonly failed: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** Returns the `q` quantile (0..1) of ascending `sorted` values (nearest rank). Pure. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * Sends `rate` requests per second for `seconds` to `base` over at most `connections` sockets,
 * each built by `next`, with `headers`; resolves when every request is answered.
 */
export async function openLoop(opts: {
  base: string; rate: number; seconds: number; connections: number; headers: Record<string, string>; next: () => OpenLoopRequest;
}): Promise<OpenLoopResult> {
  const url = new URL(opts.base);
  const agent = new Agent({ keepAlive: true, maxSockets: opts.connections });
  const total = Math.round(opts.rate * opts.seconds);
  const interval = 1000 / opts.rate;
  const latencies: number[] = [];
  let failed = 0;
  let sent = 0;
  const pending: Promise<void>[] = [];
  const send = (scheduledAt: number) => new Promise<void>((resolve) => {
    const { path, body } = opts.next();
    const req = request({ host: url.hostname, port: url.port, path, method: 'POST', agent, headers: { ...opts.headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 300) latencies.push(performance.now() - scheduledAt);
        else failed += 1;
        resolve();
      });
    });
    req.on('error', () => {
      failed += 1;
      resolve();
    });
    req.end(body);
  });
  const start = performance.now();
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      // Every request whose time has come leaves now, stamped with the time it was due.
      while (sent < total && start + sent * interval <= now) {
        pending.push(send(start + sent * interval));
        sent += 1;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
      else done();
    };
    tick();
  });
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { sent, ok: latencies.length, failed, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: latencies.at(-1) ?? Number.NaN };
}
