/**
 * Strings of attainment-chart and team-distribution-chart. Sentences about one rep take `name`
 * when someone other than the rep is looking, and speak to the rep as "you" otherwise.
 */
import type { StretchVerdict } from '../../core/distribution.js';

type Who = { name?: string };

const VERDICT_WORDS: Record<StretchVerdict, string> = {
  below: 'below what they already sell',
  attainable: 'aspirational yet attainable',
  'out-of-reach': 'out of reach',
};

export const charts = {
  // Shared by both charts
  'chart.showTable': 'Show as table',
  'chart.hideTable': 'Hide table',
  'chart.notYet': 'not yet',
  'chart.loadFailed': 'The chart could not be drawn here; its figures are in the table below.',
  // attainment-chart
  'attainmentChart.title': (p: { period: string }) => `Bookings against pace · ${p.period}`,
  'attainmentChart.titlePlain': 'Bookings against pace',
  'attainmentChart.nothing': 'Choose a rep to chart their bookings.',
  'attainmentChart.noPlan': 'No compensation plan is shared here yet.',
  'attainmentChart.canvas': (p: { period: string }) =>
    `Chart of cumulative bookings day by day in ${p.period}, against the pace line and the tier thresholds`,
  'attainmentChart.summary': (p: Who & { date: string; booked: string; percent: string; quota: string; expected: string; pace: string }) =>
    `Through ${p.date}, ${p.name ? `${p.name} has` : 'you have'} booked ${p.booked}, ${p.percent} of the ${p.quota} quota. The pace line stands at ${p.expected}: ${p.pace}.`,
  'attainmentChart.ahead': (p: { amount: string }) => `${p.amount} ahead of it`,
  'attainmentChart.behind': (p: { amount: string }) => `${p.amount} behind it`,
  'attainmentChart.onPace': 'right on it',
  'attainmentChart.next': (p: { percent: string; amount: string; multiplier: string; left: string }) =>
    `Next threshold: ${p.percent} of quota at ${p.amount}, paid at ×${p.multiplier} — ${p.left} to go.`,
  'attainmentChart.top': 'Every tier threshold is behind this period already.',
  'attainmentChart.booked': 'Booked to date',
  'attainmentChart.pace': 'Pace line',
  'attainmentChart.threshold': (p: { percent: string; multiplier: string }) => `${p.percent} tier (×${p.multiplier})`,
  'attainmentChart.table.caption': (p: { period: string }) => `Bookings day by day, ${p.period}`,
  'attainmentChart.table.day': 'Day',
  'attainmentChart.thresholds.caption': 'Tier thresholds this period',
  'attainmentChart.thresholds.from': 'Tier starts at',
  'attainmentChart.thresholds.bookings': 'Bookings',
  'attainmentChart.thresholds.multiplier': 'Multiplier',
  // team-distribution-chart
  'distributionChart.title': 'Team spread and stretch',
  'distributionChart.titleFor': (p: { name: string }) => `Team spread and stretch · ${p.name}`,
  'distributionChart.nothing': 'Choose a team or a manager to chart.',
  'distributionChart.denied': 'This view is for the team’s manager and for sales leaders.',
  'distributionChart.empty': 'No rep’s figures on this team are shared with you.',
  'distributionChart.histogram': (p: { width: string }) => `Bookings over the last twelve months, in bands of ${p.width}`,
  'distributionChart.histogramCanvas': (p: { width: string }) => `Histogram of reps by bookings over the last twelve months, in bands of ${p.width}`,
  'distributionChart.band.about': (p: { amount: string }) => `About ${p.amount}`,
  'distributionChart.band.above': (p: { amount: string }) => `Above ${p.amount}`,
  'distributionChart.bandCount': (p: { count: number; band: string }) => `${p.count} ${p.band.charAt(0).toLowerCase()}${p.band.slice(1)}`,
  'distributionChart.reps': 'Reps',
  'distributionChart.band': 'Trailing twelve months',
  'distributionChart.spread': (p: { count: number; start: string; end: string; bands: string; median: string }) =>
    `${p.count} ${p.count === 1 ? 'rep' : 'reps'}, ${p.start} to ${p.end}: ${p.bands}. Median ${p.median}.`,
  'distributionChart.stretch': 'Quota against the last twelve months',
  'distributionChart.stretchTable': 'Each rep’s quota against their last twelve months',
  'distributionChart.stretchCanvas': 'Bar chart of each rep’s stretch: quota over a year divided by bookings over the last twelve months',
  'distributionChart.stretchHint': (p: { min: string; max: string }) =>
    `Stretch is a year of quota divided by what the rep sold over the last twelve months. ${p.min} to ${p.max} reads as aspirational yet attainable.`,
  'distributionChart.zone': (p: { min: string; max: string }) => `Aspirational yet attainable (${p.min}–${p.max})`,
  'distributionChart.anonymous': 'Anonymous rep',
  'distributionChart.col.rep': 'Rep',
  'distributionChart.col.quota': 'Quota over a year',
  'distributionChart.col.trailing': 'Last twelve months',
  'distributionChart.col.stretch': 'Stretch',
  'distributionChart.col.reading': 'Reading',
  'distributionChart.verdictWord': (p: { verdict: StretchVerdict }) => VERDICT_WORDS[p.verdict],
  'distributionChart.legend': (p: { verdict: StretchVerdict }) => VERDICT_WORDS[p.verdict].charAt(0).toUpperCase() + VERDICT_WORDS[p.verdict].slice(1),
  'distributionChart.verdict.attainable': (p: { count: number; judged: number; median: string }) =>
    `Targets look aspirational yet attainable: ${p.count} of ${p.judged} quotas ask for at most 30% more than the rep sold over the last twelve months (median ${p.median}). Far enough to reach for, close enough to believe in.`,
  'distributionChart.verdict.out-of-reach': (p: { count: number; judged: number; median: string }) =>
    `Many targets look out of reach: ${p.count} of ${p.judged} quotas ask for more than 30% above the rep’s last twelve months (median ${p.median}). A number nobody believes in stops motivating — worth a conversation before the period starts.`,
  'distributionChart.verdict.below': (p: { count: number; judged: number; median: string }) =>
    `Most targets ask for less than reps already sell: ${p.count} of ${p.judged} quotas sit below the rep’s last twelve months (median ${p.median}), which leaves little to reach for.`,
  'distributionChart.verdict.mixed': (p: { attainable: number; outOfReach: number; below: number; median: string }) =>
    `Targets are uneven: ${p.attainable} aspirational yet attainable, ${p.outOfReach} out of reach, ${p.below} below what the rep already sells (median ${p.median}). Worth looking at the outliers one by one.`,
  'distributionChart.verdict.unknown': 'No quota here can be set against last year’s bookings yet.',
  'distributionChart.hiddenNote': (p: { count: number }) =>
    p.count === 1
      ? '1 rep chose to stay off per-rep views: they count in the spread and the verdict, and are not shown by name or figure.'
      : `${p.count} reps chose to stay off per-rep views: they count in the spread and the verdict, and are not shown by name or figure.`,
  'distributionChart.unseen': (p: { count: number }) =>
    p.count === 1 ? '1 rep’s figures are not shared with you and are left out.' : `${p.count} reps’ figures are not shared with you and are left out.`,
  'distributionChart.noStretch': 'No rep on this team has both a plan and a year of bookings to compare.',
} as const;
