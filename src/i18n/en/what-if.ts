/** Strings of commission-what-if. Figures arrive formatted; sentences stay whole for translators. */
import type { PlanModel } from '../../core/commission.js';
import type { PeriodBasis, PlanPeriod } from '../../core/types.js';

const PERIOD_NOUN: Record<PlanPeriod, string> = { month: 'month', quarter: 'quarter', year: 'year' };
const PLAN_ADJECTIVE: Record<PlanPeriod, string> = { month: 'Monthly', quarter: 'Quarterly', year: 'Annual' };
const MODEL_WORDS: Record<PlanModel, string> = {
  flat: 'One rate for every sale.',
  marginal: 'Each tier’s rate pays only on the sales inside it.',
  retroactive: 'Every tier, once reached, re-rates everything booked below it.',
  hybrid: 'A retroactive gate, then accelerators that pay only on the sales above them.',
  custom: 'A mix of retroactive and marginal tiers.',
};

export const whatIf = {
  'whatIf.title': (p: { period: string }) => `What if… · ${p.period}`,
  'whatIf.titlePlain': 'What if…',
  'whatIf.hypothetical': 'Hypothetical',
  'whatIf.nothingSaved': 'Nothing here is saved: these deals are hypothetical, and your real bookings, commission and goals stay exactly as they are.',
  'whatIf.nothing': 'Choose a rep to try deals against their plan.',
  'whatIf.noPlan': 'No compensation plan is shared here yet, so there is nothing to try deals against.',
  // The plan in words
  'whatIf.planHeading': 'The plan',
  'whatIf.plan.lead': (p: { period: PlanPeriod; quota: string; incentive: string }) =>
    `${PLAN_ADJECTIVE[p.period]} plan: quota ${p.quota}, ${p.incentive} at 100%.`,
  'whatIf.plan.first': (p: { range: string; pay: string }) => `${p.range} pays ${p.pay}`,
  'whatIf.plan.next': (p: { range: string; pay: string }) => `${p.range} ${p.pay}`,
  'whatIf.plan.retroactive': ', retroactive to the first dollar',
  'whatIf.plan.cap': (p: { multiple: string; cap: string }) => `capped at ${p.multiple}× target (${p.cap})`,
  'whatIf.plan.noCap': 'no cap',
  'whatIf.plan.model': (p: { model: PlanModel }) => MODEL_WORDS[p.model],
  'whatIf.plan.basis': (p: { basis: PeriodBasis; period: PlanPeriod }) =>
    p.basis === 'cumulative'
      ? `Paid on a year-to-date true-up: each ${PERIOD_NOUN[p.period]} settles against the quota so far, and what it already paid is never taken back.`
      : p.period === 'year'
        ? 'Paid on the year’s bookings.'
        : `Each ${PERIOD_NOUN[p.period]} is paid on its own bookings.`,
  'whatIf.range.below': (p: { to: string }) => `Below ${p.to}`,
  'whatIf.range.between': (p: { from: string; to: string }) => `${p.from}–${p.to}`,
  'whatIf.range.above': (p: { from: string }) => `Above ${p.from}`,
  'whatIf.range.all': 'Every sale',
  'whatIf.pay.base': (p: { rate: string }) => `the base rate of ${p.rate}`,
  'whatIf.pay.half': 'half rate',
  'whatIf.pay.nothing': 'nothing',
  'whatIf.pay.multiple': (p: { multiplier: string }) => `${p.multiplier}×`,
  // The tier table
  'whatIf.table.caption': (p: { name: string }) => `Tiers of ${p.name}`,
  'whatIf.table.attainment': 'Attainment',
  'whatIf.table.bookings': (p: { period: PlanPeriod }) => `Bookings this ${PERIOD_NOUN[p.period]}`,
  'whatIf.table.multiplier': 'Multiplier',
  'whatIf.table.rate': 'Rate',
  'whatIf.table.retroactive': 'Retroactive',
  'whatIf.table.yes': 'Yes: reaching it re-rates everything below',
  'whatIf.table.no': 'No',
  'whatIf.table.now': 'now',
  'whatIf.table.then': 'with these deals',
  'whatIf.table.bookingsRange': (p: { from: string; to: string }) => `${p.from}–${p.to}`,
  'whatIf.table.bookingsFrom': (p: { from: string }) => `${p.from} and up`,
  'whatIf.table.cap': (p: { cap: string; multiple: string }) => `Cap: ${p.cap} (${p.multiple}× target incentive).`,
  'whatIf.table.noCap': 'No cap.',
  // Deals and the slider
  'whatIf.deals': 'Hypothetical deals',
  'whatIf.deal': (p: { n: number }) => `Deal ${p.n}`,
  'whatIf.deal.amount': 'Amount',
  'whatIf.deal.date': 'Close date',
  'whatIf.deal.remove': (p: { n: number }) => `Remove deal ${p.n}`,
  'whatIf.deal.add': 'Add a deal',
  'whatIf.deal.badAmount': 'Enter an amount above zero, such as 120,000.',
  'whatIf.deal.badDate': 'Enter a date.',
  'whatIf.deal.pastDate': 'A hypothetical deal closes today or later.',
  'whatIf.deal.farDate': 'Pick a date within the next twelve months.',
  'whatIf.deal.alone': (p: { gain: string }) => `On its own: ${p.gain} more commission.`,
  'whatIf.deal.aloneGoal': (p: { gain: string; share: string; title: string }) => `On its own: ${p.gain} more commission, funds ${p.share} of ${p.title}.`,
  'whatIf.deal.later': (p: { period: string }) => `Pays in ${p.period}.`,
  'whatIf.extra': (p: { period: PlanPeriod }) => `Extra bookings this ${PERIOD_NOUN[p.period]}`,
  'whatIf.extraText': (p: { amount: string; period: PlanPeriod }) => `${p.amount} more this ${PERIOD_NOUN[p.period]}`,
  'whatIf.extraHint': 'Slide to try more bookings closing today, on top of the deals above.',
  // Results
  'whatIf.results': 'What it does',
  'whatIf.commission': (p: { period: string }) => `Commission ${p.period}`,
  'whatIf.booked': (p: { period: string }) => `Booked ${p.period}`,
  'whatIf.ofQuota': (p: { percent: string }) => `${p.percent} of quota`,
  'whatIf.total': 'All periods together',
  'whatIf.change': (p: { before: string; after: string; delta: string }) => `${p.before} → ${p.after} (${p.delta})`,
  'whatIf.tryIt': 'Add a deal or move the slider to see what it would pay.',
  'whatIf.crossed': (p: { from: string; multiplier: string; period: string; retroactive: boolean }) =>
    p.retroactive
      ? `Crosses ${p.from} in ${p.period}: the whole ${p.period} re-rates to ${p.multiplier}× from the first dollar.`
      : `Crosses ${p.from} in ${p.period}: every dollar past it pays ${p.multiplier}×.`,
  'whatIf.sameTier': (p: { range: string }) => `Stays in the ${p.range} tier.`,
  'whatIf.split': (p: { gain: string; base: string; added: string; accelerator: string }) =>
    `Of the ${p.gain} more, ${p.base} is the base rate on ${p.added} and ${p.accelerator} comes from the accelerator.`,
  'whatIf.splitLess': (p: { gain: string; base: string; added: string; accelerator: string }) =>
    `At the base rate, ${p.added} would pay ${p.base}; under the plan’s tiers it pays ${p.gain}, ${p.accelerator} less.`,
  'whatIf.splitEven': (p: { gain: string; added: string }) => `All ${p.gain} is the base rate on ${p.added}: no accelerator comes into it.`,
  'whatIf.capped': (p: { cap: string; period: string }) => `The cap of ${p.cap} holds ${p.period} back: sales past it pay nothing more.`,
  'whatIf.goal': (p: { share: string; title: string; added: string; before: string; after: string }) =>
    `This funds ${p.share} of ${p.title}: ${p.added} more, from ${p.before} to ${p.after} funded.`,
  'whatIf.goalFull': (p: { title: string; added: string }) => `This fully funds ${p.title}: ${p.added} more.`,
  'whatIf.goalNone': (p: { title: string }) => `${p.title} earmarks no commission, so these deals do not move it.`,
  'whatIf.cliff': (p: { at: string; period: string; oneMore: string }) =>
    `At ${p.at} the whole ${p.period} re-rates: one more dollar pays ${p.oneMore} more.`,
  'whatIf.cliff.passed': 'Already behind you this period.',
  'whatIf.cliff.away': (p: { away: string }) => `${p.away} away.`,
  'whatIf.cliff.crossed': 'These deals cross it.',
  'whatIf.basis': (p: { perPeriod: string; cumulative: string; period: PlanPeriod; through: string }) =>
    `Year to date through ${p.through}, with these deals: ${p.perPeriod} paid ${PERIOD_NOUN[p.period]} by ${PERIOD_NOUN[p.period]}, ${p.cumulative} on a cumulative true-up.`,
  'whatIf.basis.more': (p: { difference: string; basis: string }) => `The ${p.basis} basis pays ${p.difference} more.`,
  'whatIf.basis.same': 'Both bases pay the same here.',
  'whatIf.basis.cumulative': 'cumulative',
  'whatIf.basis.perPeriod': 'per-period',
  'whatIf.basis.yours': (p: { basis: string }) => `This plan uses the ${p.basis} basis.`,
  'whatIf.live': (p: { period: string; after: string; delta: string }) => `Commission ${p.period}: ${p.after}, ${p.delta}.`,
  'whatIf.periodNoun': (p: { period: PlanPeriod }) => PERIOD_NOUN[p.period],
} as const;
