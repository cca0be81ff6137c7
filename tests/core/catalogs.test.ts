/**
 * The German and Arabic catalogs: complete, every message callable with what the elements pass,
 * nothing the English shows left out, nothing left in English, plurals as each language counts.
 *
 * Every function message has cases below, built from the English parameter names: names, money
 * and percentages as Intl writes them in the language, counts that reach every plural category,
 * and each value of a parameter that picks wording (a preference, a period, a verdict). Words the
 * elements take from the catalog itself (a category, "ahead of pace") come from that catalog.
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import de from '../../src/i18n/de.js';
import ar from '../../src/i18n/ar.js';
import { loadMessages, registerMessages, translate } from '../../src/i18n/messages.js';
import type { Catalog, CompleteCatalog, MessageKey } from '../../src/i18n/messages.js';
import type { PlanPeriod } from '../../src/core/types.js';

type FunctionKey = { [K in MessageKey]: Catalog[K] extends (params: never) => string ? K : never }[MessageKey];
type ParamsOf<K extends MessageKey> = Catalog[K] extends (params: infer P) => string ? P : never;
type Cases = { [K in FunctionKey]: ReadonlyArray<ParamsOf<K>> };

/** Counts that reach every plural category of German and Arabic: zero, one, two, few, many, other. */
const COUNTS = [0, 1, 2, 3, 11, 100] as const;
const PERIODS: readonly PlanPeriod[] = ['month', 'quarter', 'year'];

/** Parameter values that choose wording rather than appear in it. */
const CHOOSERS = new Set([
  'public', 'private', 'none', 'ascending', 'descending', 'below', 'attainable', 'out-of-reach',
  'month', 'quarter', 'year', 'per-period', 'cumulative', 'flat', 'marginal', 'retroactive', 'hybrid', 'custom',
]);

/** Proper nouns a translation may leave as they are. */
const SAME_IN_EVERY_LANGUAGE = new Set<string>([]);

const english: CompleteCatalog = en;

function call(catalog: CompleteCatalog, key: FunctionKey, params: unknown): string {
  return (catalog[key] as (params: unknown) => string)(params);
}

