/**
 * Strings of team-goals-board, the manager's review. Reps are named by first name; no pronouns
 * are guessed (a person's record does not say which they use).
 */
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
/** "I will join your call with their CFO." → "join your call with their CFO". */
const promise = (text: string) => text.trim().replace(/^I(?:['’]ll| will)\s+/i, '').replace(/[.!]+$/, '');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const preferenceWords = (p: { preference: 'public' | 'private' | 'none'; name: string }) =>
  p.preference === 'private' ? `privately, as ${p.name} prefers` : `in front of the team, as ${p.name} likes it`;

export const board = {
  'board.title.self': 'Your team',
  'board.title.generic': 'Team goals',
  'board.title.other': (p: { name: string }) => `${p.name}’s team`,
  'board.period': (p: { period: string }) => `This period: ${p.period}`,
  'board.loading': 'Loading your team…',
  'board.notManager': 'This view is for managers.',
  'board.notManager.hint': 'It shows a manager each direct report’s goals, pace, check-ins and recognition, so they can review them together.',
  'board.empty': 'No direct reports',
  'board.empty.hint': 'People who report to you will appear here, with the goals they share with you.',
  'board.updated': (p: { atRisk: number; attainment: string }) => `Team figures updated: ${p.attainment} of quota, ${p.atRisk} at risk.`,

  'board.summary.label': 'Team summary',
  'board.summary.attainment': 'Team attainment',
  'board.summary.attainment.detail': (p: { booked: string; quota: string }) => `${p.booked} of ${p.quota}`,
  'board.summary.noPlans': 'No plans shared',
  'board.summary.pace': 'Pace',
  'board.summary.pace.value': (p: { ahead: number; behind: number }) => `${p.ahead} ahead · ${p.behind} behind`,
  'board.summary.atRisk': 'At risk',
  'board.summary.checkIns': 'Check-ins overdue',
  'board.summary.commitments': (p: { name?: string }) => (p.name ? `${p.name}’s open commitments` : 'Your open commitments'),
  'board.summary.commitments.overdue': (p: { count: number }) => `${p.count} overdue`,

  'board.filter.atRisk': (p: { count: number }) => `Only reps at risk (${p.count})`,
  'board.showing': (p: { shown: number; total: number }) => `Showing ${p.shown} of ${p.total} reps.`,
  'board.noneAtRisk': 'Nobody is at risk right now. Show everyone to review the whole team.',
  'board.keyboardHint': 'Use ↑ and ↓ to move between reps, Enter to open one, Escape to close.',
  'board.caption': (p: { team: string }) => `${p.team}: one row per direct report`,

  'board.col.rep': 'Rep',
  'board.col.attainment': 'Attainment',
  'board.col.goals': 'Goals',
  'board.col.driver': 'Driver',
  'board.col.checkIn': 'Last check-in',
  'board.col.recognition': 'Last recognition',
  'board.col.risk': 'Risk',
  'board.col.commitments': (p: { name?: string }) => (p.name ? `${p.name}’s commitments` : 'Your commitments'),
  'board.col.nextStep': 'Next step',
  'board.sorted': (p: { column: string; direction: 'ascending' | 'descending' }) => `Sorted by ${p.column}, ${p.direction}.`,

  'board.attainment.label': (p: { name: string }) => `${p.name}’s quota attainment`,
  'board.attainment.text': (p: { percent: string; booked: string; quota: string; expected: string; pace: string }) =>
    `${p.percent} of quota, ${p.booked} of ${p.quota}; ${p.expected} expected by today; ${p.pace}.`,
  'board.pace.ahead': (p: { amount: string }) => `ahead by ${p.amount}`,
  'board.pace.behind': (p: { amount: string }) => `behind by ${p.amount}`,
  'board.pace.on': 'on pace',
  'board.noPlan': 'No plan shared',

  'board.goal.summary': (p: { category: string }) => `${p.category} goal`,
  'board.goal.summaryTag': '(summary)',
  'board.goal.noTarget': 'not a money goal',
  'board.goal.none': 'No goals shared',
  'board.goal.inactive': (p: { count: number }) => `+${p.count} not active`,

  'board.driver.money': 'Money',
  'board.driver.winning': 'Winning',
  'board.driver.recognition': 'Recognition',
  'board.driver.growth': 'Growth',
  'board.driver.purpose': 'Purpose',
  'board.driver.none': 'Not shared yet',

  'board.days.today': 'Today',
  'board.days.yesterday': 'Yesterday',
  'board.days.ago': (p: { days: number }) => `${days(p.days)} ago`,
  'board.checkIn.never': 'None yet',
  'board.checkIn.flag': (p: { days: number }) => `past the ${p.days}-day rhythm`,
  'board.recognition.none': 'None this year',
  'board.recognition.flag': (p: { days: number }) => `over ${p.days} days`,
  'board.recognition.prefersNone': 'Prefers no recognition',
  'board.recognition.prefersPrivate': 'prefers private',

  'board.risk.behind-pace': 'Behind pace',
  'board.risk.no-check-in': (p: { days?: number }) => (p.days === undefined ? 'No check-in yet' : `No check-in for ${days(p.days)}`),
  'board.risk.low-confidence': (p: { confidence: number }) => `Confidence ${p.confidence}/5 at last check-in`,
  'board.risk.milestone-overdue': (p: { days: number }) => `Milestone overdue by ${days(p.days)}`,
  'board.risk.milestone-due': (p: { days: number }) => (p.days === 0 ? 'Milestone due today' : `Milestone due in ${days(p.days)}`),
  'board.risk.no-recognition': (p: { days?: number }) => (p.days === undefined ? 'Not recognised this year' : `Not recognised for ${days(p.days)}`),
  'board.risk.join': (p: { items: string[] }) => p.items.map((item, i) => (i === 0 ? item : lowerFirst(item))).join(', '),
  'board.risk.none': 'On track',

  'board.commitment': (p: { text: string; name?: string }) => `${p.name ? `${p.name} promised` : 'You promised'}: ${promise(p.text)}`,
  'board.commitment.overdue': (p: { days: number }) => `overdue by ${days(p.days)}`,
  'board.commitment.dueToday': 'due today',
  'board.commitment.dueIn': (p: { days: number }) => `due in ${days(p.days)}`,
  'board.commitment.noDate': 'no date set',
  'board.commitment.more': (p: { count: number }) => `+${p.count} more`,
  'board.commitment.none': 'None open',

  'board.step.money-goal': (p: { deal: string; percent: string; title: string }) => `A ${p.deal} deal funds ${p.percent} of “${p.title}”.`,
  'board.step.money-commission': (p: { deal: string; commission: string; name: string }) => `A ${p.deal} deal pays ${p.name} about ${p.commission} in commission — show the math.`,
  'board.step.money-talk': (p: { name: string }) => `Talk through what the next deal would mean for ${p.name}.`,
  'board.step.winning-unlock': (p: { amount: string; multiplier: string }) => `${p.amount} more unlocks ×${p.multiplier} — set a two-week sprint.`,
  'board.step.winning-top': (p: { name: string }) => `Top tier reached — challenge ${p.name} to beat their best quarter.`,
  'board.step.winning-sprint': (p: { name: string }) => `Set ${p.name} a two-week stretch target.`,
  'board.step.recognition-win': (p: { name: string; win: string; preference: 'public' | 'private' | 'none' }) =>
    p.preference === 'none'
      ? `Tell ${p.name} what worked in the ${p.win} deal — one-to-one, no shout-out.`
      : `Recognise ${p.name}’s ${p.win} win — ${preferenceWords(p)}.`,
  'board.step.recognition-effort': (p: { name: string; preference: 'public' | 'private' | 'none' }) =>
    p.preference === 'none'
      ? `Tell ${p.name} one thing that went well this period — one-to-one, no shout-out.`
      : `Recognise ${p.name}’s effort this period — ${preferenceWords(p)}.`,
  'board.step.growth-blocker': (p: { name: string; blocker: string }) => `Coach ${p.name} through the blocker: “${p.blocker}”`,
  'board.step.growth-pipeline': (p: { name: string }) => `Review ${p.name}’s pipeline together and pick one skill to work on this week.`,
  'board.step.growth-stretch': (p: { name: string }) => `Give ${p.name} a deal slightly above their level, and debrief it together.`,
  'board.step.purpose-goal': (p: { name: string; title: string }) => `Connect this quarter to why ${p.name} wrote “${p.title}”.`,
  'board.step.purpose-customer': (p: { name: string; win?: string }) =>
    p.win ? `Share what the ${p.win} deal does for that customer with ${p.name}.` : `Share a customer story that shows ${p.name} why the work matters.`,
  'board.step.ask-driver': (p: { name: string }) => `Ask ${p.name} what drives them — no motivation profile yet.`,

  'board.detail.label': (p: { name: string }) => `${p.name}: goals, quota and check-ins`,
  'board.detail.close': (p: { name: string }) => `Close ${p.name}’s details`,
  'board.detail.coaching': 'How to coach me',
  'board.detail.goals': 'Goals shared with you',
  'board.detail.noGoals': (p: { name: string }) => `${p.name} hasn’t shared a goal with you.`,
  'board.detail.quota': 'Quota',
  'board.detail.checkIns': 'Check-ins',
  'board.detail.loading': 'Loading goals, quota and check-ins…',
  'board.detail.unavailable': 'The goals, quota and check-ins could not be loaded. Check your connection and try again.',
} as const;
