import type { AppContext } from './context.js';
import { runScheduler } from './scheduler/scheduler.js';
import { runOutbox } from './outbox/dispatcher.js';
import { idempotencyRepo } from './repos/idempotency-repo.js';
import { createRuleRunner } from './rule-runner/index.js';
import { integrationsOf } from './wiring/integrations.js';
import { runMonthlyReportPass } from './wiring/reports-wiring.js';

/** The periodic work of a server: scheduler ticks and outbox dispatch. */
export interface Background {
  /** Runs one scheduler pass and one outbox pass now (test clock moves call this). */
  runOnce(): Promise<void>;
  /** Asks for a delivery pass soon (after a write commits): outbox rows go out without waiting for the timer. */
  kick(): void;
  stop(): Promise<void>;
}

const KICK_DELAY_MS = 20;
const DELIVERY_SLICE = 50;
const MAX_DELIVERY_SLICES = 8;

/** Starts the scheduler and outbox loops every `intervalMs` (0: no timer; call runOnce). */
export function startBackground(ctx: AppContext, intervalMs: number): Background {
  let running: Promise<void> | null = null;
  let lastPrune = 0;
  let lastReportDay = -1;
  let stopped = false;
  const rules = createRuleRunner({ ctx });
  // Deliver in small slices until nothing is due: a delivered row may add rows due now (a notify
  // fans out into robot rows, a cancelled child reports back to its parent), so a short slice is
  // followed by another. Each slice is one transaction and requests run between slices, so a
  // burst of notifications never holds the event loop for long.
  const delivery = [async () => {
    for (let slice = 0; slice < MAX_DELIVERY_SLICES; slice++) {
      if (stopped || (await runOutbox(ctx, DELIVERY_SLICE)) === 0) return;
    }
  }];
  const passes: (() => Promise<unknown> | unknown)[] = [
    () => runScheduler(ctx),
    // Scheduled rules (daily patrol, no-reply counts), with catch-up after downtime.
    () => rules.runDue(),
    // Monthly 《退筹动因分析报告》: checked once per business day, generated once per project and month.
    async () => {
      const integrations = integrationsOf(ctx);
      const day = Math.floor(ctx.clock.now() / 86_400_000);
      if (!integrations || day === lastReportDay) return;
      lastReportDay = day;
      await runMonthlyReportPass(ctx, integrations.reports);
    },
    ...delivery,
    // Idempotency keys live at least 72 h (flaky networks, SLA windows); pruned at most hourly.
    () => {
      const now = ctx.wallClock.now();
      if (now - lastPrune < 3_600_000) return;
      lastPrune = now;
      idempotencyRepo.prune(ctx.db, now - 72 * 3_600_000);
    },
  ];
  const runPasses = async (list: readonly (() => Promise<unknown> | unknown)[]) => {
    // Passes never overlap: a slow webhook must not let two ticks interleave.
    while (running) await running;
    running = (async () => {
      for (const pass of list) {
        try {
          await pass();
        } catch (err) {
          ctx.logger.error({ err }, 'background pass failed');
        }
      }
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  };
  const runOnce = () => runPasses(passes);
  const timer = intervalMs > 0 ? setInterval(() => void runOnce(), intervalMs) : null;
  timer?.unref();
  let kicked = false;
  return {
    runOnce,
    kick: () => {
      // Throttled: under load one delivery pass serves many writes, so it never starves requests.
      // Only the outbox runs here; deadlines and scheduled rules wait for the timer.
      if (kicked || stopped) return;
      kicked = true;
      setTimeout(() => {
        kicked = false;
        if (!stopped) void runPasses(delivery);
      }, KICK_DELAY_MS).unref();
    },
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      while (running) await running;
    },
  };
}