/** Every case of every function message, with figures written the way `lang` writes them. */
function cases(lang: string, c: CompleteCatalog): Cases {
  const money = (major: number, compact = false) =>
    new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: compact ? 1 : 0, ...(compact ? { notation: 'compact' } : {}) }).format(major);
  const pct = (share: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
  const num = (value: number) => new Intl.NumberFormat(lang).format(value);
  const date = (iso: string, month: 'short' | 'long' = 'short') =>
    new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month, day: 'numeric' }).format(new Date(`${iso}T00:00:00Z`));
  const days = (n: number) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(n, 'day');
  const list = (items: string[]) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
  const t = <K extends FunctionKey>(key: K, params: ParamsOf<K>) => call(c, key, params);

  const name = 'Maya';
  const manager = 'Dana';
  const title = 'Lake-house deposit';
  const message = 'The server is not answering.';
  const period = 'Q3 2026';
  const amount = money(42_000);
  const who = [{}, { name }];
  const counts = <P>(make: (n: number) => P): P[] => COUNTS.map(make);
  const managers = [{ manager }, { manager: c['goal.yourManager'] }];

  return {
    // common
    'common.error': [{ message }],

    // goal-card
    'goal.visibility.manager-summary': managers,
    'goal.visibility.manager-summary.help': managers,
    'goal.visibility.manager': managers,
    'goal.visibility.manager.help': managers,
    'goal.visibility.team': managers,
    'goal.fundedOf': [{ funded: money(12_500), target: money(40_000) }],
    'goal.fundedBreakdown': [{ earmarked: money(9_000), share: pct(0.15), saved: money(3_500) }],
    'goal.meterLabel': [{ title }],
    'goal.meterText': [{ percent: pct(0.31), funded: money(12_500), target: money(40_000) }],
    'goal.meterSummaryText': [{ percent: pct(0.31) }],
    'goal.milestonesDone': counts((total) => ({ done: Math.min(total, 3), total })),
    'goal.milestoneDue': [{ date: date('2026-09-14') }],
    'goal.milestoneDone': [{ date: date('2026-03-02') }],
    'goal.markDone': [{ title: 'Book the surveyor' }],
    'goal.timeLeft': [{ relative: days(45) }, { relative: days(-3) }],
    'goal.lastCheckIn': [{ relative: days(-12) }, { relative: days(-1) }],
    'goal.nextCheckIn': [{ relative: days(5) }, { relative: days(1) }],
    'goal.nextCheckInOverdue': [{ relative: days(-4) }],
    'goal.owner': [{ name }],
    'goal.field.milestoneTitle': [{ n: 3 }],
    'goal.field.milestoneAmount': [{ n: 3 }],
    'goal.field.milestoneDue': [{ n: 3 }],
    'goal.removeMilestone': [{ n: 3 }],
    'goal.moveUp': [{ n: 3 }],
    'goal.moveDown': [{ n: 3 }],
    'goal.saveFailed': [{ message }],
    'goal.milestoneFailed': [{ message }],
    'goal.deleteFailed': [{ message }],
    'goal.deleteConfirm': [{ title }],
    'goal.problems': counts((count) => ({ count })),

    // quota-to-goal-meter
    'meter.title': [{ period }],
    'meter.attainmentText': [
      { percent: pct(0.62), booked: money(558_000), quota: money(900_000), expected: pct(0.55), pace: t('meter.ahead', { amount }) },
      { percent: pct(0.48), booked: money(432_000), quota: money(900_000), expected: pct(0.55), pace: c['meter.onPace'] },
    ],
    'meter.goalLabel': [{ title }],
    'meter.goalText': [{ percent: pct(0.31), funded: money(12_500), target: money(40_000), projected: pct(0.44) }],
    'meter.ahead': [{ amount }],
    'meter.behind': [{ amount }],
    'meter.paceMarker': [{ percent: pct(0.55) }],
    'meter.projected': [{ percent: pct(1.08) }],
    'meter.tier': [{ percent: pct(1), multiplier: num(1.5) }],
    'meter.daysLeft': counts((n) => ({ days: n })),
    'meter.nextUnlock': [{ amount: money(120_000), percent: pct(1), multiplier: num(1.5), extra: money(9_400) }],
    'meter.nextUnlockJump': [{ bonus: money(18_000) }],
    'meter.thisPeriodFunds': [{ soFar: money(2_400), projected: money(3_900), title }],
    'meter.need': [{ amount: money(64_000), title, date: date('2026-09-30', 'long') }],
    'meter.needPastDue': [{ amount: money(64_000), title }],
    'meter.needUnreachable': [{ title }],
    'meter.funded': [{ title }],
    'meter.noEarmark': [{ title }],
    'meter.noGoalShared': [{ name }],
    'meter.say.money': who.map((w) => ({ ...w, commission: money(21_000), earmarked: money(3_150), title, percent: pct(0.31) })),
    'meter.say.money.noGoal': who.map((w) => ({ ...w, commission: money(21_000) })),
    'meter.say.winning.ahead': who.flatMap((w) => [
      { ...w, amount, percent: pct(0.62), next: t('meter.say.winning.next', { amount: money(120_000), multiplier: num(1.5) }) },
      { ...w, amount, percent: pct(1.3), next: '' },
    ]),
    'meter.say.winning.behind': who.map((w) => ({ ...w, amount, percent: pct(0.41), next: t('meter.say.winning.next', { amount: money(120_000), multiplier: num(1.5) }) })),
    'meter.say.winning.next': [{ amount: money(120_000), multiplier: num(1.5) }],
    'meter.say.recognition.below': who.map((w) => ({ ...w, amount: money(88_000) })),
    'meter.say.recognition.above': who.map((w) => ({ ...w, percent: pct(1.04) })),
    'meter.say.growth': who.flatMap((w) => counts((n) => ({ ...w, percent: pct(0.58), projected: pct(0.93), days: n }))),
    'meter.say.purpose': who.map((w) => ({ ...w, title, percent: pct(0.31) })),
    'meter.say.default': who.flatMap((w) => [
      { ...w, percent: pct(0.62), pace: c['meter.pace.ahead'], goal: t('meter.say.default.goal', { title, percent: pct(0.31) }) },
      { ...w, percent: pct(0.48), pace: c['meter.pace.behind'], goal: '' },
    ]),
    'meter.say.default.goal': [{ title, percent: pct(0.31) }],
    'meter.live': [{ percent: pct(0.64), goal: ` ${t('meter.say.default.goal', { title, percent: pct(0.33) })}` }, { percent: pct(0.64), goal: '' }],

    // recognition-feed
    'feed.heading.person': [{ name: 'Maya Okafor' }],
    'celebrate.tier': [{ name, share: pct(0.5), period, multiplier: num(1.5) }],
    'celebrate.goal': [{ name, goal: title }],
    'celebrate.goal.unnamed': [{ name }],
    'celebrate.milestone': [{ name, goal: title, milestone: 'Halfway there' }],
    'celebrate.milestone.unnamed': [{ name }],
    'feed.empty.filtered': [{ kind: c['feed.kind.kudos'] }],
    'feed.error': [{ message }],
    'feed.refreshError': [{ message }],
    'feed.olderError': [{ message }],
    'feed.post.from': [{ name: 'Dana Whitfield' }],
    'feed.post.label': [{ kind: c['feed.kind.win'], from: 'Dana Whitfield', to: list(['Maya Okafor', 'Luis Romero']) }],
    'feed.consent.waiting': [{ name }],
    'feed.consent.waiting.help': [{ name }],
    'feed.consent.ask': [{ from: manager }],
    'feed.consent.declined': [{ name }],
    'feed.consent.granted': [{ name }],
    'feed.consent.failed': [{ message }],
    'feed.react.button': counts((count) => ({ label: c['feed.emoji.applause'], count })),
    'feed.react.by': [{ names: list(['Dana Whitfield', 'Luis Romero', c['common.you']]) }],
    'feed.react.more': counts((count) => ({ count })).filter((p) => p.count > 0),
    'feed.react.failed': [{ message }],
    'feed.live.new': counts((count) => ({ count, from: 'Dana Whitfield' })).filter((p) => p.count > 0),
    'feed.compose.recipients.added': [{ name: 'Luis Romero' }],
    'feed.compose.recipients.removed': [{ name: 'Luis Romero' }],
    'feed.compose.recipients.count': counts((count) => ({ count })).filter((p) => p.count > 0),
    'feed.compose.remove': [{ name: 'Luis Romero' }],
    'feed.compose.coaching.hint': [{ name }],
    'feed.compose.message.count': [{ used: 140, max: 2000 }, { used: 3, max: 11 }],
    'feed.compose.values.full': [{ max: 10 }, { max: 2 }],
    'feed.compose.failed': [{ message }],
    'feed.pref.private': [{ names: name, count: 1 }, { names: list([name, 'Luis']), count: 2 }],
    'feed.pref.none': [{ names: name, count: 1 }, { names: list([name, 'Luis', 'Ana']), count: 3 }],

    // goal-checkin
    'checkin.title.goal': [{ title }, { title: t('checkin.summaryGoal', { category: c['goal.category.home'] }) }],
    'checkin.title.person': [{ name: 'Maya Okafor' }],
    'checkin.with': [{ name: 'Dana Whitfield' }],
    'checkin.ownerGoal': [{ name: 'Maya Okafor' }],
    'checkin.summaryGoal': [{ category: c['goal.category.travel'] }],
    'checkin.due.upcoming': counts((n) => ({ days: n })).filter((p) => p.days > 0),
    'checkin.due.overdue': counts((n) => ({ days: n })).filter((p) => p.days > 0),
    'checkin.due.inactive': [{ status: c['goal.status.paused'] }, { status: c['goal.status.achieved'] }],
    'checkin.due.date': [{ date: date('2026-10-01') }],
    'checkin.last': [{ relative: days(-9) }],
    'checkin.showOlder': counts((count) => ({ count })).filter((p) => p.count > 0),
    'checkin.observer': [{ name }],
    'checkin.field.note.manager': [{ name }],
    'checkin.field.confidence.manager.goal': [{ name }],
    'checkin.field.confidence.manager.general': [{ name }],
    'checkin.field.commitment.help': [{ name }],
    'checkin.field.nextDueOn.help': [{ span: c['checkin.span.monthly'] }, { span: c['checkin.span.biweekly'] }],
    'checkin.saved': [{ date: date('2026-10-01') }],
    'checkin.saveFailed': [{ message }],
    'checkin.problems': counts((count) => ({ count })).filter((p) => p.count > 0),
    'checkin.entry.about': [{ goal: title }],
    'checkin.entry.confidence': [{ n: 3, word: c['checkin.confidence.3'] }],
    'checkin.entry.commitment.other': [{ name: manager }],
    'checkin.commitment.by': [{ date: date('2026-09-20') }],
    'checkin.commitment.done': [{ date: date('2026-09-18') }],
    'checkin.commitment.overdue': [{ date: date('2026-09-12') }],
    'checkin.ack.done': [{ name: 'Dana Whitfield', date: date('2026-09-03') }],
    'checkin.ack.doneByYou': [{ date: date('2026-09-03') }],
    'checkin.ack.waiting': [{ name: manager }],
    'checkin.updateFailed': [{ message }],
    'checkin.newFrom': [{ name: 'Dana Whitfield' }],

    // motivation-profile
    'profile.title.other': [{ name }],
    'profile.notShared': [{ name }],
    'profile.managerEmpty': [{ name }],
    'profile.readOnly': [{ name }],
    'profile.rankNumber': [{ rank: 3 }],
    'profile.moveUp': [{ driver: c['profile.driver.growth'] }],
    'profile.moveDown': [{ driver: c['profile.driver.purpose'] }],
    'profile.moved': [{ driver: c['profile.driver.recognition'], rank: 3, total: 5 }],
    'profile.weightText': [{ value: 70 }],
    'profile.coachingNote.help': [{ manager }, { manager: c['profile.yourManager'] }],
    'profile.saveFailed': [{ message }],
    'profile.problems': counts((count) => ({ count })).filter((p) => p.count > 0),
    'profile.preview': [{ manager }, { manager: c['profile.yourManager'] }],
    'profile.previewUnsaved': [{ manager }, { manager: c['profile.yourManager'] }],
    'profile.summary.drivers2': [{ name, first: c['profile.driverWord.money'], second: c['profile.driverWord.purpose'] }],
    'profile.summary.drivers1': [{ name, first: c['profile.driverWord.winning'] }],
    'profile.summary.driversNone': [{ name }],
    'profile.summary.coach': [{ name }],
    'profile.summary.noNote': [{ name }],

    // commission-what-if
    'whatIf.title': [{ period }],
    'whatIf.plan.lead': PERIODS.map((p) => ({ period: p, quota: money(895_000), incentive: money(53_500) })),
    'whatIf.plan.first': [{ range: t('whatIf.range.below', { to: pct(0.5) }), pay: c['whatIf.pay.half'] }],
    'whatIf.plan.next': [
      { range: t('whatIf.range.between', { from: pct(0.5), to: pct(1) }), pay: t('whatIf.pay.base', { rate: pct(0.0598) }) },
      { range: t('whatIf.range.above', { from: pct(1) }), pay: t('whatIf.pay.multiple', { multiplier: num(2) }) },
    ],
    'whatIf.plan.cap': [{ multiple: num(3), cap: money(160_500) }],
    'whatIf.plan.model': (['flat', 'marginal', 'retroactive', 'hybrid', 'custom'] as const).map((model) => ({ model })),
    'whatIf.plan.basis': PERIODS.flatMap((p) => (['per-period', 'cumulative'] as const).map((basis) => ({ basis, period: p }))),
    'whatIf.range.below': [{ to: pct(0.5) }],
    'whatIf.range.between': [{ from: pct(0.5), to: pct(1) }],
    'whatIf.range.above': [{ from: pct(1) }],
    'whatIf.pay.base': [{ rate: pct(0.0598) }],
    'whatIf.pay.multiple': [{ multiplier: num(1.5) }],
    'whatIf.table.caption': [{ name: 'FY26 Account Executive plan' }],
    'whatIf.table.bookings': PERIODS.map((p) => ({ period: p })),
    'whatIf.table.bookingsRange': [{ from: money(447_500), to: money(895_000) }],
    'whatIf.table.bookingsFrom': [{ from: money(895_000) }],
    'whatIf.table.cap': [{ cap: money(160_500), multiple: num(3) }],
    'whatIf.deal': [{ n: 3 }],
    'whatIf.deal.remove': [{ n: 3 }],
    'whatIf.deal.alone': [{ gain: money(7_200) }],
    'whatIf.deal.aloneGoal': [{ gain: money(7_200), share: pct(0.027), title }],
    'whatIf.deal.later': [{ period: 'Q4 2026' }],
    'whatIf.extra': PERIODS.map((p) => ({ period: p })),
    'whatIf.extraText': PERIODS.map((p) => ({ amount: money(50_000), period: p })),
    'whatIf.commission': [{ period }],
    'whatIf.booked': [{ period }],
    'whatIf.ofQuota': [{ percent: pct(0.84) }],
    'whatIf.change': [{ before: money(21_000), after: money(28_200), delta: `+${money(7_200)}` }],
    'whatIf.crossed': [true, false].map((retroactive) => ({ from: pct(1), multiplier: num(2), period, retroactive })),
    'whatIf.sameTier': [{ range: t('whatIf.range.between', { from: pct(0.5), to: pct(1) }) }],
    'whatIf.split': [{ gain: money(9_400), base: money(7_200), added: money(120_000), accelerator: money(2_200) }],
    'whatIf.splitLess': [{ gain: money(3_600), base: money(7_200), added: money(120_000), accelerator: money(3_600) }],
    'whatIf.splitEven': [{ gain: money(7_200), added: money(120_000) }],
    'whatIf.capped': [{ cap: money(160_500), period }],
    'whatIf.goal': [{ share: pct(0.18), title, added: money(7_200), before: pct(0.31), after: pct(0.49) }],
    'whatIf.goalFull': [{ title, added: money(7_200) }],
    'whatIf.goalNone': [{ title }],
    'whatIf.cliff': PERIODS.map((p) => ({ at: money(895_000), period: t('whatIf.periodNoun', { period: p }), oneMore: money(50_000) })),
    'whatIf.cliff.away': [{ away: money(61_000) }],
    'whatIf.basis': PERIODS.map((p) => ({ perPeriod: money(64_000), cumulative: money(71_500), period: p, through: date('2026-09-14', 'long') })),
    'whatIf.basis.more': [{ difference: money(7_500), basis: c['whatIf.basis.cumulative'] }, { difference: money(2_000), basis: c['whatIf.basis.perPeriod'] }],
    'whatIf.basis.yours': [{ basis: c['whatIf.basis.cumulative'] }, { basis: c['whatIf.basis.perPeriod'] }],
    'whatIf.live': [{ period, after: money(28_200), delta: `+${money(7_200)}` }],
    'whatIf.periodNoun': PERIODS.map((p) => ({ period: p })),

    // attainment-chart and team-distribution-chart
    'attainmentChart.title': [{ period }],
    'attainmentChart.canvas': [{ period }],
    'attainmentChart.summary': who.map((w) => ({
      ...w, date: date('2026-08-20', 'long'), booked: money(558_000), percent: pct(0.62), quota: money(900_000), expected: money(495_000),
      pace: t('attainmentChart.ahead', { amount: money(63_000) }),
    })),
    'attainmentChart.ahead': [{ amount: money(63_000) }],
    'attainmentChart.behind': [{ amount: money(63_000) }],
    'attainmentChart.next': [{ percent: pct(1), amount: money(900_000), multiplier: num(1.5), left: money(342_000) }],
    'attainmentChart.threshold': [{ percent: pct(1), multiplier: num(1.5) }],
    'attainmentChart.table.caption': [{ period }],
    'distributionChart.titleFor': [{ name: 'Dana Whitfield' }],
    'distributionChart.histogram': [{ width: money(1_000_000, true) }],
    'distributionChart.histogramCanvas': [{ width: money(1_000_000, true) }],
    'distributionChart.band.about': [{ amount: money(2_000_000, true) }],
    'distributionChart.band.above': [{ amount: money(5_000_000, true) }],
    'distributionChart.bandCount': counts((count) => ({ count, band: t('distributionChart.band.about', { amount: money(2_000_000, true) }) })),
    'distributionChart.spread': counts((count) => ({
      count, start: date('2025-09-01'), end: date('2026-08-31'),
      bands: list([
        t('distributionChart.bandCount', { count: 5, band: t('distributionChart.band.about', { amount: money(2_000_000, true) }) }),
        t('distributionChart.bandCount', { count: 2, band: t('distributionChart.band.above', { amount: money(5_000_000, true) }) }),
      ]),
      median: money(3_000_000, true),
    })).filter((p) => p.count > 0),
    'distributionChart.stretchHint': [{ min: `${num(1.05)}×`, max: `${num(1.3)}×` }],
    'distributionChart.zone': [{ min: `${num(1.05)}×`, max: `${num(1.3)}×` }],
    'distributionChart.verdictWord': (['below', 'attainable', 'out-of-reach'] as const).map((verdict) => ({ verdict })),
    'distributionChart.legend': (['below', 'attainable', 'out-of-reach'] as const).map((verdict) => ({ verdict })),
    'distributionChart.verdict.attainable': counts((judged) => ({ count: Math.min(judged, 12), judged, median: `${num(1.18)}×` })).filter((p) => p.judged > 0),
    'distributionChart.verdict.out-of-reach': counts((judged) => ({ count: Math.min(judged, 7), judged, median: `${num(1.45)}×` })).filter((p) => p.judged > 0),
    'distributionChart.verdict.below': counts((judged) => ({ count: Math.min(judged, 9), judged, median: `${num(0.92)}×` })).filter((p) => p.judged > 0),
    'distributionChart.verdict.mixed': [{ attainable: 11, outOfReach: 6, below: 4, median: `${num(1.21)}×` }],
    'distributionChart.hiddenNote': counts((count) => ({ count })).filter((p) => p.count > 0),
    'distributionChart.unseen': counts((count) => ({ count })).filter((p) => p.count > 0),

    // team-goals-board
    'board.title.other': [{ name: 'Dana Whitfield' }],
    'board.period': [{ period }],
    'board.updated': [{ atRisk: 4, attainment: pct(0.71) }],
    'board.summary.attainment.detail': [{ booked: money(6_400_000, true), quota: money(9_000_000, true) }],
    'board.summary.pace.value': [{ ahead: 5, behind: 3 }],
    'board.summary.commitments': [{}, { name: manager }],
    'board.summary.commitments.overdue': counts((count) => ({ count })).filter((p) => p.count > 0),
    'board.filter.atRisk': counts((count) => ({ count })),
    'board.showing': counts((total) => ({ shown: Math.min(total, 4), total })),
    'board.caption': [{ team: c['board.title.self'] }, { team: t('board.title.other', { name: 'Dana Whitfield' }) }],
    'board.col.commitments': [{}, { name: manager }],
    'board.sorted': (['ascending', 'descending'] as const).map((direction) => ({ column: c['board.col.risk'], direction })),
    'board.attainment.label': [{ name: 'Maya Okafor' }],
    'board.attainment.text': [{ percent: pct(0.62), booked: money(558_000, true), quota: money(900_000, true), expected: pct(0.55), pace: t('board.pace.ahead', { amount: money(63_000, true) }) }],
    'board.pace.ahead': [{ amount: money(63_000, true) }],
    'board.pace.behind': [{ amount: money(63_000, true) }],
    'board.goal.summary': [{ category: c['goal.category.family'] }],
    'board.goal.inactive': counts((count) => ({ count })).filter((p) => p.count > 0),
    'board.days.ago': counts((n) => ({ days: n })).filter((p) => p.days > 1),
    'board.checkIn.flag': [{ days: 14 }, { days: 7 }, { days: 30 }],
    'board.recognition.flag': [{ days: 30 }, { days: 60 }, { days: 100 }],
    'board.risk.no-check-in': [{}, ...counts((n) => ({ days: n }))],
    'board.risk.low-confidence': [{ confidence: 2 }],
    'board.risk.milestone-overdue': counts((n) => ({ days: n })).filter((p) => p.days > 0),
    'board.risk.milestone-due': counts((n) => ({ days: n })),
    'board.risk.no-recognition': [{}, ...counts((n) => ({ days: n }))],
    'board.risk.join': [{
      items: [c['board.risk.behind-pace'], t('board.risk.no-check-in', { days: 12 }), t('board.risk.milestone-due', { days: 3 })],
    }],
    'board.commitment': [{ text: 'join the renewal call with their CFO' }, { text: 'join the renewal call with their CFO', name: manager }],
    'board.commitment.overdue': counts((n) => ({ days: n })).filter((p) => p.days > 0),
    'board.commitment.dueIn': counts((n) => ({ days: n })).filter((p) => p.days > 0),
    'board.commitment.more': counts((count) => ({ count })).filter((p) => p.count > 0),
    'board.step.money-goal': [{ deal: money(120_000, true), percent: pct(0.18), title }],
    'board.step.money-commission': [{ deal: money(120_000, true), commission: money(7_200), name }],
    'board.step.money-talk': [{ name }],
    'board.step.winning-unlock': [{ amount: money(88_000, true), multiplier: num(1.5) }],
    'board.step.winning-top': [{ name }],
    'board.step.winning-sprint': [{ name }],
    'board.step.recognition-win': (['public', 'private', 'none'] as const).map((preference) => ({ name, win: 'Northwind', preference })),
    'board.step.recognition-effort': (['public', 'private', 'none'] as const).map((preference) => ({ name, preference })),
    'board.step.growth-blocker': [{ name, blocker: 'Legal keeps stalling the MSA' }],
    'board.step.growth-pipeline': [{ name }],
    'board.step.growth-stretch': [{ name }],
    'board.step.purpose-goal': [{ name, title }],
    'board.step.purpose-customer': [{ name, win: 'Northwind' }, { name }],
    'board.step.ask-driver': [{ name }],
    'board.detail.label': [{ name: 'Maya Okafor' }],
    'board.detail.close': [{ name }],
    'board.detail.noGoals': [{ name }],

    // goalpost-sync-status
    'sync.offline': counts((count) => ({ count })),
    'sync.attention': counts((count) => ({ count })).filter((p) => p.count > 0),
    'sync.conflict': [{ what: c['sync.what.goals'] }, { what: t('sync.what.named', { kind: c['sync.what.goals'], name: title }) }],
    'sync.conflictDeleted': [{ what: c['sync.what.checkins'] }, { what: t('sync.what.named', { kind: c['sync.what.goals'], name: title }) }],
    'sync.rejected': [{ what: c['sync.what.bookings'], message: 'The amount must be more than zero.' }],
    'sync.version': [{ version: 7 }],
    'sync.resolveFailed': [{ message }],
    'sync.heldWrites': counts((count) => ({ count })).filter((p) => p.count > 1),
    'sync.what.named': [{ kind: c['sync.what.goals'], name: title }],

    // periods and validation problems: field names come from the catalog itself
    'common.period.quarter': [{ n: 1, year: 2026 }, { n: 3, year: 2027 }],
    'common.period.year': [{ year: 2026 }],
    'problem.notText': [{ name: c['field.blockers'] }, { name: c['field.recordId'] }, { name: c['field.coachingNote'] }],
    'problem.tooLong': [{ name: c['field.title'], max: 120 }, { name: c['field.valueTag'], max: 32 }, { name: c['field.why'], max: 2000 }, { name: c['field.note'], max: 1 }],
    'problem.idTooLong': [{ max: 128 }],
    'problem.missing': [{ name: c['field.writtenOn'] }, { name: c['field.checkInAcknowledged'] }, { name: c['field.postedAt'] }],
    'problem.badDate': [{ value: '2027-02-30' }],
    'problem.notDate': [{ name: c['field.targetDate'] }, { name: c['field.yearStart'] }],
    'problem.notDateTime': [{ name: c['field.creationTime'] }],
    'problem.badCurrency': [{ value: 'XYZ' }],
    'problem.noCurrency': [{ name: c['field.plan'] }, { name: c['field.targetAmount'] }],
    'problem.notNumber': [{ name: c['field.quota'] }],
    'problem.tooLarge': [{ name: c['field.targetAmount'] }],
    'problem.tooPrecise': [{ name: c['field.bookingAmount'] }],
    'problem.negative': [{ name: c['field.saved'] }, { name: c['field.targetIncentive'] }],
    'problem.notPositive': [{ name: c['field.milestoneAmount'] }],
    'problem.notMoney': [{ name: c['field.bookingAmount'] }],
    'problem.currencyMismatch': [
      { name: c['field.saved'], other: c['field.target'], currency: 'USD' },
      { name: c['field.milestoneAmount'], other: c['field.goal'], currency: 'EUR' },
    ],
    'problem.notList': [{ name: c['field.milestones'] }, { name: c['field.valueTags'] }],
    'problem.notRecord': [{ name: c['field.aGoal'] }, { name: c['field.aCheckIn'] }, { name: c['field.aProfile'] }],
    'problem.unknownCollection': [{ value: 'teams' }, {}],
    'problem.tooManyMilestones': [{ max: 50 }, { max: 1 }],
    'problem.tooManyTiers': [{ max: 20 }, { max: 2 }],
    'problem.tooManyRecipients': [{ max: 50 }, { max: 3 }],
    'problem.tooManyValues': [{ max: 10 }, { max: 11 }],
    'problem.taggedTwice': [{ value: 'Grit' }],
    'problem.badDriver': [{ value: 'fame' }],
    'problem.badLanguage': [{ value: 'klingon' }],
    'error.currency-mismatch': [{ left: 'USD', right: 'EUR' }],
  };
}

