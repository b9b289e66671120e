// Forms benchmark (see the bench contract): prints one JSON line per figure on stdout.
// Run: pnpm exec tsx packages/runtime/bench/forms.bench.ts
import { compileForm, validateSubmission } from '../src/index.js';
import { cancellationInterview, validInterview } from '../src/form/__fixtures__/cancellation-interview.js';

const BENCH = 'forms';

function emit(figure: string, value: number, unit: string, target: string, better: 'higher' | 'lower'): void {
  process.stdout.write(`${JSON.stringify({ bench: BENCH, figure, value, unit, target, better })}\n`);
}

/** Returns this process's CPU time in ms (user + system). */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Runs `fn` for about `ms` milliseconds of CPU after a warm-up and returns calls per CPU second.
 * CPU time rather than wall time, so other processes sharing the machine do not distort the
 * figure; on an idle machine the two agree (background GC threads make it slightly pessimistic).
 */
function opsPerSecond(fn: () => unknown, ms = 2000): number {
  const warmUntil = performance.now() + 300;
  while (performance.now() < warmUntil) for (let i = 0; i < 100; i += 1) fn();
  let calls = 0;
  const start = cpuMs();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 1000; i += 1) fn();
    calls += 1000;
    now = cpuMs();
  }
  return Math.round(calls / ((now - start) / 1000));
}

// 1. First compile: meta-schema check, field tree, linkage plan and ajv code generation, cold.
const compileStart = cpuMs();
const form = compileForm(cancellationInterview);
const compileMs = cpuMs() - compileStart;

// Typical mistakes at the sales desk: short phone, bad ID check digit, missing name, 3 decimals, unknown option, stray field.
const invalid = {
  ...validInterview,
  customer: { name: '', phone: '1381234123', idNumber: '110105194912310021' },
  depositAmount: 800000.005,
  reasons: ['schoolDistrict', 'moved'],
  schoolName: undefined,
  note: 'typed into a field that does not exist',
};

const check = [validateSubmission(form, validInterview), validateSubmission(form, invalid)];
if (!check[0]?.ok || check[1]?.ok) {
  process.stderr.write('forms bench: the fixtures no longer behave as expected\n');
  process.exit(1);
}
process.stderr.write(`invalid submission yields ${Object.keys(check[1]?.ok ? {} : check[1]?.issues ?? {}).length} issue paths\n`);

emit('validate 25-field form, valid', opsPerSecond(() => validateSubmission(form, validInterview)), 'ops/s', '>= 100000', 'higher');
emit('validate 25-field form, invalid', opsPerSecond(() => validateSubmission(form, invalid)), 'ops/s', '>= 100000', 'higher');
emit('compile 25-field form, first', Math.round(compileMs * 10) / 10, 'ms', '<= 100', 'lower');
