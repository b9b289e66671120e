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
 * Returns calls per CPU second of `fn`: after a warm-up, the best of `slices` runs of about
 * `sliceMs` of CPU each (like Python's timeit, the least disturbed run is the truest). CPU time
 * rather than wall time, so other processes sharing the machine distort it less; on an idle
 * machine the two agree (background GC threads make it slightly pessimistic).
 */
function opsPerSecond(fn: () => unknown, slices = 6, sliceMs = 400): number {
  const warmUntil = performance.now() + 300;
  while (performance.now() < warmUntil) for (let i = 0; i < 100; i += 1) fn();
  let best = 0;
  for (let s = 0; s < slices; s += 1) {
    let calls = 0;
    const start = cpuMs();
    let now = start;
    while (now - start < sliceMs) {
      for (let i = 0; i < 1000; i += 1) fn();
      calls += 1000;
      now = cpuMs();
    }
    best = Math.max(best, calls / ((now - start) / 1000));
  }
  return Math.round(best);
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
// 2. Compiling another form once the engine is warm (what publishing a new version costs).
const again = { ...cancellationInterview, key: 'cancellation-interview-v2', version: 2 };
const againStart = cpuMs();
compileForm(again);
const againMs = cpuMs() - againStart;

emit('compile 25-field form, first in process (incl. meta-schema)', Math.round(compileMs * 10) / 10, 'ms', '<= 500', 'lower');
emit('compile 25-field form, warm', Math.round(againMs * 10) / 10, 'ms', '<= 50', 'lower');
