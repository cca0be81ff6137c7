/**
 * Strings of goal-checkin. The rep is "you" when the rep is looking; otherwise sentences name
 * them. No pronouns are guessed: a person's record does not say which they use. The new
 * check-in form's own strings load with the form (`checkin-editor.ts` beside this file).
 */
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export const checkin = {
  'checkin.title.goal': (p: { title: string }) => `Check-ins · ${p.title}`,
  'checkin.title.person': (p: { name: string }) => `Check-ins with ${p.name}`,
  'checkin.title.self': 'Your check-ins',
  'checkin.with': (p: { name: string }) => `With ${p.name}`,
  'checkin.ownerGoal': (p: { name: string }) => `${p.name}’s goal`,
  'checkin.summaryGoal': (p: { category: string }) => `${p.category} goal`,
  'checkin.unknownGoal': 'A goal',
  'checkin.summaryNotice': 'Shared as a summary: the goal’s title and details stay with the rep.',

  'checkin.cadence.weekly': 'Reviewed every week',
  'checkin.cadence.biweekly': 'Reviewed every two weeks',
  'checkin.cadence.monthly': 'Reviewed every month',
  'checkin.cadence.quarterly': 'Reviewed every quarter',

  'checkin.due.upcoming': (p: { days: number }) => (p.days === 1 ? 'Due tomorrow' : `Due in ${days(p.days)}`),
  'checkin.due.today': 'Due today',
  'checkin.due.overdue': (p: { days: number }) => `Overdue by ${days(p.days)}`,
  'checkin.due.inactive': (p: { status: string }) => `No reviews due: the goal is ${p.status.toLowerCase()}`,
  'checkin.due.never': 'No check-in scheduled yet',
  'checkin.due.date': (p: { date: string }) => `Next check-in ${p.date}`,
  'checkin.last': (p: { relative: string }) => `Last check-in ${p.relative}`,

  'checkin.history': 'History',
  'checkin.showOlder': (p: { count: number }) => (p.count === 1 ? 'Show 1 older check-in' : `Show ${p.count} older check-ins`),
  'checkin.empty': 'No check-ins yet — the first one sets the rhythm',
  'checkin.observer': (p: { name: string }) => `Only ${p.name} and their manager write check-ins here.`,

  'checkin.new': 'Log a check-in',
  'checkin.confidence.1': 'Not at all',
  'checkin.confidence.2': 'Not very',
  'checkin.confidence.3': 'Somewhat',
  'checkin.confidence.4': 'Fairly',
  'checkin.confidence.5': 'Certain',

  'checkin.someone': 'Someone',
  'checkin.entry.about': (p: { goal: string }) => `About: ${p.goal}`,
  'checkin.entry.general': 'General check-in',
  'checkin.entry.confidence': (p: { n: number; word: string }) => `Confidence ${p.n} of 5 · ${p.word}`,
  'checkin.entry.note': 'Progress',
  'checkin.entry.blockers': 'In the way',
  'checkin.entry.commitment.you': 'What you’ll do to help',
  'checkin.entry.commitment.other': (p: { name: string }) => `What ${p.name} will do to help`,
  'checkin.commitment.by': (p: { date: string }) => `by ${p.date}`,
  'checkin.commitment.done': (p: { date: string }) => `Done ${p.date}`,
  'checkin.commitment.open': 'Not done yet',
  'checkin.commitment.dueToday': 'Due today',
  'checkin.commitment.overdue': (p: { date: string }) => `Not done, was due ${p.date}`,
  'checkin.commitment.markDone': 'Mark done',
  'checkin.commitment.markedDone': 'Commitment marked done.',
  'checkin.commitment.markedUndone': 'Commitment marked not done.',

  'checkin.ack.done': (p: { name: string; date: string }) => `Acknowledged by ${p.name} on ${p.date}`,
  'checkin.ack.doneByYou': (p: { date: string }) => `You acknowledged this on ${p.date}`,
  'checkin.ack.waiting': (p: { name: string }) => `Waiting for ${p.name} to acknowledge`,
  'checkin.ack.waitingYou': 'Waiting for you to acknowledge',
  'checkin.ack.button': 'Acknowledge',
  'checkin.ack.announced': 'Check-in acknowledged.',
  'checkin.updateFailed': (p: { message: string }) => `Not saved: ${p.message}`,
  'checkin.changedElsewhere': 'This check-in changed somewhere else; here is the latest. Try again if it still needs doing.',
  'checkin.newFrom': (p: { name: string }) => `New check-in from ${p.name}.`,
} as const;
