/**
 * The commission engine: one rule for every plan model (see DESIGN.md, "Commission with
 * accelerators"). Revenue inside tier j is paid at the multiplier of the highest reached
 * retroactive tier at or above j, or at tier j's own multiplier where there is none.
 *
 * Arithmetic is exact. Every number a plan author typed (tier starts, multipliers, the cap) is
 * read as the decimal it prints as (0.1 is one tenth, not the nearest binary double) and the
 * whole computation runs on BigInt fractions, so a payout is rounded to a whole minor unit once,
 * half up, at the very end. Floats would drift by fractions of a cent and rounding could tip
 * them, which a rep checking their statement by hand would rightly call a bug.
 *
 * Boundaries: a tier is reached when bookings ≥ its `from` × quota, compared exactly, so at
 * exactly 100% the 100% tier is reached (a fully retroactive plan pays $150,000 at $1,000,000).
 */
import { dayNumber, isIsoDate, periodContaining, periodsOfYear } from './dates.js';
import type { PeriodRange } from './dates.js';
import { CurrencyMismatchError, GoalpostError, ValidationError } from './errors.js';
import type { FieldProblem } from './errors.js';
import { isKnownCurrency, money } from './money.js';
import type { Booking, CompPlan, IsoDate, Money } from './types.js';

// ---------------------------------------------------------------------------------------------
// Exact decimals

interface Decimal {
  /** The value is numerator / denominator; the denominator is a power of ten. */
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const PRINTED_NUMBER = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

function exactDecimal(value: number): Decimal {
  const match = PRINTED_NUMBER.exec(String(value));
  if (!match) throw new GoalpostError('invalid-input', `${value} is not a finite number.`);
  const [, sign, whole = '0', fraction = '', exponent = '0'] = match;
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(whole + fraction);
  const numerator = shift >= 0 ? digits * 10n ** BigInt(shift) : digits;
  const denominator = shift >= 0 ? 1n : 10n ** BigInt(-shift);
  return { numerator: sign ? -numerator : numerator, denominator };
}

/** Decimals over one shared denominator. Powers of ten divide each other, so the largest serves. */
function onCommonDenominator(values: readonly number[]): { numerators: bigint[]; denominator: bigint } {
  const decimals = values.map(exactDecimal);
  const denominator = decimals.reduce((largest, d) => (d.denominator > largest ? d.denominator : largest), 1n);
  return { numerators: decimals.map((d) => d.numerator * (denominator / d.denominator)), denominator };
}

function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  return numerator >= 0n
    ? (2n * numerator + denominator) / (2n * denominator)
    : -((-2n * numerator + denominator) / (2n * denominator));
}

function ceilDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return quotient * denominator < numerator ? quotient + 1n : quotient;
}

function toSafeNumber(value: bigint, what: string): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) {
    throw new GoalpostError('invalid-input', `The ${what} is too large to represent exactly.`);
  }
  return result;
}

/**
 * `amountMinor × share`, rounded once, half away from zero (half up for the positive amounts
 * payouts are), with the share read as the decimal it prints as. Exported so that earmarks and
 * other shares of a payout round exactly like payouts do.
 */
export function portionOf(amountMinor: number, share: number): number {
  assertMinorUnits(amountMinor, 'amount');
  if (!Number.isFinite(share)) throw new GoalpostError('invalid-input', `A share must be a number, not ${share}.`);
  const { numerator, denominator } = exactDecimal(share);
  return toSafeNumber(roundHalfAwayFromZero(BigInt(amountMinor) * numerator, denominator), 'amount');
}

