/**
 * Strings of quota-to-goal-meter. Sentences take `name` when someone other than the rep is
 * looking (their manager), and speak to the rep as "you" otherwise.
 */
type Who = { name?: string };
const youAre = (p: Who) => (p.name ? `${p.name} is` : 'You’re');
const your = (p: Who) => (p.name ? `${p.name}’s` : 'your');

export const meter = {
  'meter.title': (p: { period: string }) => `Quota to goal · ${p.period}`,
  'meter.attainmentLabel': 'Quota attainment this period',
  'meter.attainmentText': (p: { percent: string; booked: string; quota: string; expected: string; pace: string }) =>
    `${p.percent} of quota, ${p.booked} of ${p.quota}. Expected by today: ${p.expected}. ${p.pace}`,
  'meter.goalLabel': (p: { title: string }) => `Funding of ${p.title}`,
  'meter.goalText': (p: { percent: string; funded: string; target: string; projected: string }) =>
    `${p.percent} funded, ${p.funded} of ${p.target}. At today’s pace this period takes it to ${p.projected}.`,
  'meter.ahead': (p: { amount: string }) => `Ahead of pace by ${p.amount}`,
  'meter.behind': (p: { amount: string }) => `Behind pace by ${p.amount}`,
  'meter.onPace': 'Right on pace',
  'meter.paceMarker': (p: { percent: string }) => `Pace today: ${p.percent}`,
  'meter.projected': (p: { percent: string }) => `At this pace: ${p.percent} by period end`,
  'meter.tier': (p: { percent: string; multiplier: string }) => `${p.percent}: ×${p.multiplier}`,
  'meter.tierThresholds': 'Tier thresholds',
  'meter.booked': 'Booked',
  'meter.quota': 'Quota',
  'meter.commission': 'Commission this period',
  'meter.daysLeft': (p: { days: number }) => (p.days === 1 ? '1 day left' : `${p.days} days left`),
  'meter.nextUnlock': (p: { amount: string; percent: string; multiplier: string; extra: string }) =>
    `${p.amount} more reaches ${p.percent} of quota, paid at ×${p.multiplier} from there: ${p.extra} more commission.`,
  'meter.nextUnlockJump': (p: { bonus: string }) => `Reaching it also pays ${p.bonus} at once on what came before.`,
  'meter.topTier': 'In the top tier: every deal now pays the highest rate.',
  'meter.thisPeriodFunds': (p: { soFar: string; projected: string; title: string }) =>
    `This period’s commission has put ${p.soFar} toward ${p.title}; at today’s pace it will put ${p.projected}.`,
  'meter.need': (p: { amount: string; title: string; date: string }) => `Book ${p.amount} more by ${p.date} to fully fund ${p.title}.`,
  'meter.needPastDue': (p: { amount: string; title: string }) => `The target date has passed: ${p.amount} more this period would still fully fund ${p.title}.`,
  'meter.needUnreachable': (p: { title: string }) => `This period alone can’t fully fund ${p.title}; the earmark keeps adding up next period.`,
  'meter.funded': (p: { title: string }) => `${p.title} is fully funded. 🎉`,
  'meter.noEarmark': (p: { title: string }) => `${p.title} earmarks no commission yet.`,
  'meter.noPlan': 'No compensation plan is shared here yet.',
  'meter.noGoal': 'No active goal earmarks commission yet. Write one down to see quota turn into something you care about.',
  'meter.noGoalShared': (p: { name: string }) => `${p.name} has not shared a goal this commission funds with you.`,
  'meter.nothing': 'Choose a rep to show their quota and goal.',
  'meter.goalCurrency': 'This goal is in another currency than the plan, so commission cannot fund it here.',
  // One sentence on top, phrased for the rep's strongest driver.
  'meter.say.money': (p: Who & { commission: string; earmarked: string; title: string; percent: string }) =>
    `${p.name ? `${p.name}’s` : 'Your'} commission so far this period is ${p.commission}, and ${p.earmarked} of it goes to ${p.title}: ${p.percent} funded.`,
  'meter.say.money.noGoal': (p: Who & { commission: string }) => `${p.name ? `${p.name}’s` : 'Your'} commission so far this period is ${p.commission}.`,
  'meter.say.winning.ahead': (p: Who & { amount: string; percent: string; next: string }) =>
    `${youAre(p)} ${p.amount} ahead of pace at ${p.percent} of quota.${p.next}`,
  'meter.say.winning.behind': (p: Who & { amount: string; percent: string; next: string }) =>
    `${youAre(p)} ${p.amount} behind pace at ${p.percent} of quota.${p.next}`,
  'meter.say.winning.next': (p: { amount: string; multiplier: string }) => ` ${p.amount} more unlocks ×${p.multiplier}.`,
  'meter.say.recognition.below': (p: Who & { amount: string }) =>
    `${p.amount} more this period takes ${p.name ? p.name : 'you'} past quota — a win the whole team gets to celebrate.`,
  'meter.say.recognition.above': (p: Who & { percent: string }) =>
    `${youAre(p)} at ${p.percent} of quota: past the line, and worth celebrating.`,
  'meter.say.growth': (p: Who & { percent: string; projected: string; days: number }) =>
    `${youAre(p)} at ${p.percent} of quota with ${p.days} days to go; at this pace ${p.name ? 'the period ends' : 'you finish'} at ${p.projected}.`,
  'meter.say.purpose': (p: Who & { title: string; percent: string }) =>
    `Every deal this period moves ${your(p)} ${p.title} closer: ${p.percent} funded so far.`,
  'meter.say.default': (p: Who & { percent: string; pace: string; goal: string }) =>
    `${youAre(p)} at ${p.percent} of quota, ${p.pace}.${p.goal}`,
  'meter.say.default.goal': (p: { title: string; percent: string }) => ` ${p.title} is ${p.percent} funded.`,
  'meter.pace.ahead': 'ahead of pace',
  'meter.pace.behind': 'behind pace',
  'meter.pace.on': 'right on pace',
  'meter.live': (p: { percent: string; goal: string }) => `Updated: ${p.percent} of quota.${p.goal}`,
} as const;