const LANGUAGES = [
  { tag: 'de', catalog: de },
  { tag: 'ar', catalog: ar },
] as const;

const englishCases = cases('en', english);
const functionKeys = Object.keys(englishCases) as FunctionKey[];

/** A message's own words: its text with the given parameter values taken out. */
function ownText(text: string, params: unknown): string {
  let rest = text;
  const values = Object.values(params as Record<string, unknown>).flatMap((value) => (Array.isArray(value) ? value : [value]));
  for (const value of values) {
    if (typeof value !== 'string' || value === '') continue;
    rest = rest.replace(new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), ' ');
  }
  return rest;
}

/** Words of two or more letters in a message's own text. */
function wordCount(text: string): number {
  return text.match(/\p{L}{2,}/gu)?.length ?? 0;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** Directional marks and embeddings: Arabic text should need none of its own. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('German and Arabic catalogs', () => {
  it('cover exactly the English keys, no more and no fewer', () => {
    const englishKeys = Object.keys(en).sort();
    expect(Object.keys(de).sort()).to.deep.equal(englishKeys);
    expect(Object.keys(ar).sort()).to.deep.equal(englishKeys);
  });

  it('make each English function message a function, and each English string a string', () => {
    for (const { tag, catalog } of LANGUAGES) {
      for (const key of Object.keys(en) as MessageKey[]) {
        expect(typeof catalog[key], `${tag} ${key}`).to.equal(typeof en[key]);
      }
    }
  });

  it('have a test case for every function message', () => {
    const englishFunctions = (Object.keys(en) as MessageKey[]).filter((key) => typeof en[key] === 'function').sort();
    expect([...functionKeys].sort()).to.deep.equal(englishFunctions);
  });

  for (const { tag, catalog } of LANGUAGES) {
    describe(tag, () => {
      const localCases = cases(tag, catalog);

      it('give every plain message some text', () => {
        for (const key of Object.keys(en) as MessageKey[]) {
          const value = catalog[key];
          if (typeof value !== 'string') continue;
          expect(value.trim(), `${tag} ${key}`).not.to.equal('');
        }
      });

      it('turn every function message into a whole sentence with the figures and names it is given', () => {
        for (const key of functionKeys) {
          const englishParams = englishCases[key] as readonly unknown[];
          const params = localCases[key] as readonly unknown[];
          expect(params.length, key).to.equal(englishParams.length);
          params.forEach((local, index) => {
            const text = call(catalog, key, local);
            const label = `${tag} ${key} ${JSON.stringify(local)} → ${text}`;
            expect(text.trim(), label).not.to.equal('');
            expect(text, label).not.to.match(/undefined|NaN|\[object/);
            // What the English shows must show here too: each name, figure and phrase passed in.
            const englishText = call(english, key, englishParams[index]).toLowerCase();
            const englishValues = englishParams[index] as Record<string, unknown>;
            for (const [param, value] of Object.entries(local as Record<string, unknown>)) {
              const englishValue = englishValues[param];
              const pairs: Array<[unknown, unknown]> = Array.isArray(value)
                ? value.map((item, i) => [item, (englishValue as unknown[])[i]])
                : [[value, englishValue]];
              for (const [mine, theirs] of pairs) {
                if (typeof mine === 'string' && typeof theirs === 'string' && mine !== '' && !CHOOSERS.has(theirs) && englishText.includes(theirs.toLowerCase())) {
                  expect(text.toLowerCase(), `${label}: ${param}`).to.include(mine.toLowerCase());
                }
                // One and two are words in Arabic ("يومان"); from three up the figure itself shows.
                if (typeof mine === 'number' && mine >= 3 && englishText.includes(String(mine))) {
                  expect(text, `${label}: ${param}`).to.include(String(mine));
                }
              }
            }
          });
        }
      });

      it('leave no sentence of more than three words in English', () => {
        for (const key of Object.keys(en) as MessageKey[]) {
          const value = en[key];
          if (typeof value === 'string') {
            if (wordCount(value) > 3 && !SAME_IN_EVERY_LANGUAGE.has(value)) expect(catalog[key], `${tag} ${key}`).not.to.equal(value);
            continue;
          }
          for (const params of englishCases[key as FunctionKey] as readonly unknown[]) {
            const englishText = call(english, key as FunctionKey, params);
            if (wordCount(ownText(englishText, params)) <= 3) continue;
            expect(call(catalog, key as FunctionKey, params), `${tag} ${key}`).not.to.equal(englishText);
          }
        }
      });
    });
  }

  describe('Arabic', () => {
    it('writes every message in Arabic script, its own words too, not only the names it is given', () => {
      for (const key of Object.keys(en) as MessageKey[]) {
        const value = ar[key];
        if (typeof value === 'string') {
          expect(value, key).to.match(ARABIC);
          continue;
        }
        // Given Latin-script values, any Arabic in the result is the catalog's own.
        for (const params of englishCases[key as FunctionKey] as readonly unknown[]) {
          const englishOwn = ownText(call(english, key as FunctionKey, params), params);
          if (wordCount(englishOwn) === 0) continue;
          const text = call(ar, key as FunctionKey, params);
          expect(text, `${key} → ${text}`).to.match(ARABIC);
        }
      }
    });

    it('adds no directional marks of its own', () => {
      for (const key of Object.keys(en) as MessageKey[]) {
        const value = ar[key];
        const texts = typeof value === 'string' ? [value] : (englishCases[key as FunctionKey] as readonly unknown[]).map((params) => call(ar, key as FunctionKey, params));
        for (const text of texts) expect(BIDI_CONTROLS.test(text), `${key} → ${text}`).to.equal(false);
      }
    });

    it('counts as Arabic does: one, two, a few, many and a hundred', () => {
      const ago = (days: number) => ar['board.days.ago']({ days });
      expect(ago(1)).to.equal('قبل يوم واحد');
      expect(ago(2)).to.equal('قبل يومين');
      expect(ago(3)).to.equal('قبل 3 أيام');
      expect(ago(11)).to.equal('قبل 11 يومًا');
      expect(ago(100)).to.equal('قبل 100 يوم');
      expect(ar['meter.daysLeft']({ days: 2 })).to.equal('المتبقي: يومان');
      expect(ar['sync.attention']({ count: 2 })).to.equal('تعذّر حفظ تغييرين');
      expect(ar['sync.attention']({ count: 5 })).to.equal('تعذّر حفظ 5 تغييرات');
      expect(ar['goal.problems']({ count: 1 })).to.equal('صحّح مشكلة واحدة قبل الحفظ:');
      expect(ar['distributionChart.hiddenNote']({ count: 2 })).to.include('مندوبان اختارا');
    });

    it('points the before-and-after arrow the way Arabic reads', () => {
      expect(ar['whatIf.change']({ before: 'A', after: 'B', delta: '+1' })).to.equal('A ← B (+1)');
    });
  });

  describe('German', () => {
    it('speaks to the reader as "du", never as "Sie"', () => {
      const formal = /(?<![.!?:–—]\s|^)\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b/;
      const germanCases = cases('de', de);
      for (const key of Object.keys(en) as MessageKey[]) {
        const value = de[key];
        const texts = typeof value === 'string' ? [value] : (germanCases[key as FunctionKey] as readonly unknown[]).map((params) => call(de, key as FunctionKey, params));
        for (const text of texts) expect(text, `${key} → ${text}`).not.to.match(formal);
      }
      expect(de['goal.visibility.private.help']).to.include('deine Führungskraft');
    });

    it('counts days in the case the sentence needs', () => {
      expect(de['meter.daysLeft']({ days: 1 })).to.equal('Noch 1 Tag');
      expect(de['meter.daysLeft']({ days: 5 })).to.equal('Noch 5 Tage');
      expect(de['board.days.ago']({ days: 12 })).to.equal('vor 12 Tagen');
      expect(de['checkin.due.overdue']({ days: 1 })).to.equal('Seit 1 Tag überfällig');
      expect(de['feed.react.button']({ label: 'Applaus', count: 1 })).to.equal('Applaus, 1 Reaktion');
      expect(de['feed.react.button']({ label: 'Applaus', count: 3 })).to.equal('Applaus, 3 Reaktionen');
      expect(de['sync.attention']({ count: 1 })).to.equal('1 Änderung konnte nicht gespeichert werden');
    });

    it('capitalises a manager named by role when the sentence starts with them', () => {
      expect(de['goal.visibility.manager.help']({ manager: de['goal.yourManager'] })).to.match(/^Deine Führungskraft sieht/);
    });

    it('quotes a manager’s promise without its "Ich werde"', () => {
      expect(de['board.commitment']({ text: 'Ich werde den CFO anrufen.' })).to.equal('Deine Zusage: den CFO anrufen');
      expect(de['board.commitment']({ text: 'Ich werde den CFO anrufen.', name: 'Dana' })).to.equal('Zusage von Dana: den CFO anrufen');
    });
  });

  it('load on demand as the default export of their own module, for regional tags too', async () => {
    await loadMessages('de-AT');
    await loadMessages('ar-SA');
    expect(translate('de-AT', 'board.days.ago', {}, { days: 3 })).to.equal('vor 3 Tagen');
    expect(translate('ar-SA', 'common.cancel', {})).to.equal('إلغاء');
  });

  it('reach the screen through translate() once registered, for regional tags too', () => {
    registerMessages('de', de);
    registerMessages('ar', ar);
    expect(translate('de-CH', 'board.days.ago', {}, { days: 3 })).to.equal('vor 3 Tagen');
    expect(translate('de', 'common.save', {})).to.equal('Speichern');
    expect(translate('ar-EG', 'common.save', {})).to.equal('حفظ');
    expect(translate('ar', 'board.days.ago', {}, { days: 2 })).to.equal('قبل يومين');
  });
});