function assertMinorUnits(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new GoalpostError('invalid-input', `The ${what} must be a whole number of minor units, not ${value}.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Plan validation

const PERIODS = ['month', 'quarter', 'year'];
const BASES = ['per-period', 'cumulative'];
const knownCurrencies = new Set<string>();

/** Every problem with a plan, phrased for the person editing it; empty when the plan is sound. */
export function planProblems(plan: CompPlan): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });

  if (!knownCurrencies.has(plan.currency)) {
    if (isKnownCurrency(plan.currency)) knownCurrencies.add(plan.currency);
    else problem('currency', `"${String(plan.currency)}" is not a currency code.`);
  }
  if (!PERIODS.includes(plan.period)) problem('period', 'The period must be a month, a quarter or a year.');
  if (!BASES.includes(plan.basis)) problem('basis', 'The basis must be per-period or cumulative.');
  if (!isIsoDate(plan.yearStart)) problem('yearStart', 'The plan year needs a start date.');
  if (!Number.isSafeInteger(plan.quota) || plan.quota <= 0) {
    problem('quota', 'The quota must be a whole amount above zero.');
  }
  if (!Number.isSafeInteger(plan.targetIncentive) || plan.targetIncentive < 0) {
    problem('targetIncentive', 'The target incentive must be a whole amount, zero or more.');
  }
  if (plan.capMultiple !== undefined && !(Number.isFinite(plan.capMultiple) && plan.capMultiple > 0)) {
    problem('capMultiple', 'The cap must be a multiple of the target incentive above zero, or none.');
  }
  if (!Array.isArray(plan.tiers) || plan.tiers.length === 0) {
    problem('tiers', 'A plan needs at least one tier.');
    return problems;
  }
  plan.tiers.forEach((tier, index) => {
    if (!Number.isFinite(tier.from) || tier.from < 0) {
      problem(`tiers.${index}.from`, `Tier ${index + 1} must start at an attainment of zero or more.`);
    }
    if (!Number.isFinite(tier.multiplier) || tier.multiplier < 0) {
      problem(`tiers.${index}.multiplier`, `Tier ${index + 1} needs a multiplier of zero or more.`);
    }
    if (typeof tier.retroactive !== 'boolean') {
      problem(`tiers.${index}.retroactive`, `Tier ${index + 1} must say whether it is retroactive.`);
    }
    const previous = plan.tiers[index - 1];
    if (previous && Number.isFinite(previous.from) && Number.isFinite(tier.from) && tier.from <= previous.from) {
      problem(`tiers.${index}.from`, `Tier ${index + 1} must start above tier ${index}.`);
    }
  });
  if (plan.tiers[0]!.from !== 0) problem('tiers.0.from', 'The first tier must start at 0% attainment.');
  // A retroactive tier paying less than a tier below it would cut pay the moment it is reached:
  // selling more would earn less, and no bookings target could be back-solved.
  let highestBelow = -Infinity;
  plan.tiers.forEach((tier, index) => {
    if (tier.retroactive && index > 0 && tier.multiplier < highestBelow) {
      problem(
        `tiers.${index}.multiplier`,
        `Tier ${index + 1} is retroactive, so it must pay at least as much as every tier below it.`,
      );
    }
    if (Number.isFinite(tier.multiplier)) highestBelow = Math.max(highestBelow, tier.multiplier);
  });
  return problems;
}

/** Throws a `ValidationError` listing every problem when the plan cannot be computed. */
export function assertValidPlan(plan: CompPlan): void {
  const problems = planProblems(plan);
  if (problems.length > 0) throw new ValidationError(problems, 'commission plan');
}

// ---------------------------------------------------------------------------------------------
// The engine

/**
 * A plan turned into integers. Bookings are measured in "scaled" units, minor units ×
 * `startScale`, so tier starts (from × quota) are whole even when they fall between cents. A raw
 * payout is a numerator over `payoutDenominator`.
 */
interface Engine {
  readonly plan: CompPlan;
  readonly startScale: bigint;
  readonly starts: readonly bigint[];
  readonly multipliers: readonly bigint[];
  readonly incentiveFactor: bigint;
  readonly payoutDenominator: bigint;
  readonly capNumerator: bigint | null;
}

function compile(plan: CompPlan): Engine {
  assertValidPlan(plan);
  const froms = onCommonDenominator(plan.tiers.map((tier) => tier.from));
  const multipliers = onCommonDenominator(plan.tiers.map((tier) => tier.multiplier));
  const cap = plan.capMultiple === undefined ? null : exactDecimal(plan.capMultiple);
  const capScale = cap?.denominator ?? 1n;
  const quota = BigInt(plan.quota);
  const incentive = BigInt(plan.targetIncentive);
  // payout = Σ scaledRevenue × multiplier × incentive / (startScale × multiplierScale × quota);
  // the cap's own denominator joins so that the cap is a whole numerator too.
  const payoutDenominator = froms.denominator * multipliers.denominator * quota * capScale;
  return {
    plan,
    startScale: froms.denominator,
    starts: froms.numerators.map((from) => from * quota),
    multipliers: multipliers.numerators,
    incentiveFactor: incentive * capScale,
    payoutDenominator,
    capNumerator: cap === null ? null : incentive * cap.numerator * froms.denominator * multipliers.denominator * quota,
  };
}

function reachedTier(engine: Engine, scaledBooked: bigint): number {
  let reached = 0;
  engine.starts.forEach((start, index) => {
    if (scaledBooked >= start) reached = index;
  });
  return reached;
}

/** For each tier up to `reached`, the tier whose multiplier pays its revenue. */
function payingTiers(engine: Engine, reached: number): number[] {
  const paying: number[] = [];
  let retroactiveCover: number | null = null;
  for (let index = reached; index >= 0; index -= 1) {
    if (retroactiveCover === null && engine.plan.tiers[index]!.retroactive) retroactiveCover = index;
    paying[index] = retroactiveCover ?? index;
  }
  return paying;
}

interface RawTier {
  scaledRevenue: bigint;
  payingTier: number;
  payoutNumerator: bigint;
}

/**
 * Uncapped payout per tier, as exact numerators. The tiers reached are given rather than derived
 * so that a tier's start can also be priced as approached from below, before it counts as reached.
 */
function rawTiers(engine: Engine, scaledBooked: bigint, reached: number): RawTier[] {
  const paying = payingTiers(engine, reached);
  const booked = scaledBooked > 0n ? scaledBooked : 0n;
  return engine.starts.map((start, index) => {
    const next = engine.starts[index + 1];
    const top = next === undefined || booked < next ? booked : next;
    const scaledRevenue = index <= reached && top > start ? top - start : 0n;
    const payingTier = paying[index] ?? index;
    return {
      scaledRevenue,
      payingTier,
      payoutNumerator: scaledRevenue * engine.multipliers[payingTier]! * engine.incentiveFactor,
    };
  });
}

function rawPayout(engine: Engine, scaledBooked: bigint, reached: number): bigint {
  return rawTiers(engine, scaledBooked, reached).reduce((total, tier) => total + tier.payoutNumerator, 0n);
}

function cappedNumerator(engine: Engine, numerator: bigint): bigint {
  return engine.capNumerator !== null && numerator > engine.capNumerator ? engine.capNumerator : numerator;
}

function payoutMinor(engine: Engine, bookedMinor: bigint): bigint {
  const scaled = bookedMinor * engine.startScale;
  const numerator = cappedNumerator(engine, rawPayout(engine, scaled, reachedTier(engine, scaled)));
  return roundHalfAwayFromZero(numerator, engine.payoutDenominator);
}

/**
 * Whole units summing exactly to `total`, split in proportion to `numerators` / `denominator`:
 * floors first, then one unit each to the largest remainders (lower tier first on ties), so a
 * statement's lines always add up to its total.
 */
function apportion(numerators: readonly bigint[], denominator: bigint, total: bigint): bigint[] {
  const shares = numerators.map((numerator) => numerator / denominator);
  let left = total - shares.reduce((sum, share) => sum + share, 0n);
  const byRemainder = numerators
    .map((numerator, index) => ({ index, remainder: numerator % denominator }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (left <= 0n) break;
    shares[index]! += 1n;
    left -= 1n;
  }
  return shares;
}

/** One tier's line on a commission statement. */
export interface TierLine {
  /** Index of the tier in `plan.tiers`. */
  tier: number;
  /** Attainment where the tier starts, and where the next one starts (null for the top tier). */
  from: number;
  to: number | null;
  /** Bookings that fell inside the tier. */
  revenue: Money;
  /** The multiplier paid on that revenue: the tier's own, or a reached retroactive tier's. */
  multiplier: number;
  /** The tier whose multiplier was paid: `tier` itself, or the retroactive tier covering it. */
  paidAtTier: number;
  /** Before the cap; lines add up to `uncappedPayout` exactly. */
  paid: Money;
}

export interface CommissionResult {
  booked: Money;
  quota: Money;
  /** Bookings ÷ quota: 1.3 is 130%. Negative when refunds outweigh sales. */
  attainment: number;
  /** Index of the highest tier reached. */
  tierReached: number;
  lines: TierLine[];
  uncappedPayout: Money;
  /** The most the plan pays, or null when it has no cap. */
  cap: Money | null;
  capped: boolean;
  payout: Money;
}

/**
 * The commission on one period's bookings. Net bookings below zero (refunds outweighing sales)
 * earn nothing rather than a negative payout: clawbacks are a payroll decision, not a widget's.
 */
export function commissionFor(plan: CompPlan, bookedMinor: number): CommissionResult {
  assertMinorUnits(bookedMinor, 'amount booked');
  return evaluate(compile(plan), bookedMinor);
}

function evaluate(engine: Engine, bookedMinor: number): CommissionResult {
  const { plan } = engine;
  const scaled = BigInt(bookedMinor) * engine.startScale;
  const reached = reachedTier(engine, scaled);
  const tiers = rawTiers(engine, scaled, reached);
  const uncappedNumerator = tiers.reduce((total, tier) => total + tier.payoutNumerator, 0n);
  const uncapped = roundHalfAwayFromZero(uncappedNumerator, engine.payoutDenominator);
  const finalNumerator = cappedNumerator(engine, uncappedNumerator);
  const paidLines = apportion(tiers.map((t) => t.payoutNumerator), engine.payoutDenominator, uncapped);
  const revenueLines = apportion(
    tiers.map((t) => t.scaledRevenue),
    engine.startScale,
    bookedMinor > 0 ? BigInt(bookedMinor) : 0n,
  );
  const currency = plan.currency;
  const cap = engine.capNumerator === null ? null : roundHalfAwayFromZero(engine.capNumerator, engine.payoutDenominator);
  return {
    booked: money(bookedMinor, currency),
    quota: money(plan.quota, currency),
    attainment: bookedMinor / plan.quota,
    tierReached: reached,
    lines: tiers.map((tier, index) => ({
      tier: index,
      from: plan.tiers[index]!.from,
      to: plan.tiers[index + 1]?.from ?? null,
      revenue: money(toSafeNumber(revenueLines[index]!, 'revenue'), currency),
      multiplier: plan.tiers[tier.payingTier]!.multiplier,
      paidAtTier: tier.payingTier,
      paid: money(toSafeNumber(paidLines[index]!, 'payout'), currency),
    })),
    uncappedPayout: money(toSafeNumber(uncapped, 'payout'), currency),
    cap: cap === null ? null : money(toSafeNumber(cap, 'cap'), currency),
    capped: finalNumerator < uncappedNumerator,
    payout: money(toSafeNumber(roundHalfAwayFromZero(finalNumerator, engine.payoutDenominator), 'payout'), currency),
  };
}

// ---------------------------------------------------------------------------------------------
// Back-solve

/**
 * The least bookings, in whole minor units, whose commission reaches `targetPayoutMinor`, or
 * null when the plan can never pay that much (the cap, or a top tier paying nothing, stops it,
 * or the bookings it would take exceed any amount a number holds exactly).
 * Commission never falls as bookings grow (`planProblems` rejects plans where it would), so the
 * inverse is found tier by tier, exactly; a payout rounds half up, so it reaches the target once
 * the exact payout reaches target − ½.
 */
export function bookingsForCommission(plan: CompPlan, targetPayoutMinor: number): Money | null {
  assertMinorUnits(targetPayoutMinor, 'target payout');
  const engine = compile(plan);
  const least = leastBookingsFor(engine, BigInt(targetPayoutMinor));
  return least === null ? null : money(toSafeNumber(least, 'amount'), plan.currency);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function leastBookingsFor(engine: Engine, target: bigint): bigint | null {
  if (target <= 0n) return 0n;
  const doubledGoal = (2n * target - 1n) * engine.payoutDenominator;
  if (engine.capNumerator !== null && 2n * engine.capNumerator < doubledGoal) return null;
  const found = solveUncapped(engine, doubledGoal);
  // A tiny rate can put the answer beyond any amount money can hold: as good as never.
  if (found === null || found > MAX_SAFE) return null;
  return settleOnLeast(engine, found, target);
}

/** The least whole bookings whose uncapped payout numerator, doubled, reaches `doubledGoal`. */
function solveUncapped(engine: Engine, doubledGoal: bigint): bigint | null {
  const { starts, startScale } = engine;
  for (let tier = 0; tier < starts.length; tier += 1) {
    const start = starts[tier]!;
    const atStart = rawPayout(engine, start, tier);
    // Reaching a retroactive tier can jump the payout past the goal right at its start.
    if (2n * atStart >= doubledGoal) return ceilDiv(start, startScale);
    const slope = engine.multipliers[tier]! * engine.incentiveFactor;
    if (slope === 0n) continue;
    // Least scaled bookings b with 2 × (atStart + slope × (b − start)) ≥ doubledGoal.
    const numerator = doubledGoal - 2n * atStart + 2n * slope * start;
    const end = starts[tier + 1];
    if (end === undefined || numerator < 2n * slope * end) return ceilDiv(numerator, 2n * slope * startScale);
  }
  return null;
}

/**
 * The inversion is exact, so this only confirms it against the forward engine, the definition of
 * what a plan pays; the few steps allowed would absorb an off-by-one should the two ever differ.
 */
function settleOnLeast(engine: Engine, candidate: bigint, target: bigint): bigint {
  let least = candidate;
  for (let step = 0; step < 4 && payoutMinor(engine, least) < target; step += 1) least += 1n;
  for (let step = 0; step < 4 && least > 0n && payoutMinor(engine, least - 1n) >= target; step += 1) least -= 1n;
  return least;
}

// ---------------------------------------------------------------------------------------------
// Next unlock and cliffs

export interface NextUnlock {
  /** Index of the next tier. */
  tier: number;
  from: number;
  multiplier: number;
  retroactive: boolean;
  /** Bookings still needed to reach it, and the total booked once it is reached. */
  bookingsNeeded: Money;
  bookedAtUnlock: Money;
  payoutNow: Money;
  payoutAtUnlock: Money;
  /** Everything reaching the tier adds: the bookings' own commission plus any retroactive jump. */
  extraPayout: Money;
  /** The part of `extraPayout` that reaching the tier itself pays (a retroactive jump). */
  unlockBonus: Money;
}

/** What it takes to reach the next tier and what that pays, or null in the top tier. */
export function nextUnlock(plan: CompPlan, bookedMinor: number): NextUnlock | null {
  assertMinorUnits(bookedMinor, 'amount booked');
  const engine = compile(plan);
  const reached = reachedTier(engine, BigInt(bookedMinor) * engine.startScale);
  const tier = reached + 1;
  const start = engine.starts[tier];
  if (start === undefined) return null;
  const bookedAtUnlock = ceilDiv(start, engine.startScale);
  const now = payoutMinor(engine, BigInt(bookedMinor));
  const atUnlock = payoutMinor(engine, bookedAtUnlock);
  const scaledAtUnlock = bookedAtUnlock * engine.startScale;
  const withoutUnlock = roundHalfAwayFromZero(
    cappedNumerator(engine, rawPayout(engine, scaledAtUnlock, reached)),
    engine.payoutDenominator,
  );
  const { currency } = plan;
  const definition = plan.tiers[tier]!;
  return {
    tier,
    from: definition.from,
    multiplier: definition.multiplier,
    retroactive: definition.retroactive,
    bookingsNeeded: money(toSafeNumber(bookedAtUnlock - BigInt(bookedMinor), 'amount'), currency),
    bookedAtUnlock: money(toSafeNumber(bookedAtUnlock, 'amount'), currency),
    payoutNow: money(toSafeNumber(now, 'payout'), currency),
    payoutAtUnlock: money(toSafeNumber(atUnlock, 'payout'), currency),
    extraPayout: money(toSafeNumber(atUnlock - now, 'payout'), currency),
    unlockBonus: money(toSafeNumber(atUnlock - withoutUnlock, 'payout'), currency),
  };
}

export interface Cliff {
  /** The retroactive tier whose reaching makes pay jump. */
  tier: number;
  /** The least bookings that reach it. */
  at: Money;
  /** How much pay jumps there, over and above one more minor unit's commission. */
  jump: Money;
}

/** Every point where one more sale makes pay jump: what a what-if must make visible. */
export function cliffs(plan: CompPlan): Cliff[] {
  const engine = compile(plan);
  const found: Cliff[] = [];
  engine.starts.forEach((start, tier) => {
    if (tier === 0 || !plan.tiers[tier]!.retroactive) return;
    const reached = roundHalfAwayFromZero(cappedNumerator(engine, rawPayout(engine, start, tier)), engine.payoutDenominator);
    const approached = roundHalfAwayFromZero(
      cappedNumerator(engine, rawPayout(engine, start, tier - 1)),
      engine.payoutDenominator,
    );
    if (reached > approached) {
      found.push({
        tier,
        at: money(toSafeNumber(ceilDiv(start, engine.startScale), 'amount'), plan.currency),
        jump: money(toSafeNumber(reached - approached, 'payout'), plan.currency),
      });
    }
  });
  return found;
}

/** Whether reaching some retroactive tier makes pay jump (the cap can flatten a jump away). */
export function hasCliff(plan: CompPlan): boolean {
  return cliffs(plan).length > 0;
}

export type PlanModel = 'flat' | 'marginal' | 'retroactive' | 'hybrid' | 'custom';

/**
 * The plan's model in the words of DESIGN.md. The first tier's retroactive flag is ignored: no
 * tier lies below it. Tiers that all pay the same make a flat plan whatever their flags say.
 */
export function describePlanModel(plan: CompPlan): PlanModel {
  assertValidPlan(plan);
  const { tiers } = plan;
  if (tiers.every((tier) => tier.multiplier === tiers[0]!.multiplier)) return 'flat';
  const flags = tiers.slice(1).map((tier) => tier.retroactive);
  if (flags.every((retroactive) => !retroactive)) return 'marginal';
  if (flags.every((retroactive) => retroactive)) return 'retroactive';
  // A hybrid is a retroactive gate (or several) followed by marginal accelerators only.
  const firstMarginal = flags.indexOf(false);
  return flags.slice(firstMarginal).every((retroactive) => !retroactive) ? 'hybrid' : 'custom';
}

// ---------------------------------------------------------------------------------------------
// Periods of the plan year

export interface PeriodCommission {
  period: PeriodRange;
  /** Booked in this period, and this period's quota. */
  booked: Money;
  quota: Money;
  attainment: number;
  /** What this period pays. */
  payout: Money;
  /**
   * The computation behind `payout`: this period alone on a per-period plan; the year to date
   * through this period (cumulative bookings against cumulative quota) on a cumulative plan.
   */
  calculation: CommissionResult;
  /** Year to date through this period. */
  bookedToDate: Money;
  paidToDate: Money;
}

export interface YearCommissions {
  basis: CompPlan['basis'];
  /** The plan year containing `asOf`. */
  year: PeriodRange;
  /** The periods from the start of the plan year through the one containing `asOf`. */
  periods: PeriodCommission[];
  current: PeriodCommission;
  bookedYtd: Money;
  payoutYtd: Money;
}

/**
 * Commission per period of the plan year containing `asOf`, through the period containing it.
 * Only bookings closed in that year on or before `asOf` count.
 *
 * On a cumulative plan, period k is trued up: year-to-date bookings are paid against k × quota
 * (tiers and cap scale with it), and the period pays what that earns beyond what was already
 * paid. An earlier period that was paid more than the true-up now allows is never clawed back;
 * the difference is recovered from later periods before they pay anything, so the year to date
 * paid is the most the true-up has earned at any period end.
 */
export function periodCommissions(plan: CompPlan, bookings: readonly Booking[], asOf: IsoDate): YearCommissions {
  const engine = compile(plan);
  const ledger = yearLedger(plan, bookings, asOf);
  const periods: PeriodCommission[] = [];
  let bookedToDate = 0;
  let paidToDate = 0;
  ledger.periods.forEach((period, index) => {
    const booked = ledger.booked[index]!;
    bookedToDate += booked;
    const calculation =
      plan.basis === 'cumulative' ? evaluate(compile(throughPeriods(plan, index + 1)), bookedToDate) : evaluate(engine, booked);
    const payout = plan.basis === 'cumulative' ? Math.max(0, calculation.payout.amount - paidToDate) : calculation.payout.amount;
    paidToDate += payout;
    periods.push({
      period,
      booked: money(booked, plan.currency),
      quota: money(plan.quota, plan.currency),
      attainment: booked / plan.quota,
      payout: money(payout, plan.currency),
      calculation,
      bookedToDate: money(bookedToDate, plan.currency),
      paidToDate: money(paidToDate, plan.currency),
    });
  });
  const current = periods[periods.length - 1]!;
  return {
    basis: plan.basis,
    year: ledger.year,
    periods,
    current,
    bookedYtd: current.bookedToDate,
    payoutYtd: current.paidToDate,
  };
}

/** The plan as the true-up sees it after `count` periods: quota, incentive and cap all × count. */
function throughPeriods(plan: CompPlan, count: number): CompPlan {
  return { ...plan, quota: plan.quota * count, targetIncentive: plan.targetIncentive * count };
}

interface YearLedger {
  year: PeriodRange;
  periods: PeriodRange[];
  /** Net bookings per period, in minor units. */
  booked: number[];
}

function yearLedger(plan: CompPlan, bookings: readonly Booking[], asOf: IsoDate): YearLedger {
  if (!isIsoDate(asOf)) throw new GoalpostError('invalid-input', `"${asOf}" is not a YYYY-MM-DD date.`);
  const year = periodContaining(asOf, 'year', plan.yearStart);
  const current = periodContaining(asOf, plan.period, plan.yearStart);
  const periods = periodsOfYear(asOf, plan.period, plan.yearStart).slice(0, current.index + 1);
  const booked = periods.map(() => 0);
  const last = dayNumber(asOf);
  const first = dayNumber(year.start);
  for (const booking of bookings) {
    if (!isIsoDate(booking.closedOn)) {
      throw new GoalpostError('invalid-input', `Booking "${booking.label}" has no valid closing date.`);
    }
    const day = dayNumber(booking.closedOn);
    if (day < first || day > last) continue;
    if (booking.amount.currency !== plan.currency) throw new CurrencyMismatchError(plan.currency, booking.amount.currency);
    assertMinorUnits(booking.amount.amount, `amount of booking "${booking.label}"`);
    const index = periods.findIndex((period) => day < dayNumber(period.end));
    booked[index]! += booking.amount.amount;
  }
  return { year, periods, booked };
}

/**
 * The current period's payout as a function of what it books, everything before it held fixed:
 * the one curve a what-if, a pace projection or a goal back-solve needs, on either basis.
 */
export interface PeriodPayoutCurve {
  period: PeriodRange;
  /** Booked so far this period, and what that pays. */
  booked: Money;
  payout: Money;
  /** This period's payout were it to book `bookedMinor` in total. */
  payoutFor(bookedMinor: number): Money;
  /** The least total this period must book to pay at least `payoutMinor`, or null if it never can. */
  bookingsFor(payoutMinor: number): Money | null;
}

export function periodPayoutCurve(plan: CompPlan, bookings: readonly Booking[], asOf: IsoDate): PeriodPayoutCurve {
  const year = periodCommissions(plan, bookings, asOf);
  const { current } = year;
  const { currency } = plan;
  if (plan.basis !== 'cumulative') {
    const engine = compile(plan);
    return {
      period: current.period,
      booked: current.booked,
      payout: current.payout,
      payoutFor: (bookedMinor) => {
        assertMinorUnits(bookedMinor, 'amount booked');
        return evaluate(engine, bookedMinor).payout;
      },
      bookingsFor: (payoutMinor) => bookingsForCommission(plan, payoutMinor),
    };
  }
  const trueUp = compile(throughPeriods(plan, year.periods.length));
  const bookedBefore = BigInt(current.bookedToDate.amount - current.booked.amount);
  const paidBefore = BigInt(current.paidToDate.amount - current.payout.amount);
  return {
    period: current.period,
    booked: current.booked,
    payout: current.payout,
    payoutFor: (bookedMinor) => {
      assertMinorUnits(bookedMinor, 'amount booked');
      const earned = payoutMinor(trueUp, bookedBefore + BigInt(bookedMinor));
      return money(toSafeNumber(earned > paidBefore ? earned - paidBefore : 0n, 'payout'), currency);
    },
    bookingsFor: (payoutMinor) => {
      assertMinorUnits(payoutMinor, 'target payout');
      if (payoutMinor <= 0) return money(0, currency);
      const total = leastBookingsFor(trueUp, paidBefore + BigInt(payoutMinor));
      if (total === null) return null;
      const thisPeriod = total - bookedBefore;
      return money(toSafeNumber(thisPeriod > 0n ? thisPeriod : 0n, 'amount'), currency);
    },
  };
}
