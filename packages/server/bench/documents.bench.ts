// Benchmark: generating the three-document legal package (解约协议 + 退款申请书 + 风险告知函).
// Contract: docs/benchmarks.md — one JSON line per figure on stdout, everything else on stderr.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createDocumentRenderPool, loadTemplateSet, maskPolicyFor, renderDocumentPackageSync } from '../src/documents/index.js';

const PACKAGES = Number(process.env.DOC_BENCH_PACKAGES ?? 300);
const WARMUP = 20;
const BENCH = 'documents';

const base = {
  caseNo: 'TD-2025-1220-001', projectName: '杭州云栖湾', sellerName: '杭州云栖湾置业有限公司', sellerCreditCode: '91330106MA2KXXXX8Q',
  sellerAddress: '浙江省杭州市西湖区云栖路 88 号', sellerRepresentative: '陈建国', customerName: '张伟明', customerIdCard: '330106198705121234',
  customerPhone: '13812341234', building: '7', unit: '2', room: '1801', area: 128.6, subscriptionNo: 'RG-YQW-0815', subscriptionDate: '2025-11-02',
  requestDate: '2025-12-20', signDate: '2025-12-22', depositAmount: 800000, refundDays: 10, refundBankName: '中国工商银行杭州西湖支行',
  refundAccountName: '张伟明', refundAccountNo: '6222021202001234567', handlerName: '李静', penaltyClauseRef: '第七条第二款',
};
// Every reason in turn; noReason with a partial penalty so all three documents are produced.
const reasons = ['loanRejected', 'noReason', 'familyDispute', 'constructionDoubt'] as const;
const job = (i: number) => {
  const reason = reasons[i % reasons.length] as string;
  return { reason, data: { ...base, caseNo: `TD-2025-${String(i).padStart(5, '0')}`, penaltyAmount: reason === 'noReason' ? 160000 : undefined } };
};

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
const emit = (figure: string, value: number, unit: string, target: string, better: 'lower' | 'higher') =>
  process.stdout.write(`${JSON.stringify({ bench: BENCH, figure, value: Number(value.toFixed(2)), unit, target, better })}\n`);

const templates = await loadTemplateSet();
const mask = maskPolicyFor([]);

// 1. One thread, the synchronous path (what the event loop would pay).
for (let i = 0; i < WARMUP; i += 1) renderDocumentPackageSync({ ...job(i), templates, mask });
(globalThis as { gc?: () => void }).gc?.();
const times: number[] = [];
let docs = 0;
const started = performance.now();
for (let i = 0; i < PACKAGES; i += 1) {
  const t0 = performance.now();
  docs += renderDocumentPackageSync({ ...job(i), templates, mask }).length;
  times.push(performance.now() - t0);
}
const elapsed = (performance.now() - started) / 1000;
times.sort((a, b) => a - b);
emit('3-document package, p50', quantile(times, 0.5), 'ms', '<= 150', 'lower');
emit('3-document package, p95', quantile(times, 0.95), 'ms', '<= 150', 'lower');
emit('documents per second, one thread', docs / elapsed, 'docs/s', '>= 100', 'higher');
process.stderr.write(`[documents] ${PACKAGES} packages, ${docs} documents in ${elapsed.toFixed(2)} s\n`);

// 2. Worker pool (2 threads), all packages queued at once: throughput off the event loop.
const pool = createDocumentRenderPool({ threads: 2 });
await Promise.all(Array.from({ length: 4 }, (_, i) => pool.render({ ...job(i), templates, visible: [] })));
const poolStart = performance.now();
const counts = await Promise.all(Array.from({ length: PACKAGES }, (_, i) => pool.render({ ...job(i), templates, visible: [] }).then((d) => d.length)));
const poolElapsed = (performance.now() - poolStart) / 1000;
emit('documents per second, worker pool (2 threads)', counts.reduce((a, b) => a + b, 0) / poolElapsed, 'docs/s', '>= 100', 'higher');
await pool.close();
process.stdout.write(`${JSON.stringify({ bench: BENCH, note: `Each package: reason-based template and clause choice, masking, 3 docxtemplater renders with DEFLATE; ${PACKAGES} packages after ${WARMUP} warm-up. The pool figure includes structured-clone of templates per job on a 2-core machine. Load average during the run: ${loadavg()[0]!.toFixed(1)} (other processes share the CPUs).` })}\n`);
