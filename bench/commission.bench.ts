/**
 * Commission engine throughput: commissionFor over every sample plan (flat, marginal,
 * retroactive, hybrid) against a trivial flat-rate function run in the same run, same loop.
 */
import { commissionFor } from '../src/core/commission.js';
import { generateSampleCompany } from '../src/core/sample-data.js';
import type { CompPlan } from '../src/core/types.js';
import { Report, fmt, settle } from './support/stats.js';

const RUNS = 9;
const SLICE_MS = 250;

/** The baseline: what a naive widget would compute, a flat rate on bookings. */
function flatRate(plan: CompPlan, bookedMinor: number): { payout: number } {
  return { payout: Math.round((bookedMinor * plan.targetIncentive) / plan.quota) };
}

/** Evaluations per second of `fn` over the plans and a spread of booked amounts. */
function throughput(fn: (plan: CompPlan, booked: number) => unknown, plans: readonly CompPlan[], amounts: readonly number[]): number {
  let count = 0;
  let sink = 0;
  const start = performance.now();
  let now = start;
  while (now - start < SLICE_MS) {
    for (const plan of plans) {
      for (const amount of amounts) {
        const result = fn(plan, amount) as { payout: unknown };
        sink += result.payout ? 1 : 0;
        count += 1;
      }
    }
    now = performance.now();
  }
  if (sink < 0) console.log('unreachable');
  return (count / (now - start)) * 1000;
}

describe('bench: commission engine', () => {
  it('commissionFor evaluations per second vs a flat-rate baseline', async () => {
    const plans = generateSampleCompany().plans;
    const amounts = plans.length ? Array.from({ length: 16 }, (_, i) => Math.round(plans[0]!.quota * (i / 8))) : [];
    // Warm up both paths so the JIT has compiled them before timing.
    throughput((p, b) => commissionFor(p, b), plans, amounts);
    throughput(flatRate, plans, amounts);
    const engine: number[] = [];
    const baseline: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await settle();
      if (run % 2 === 0) {
        engine.push(throughput((p, b) => commissionFor(p, b), plans, amounts));
        baseline.push(throughput(flatRate, plans, amounts));
      } else {
        baseline.push(throughput(flatRate, plans, amounts));
        engine.push(throughput((p, b) => commissionFor(p, b), plans, amounts));
      }
    }
    const report = new Report(`commission engine (${plans.length} sample plans × ${amounts.length} amounts, ${SLICE_MS} ms slices)`);
    const ratio = report.paired({
      name: 'evaluations / s',
      subject: 'commissionFor',
      baseline: 'flat rate',
      unit: '/s',
      subjectValues: engine,
      baselineValues: baseline,
      ratioLabel: 'commissionFor slower by',
      invert: true,
    });
    report.single('commissionFor µs / evaluation', engine.map((e) => 1e6 / e), ' µs');
    report.print();
    console.log(`commission: ${fmt(ratio.median)}× slower than a flat rate per evaluation (no target; informational)`);
  });
});
