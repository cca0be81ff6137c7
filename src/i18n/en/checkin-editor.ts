/**
 * Strings of goal-checkin's form for a new check-in. They load with the form (see
 * `src/elements/goal-checkin/checkin-editor.ts`): a page that only shows check-ins never
 * downloads them.
 */
export const checkinEditor = {
  'checkin.span.weekly': 'a week',
  'checkin.span.biweekly': 'two weeks',
  'checkin.span.monthly': 'a month',
  'checkin.span.quarterly': 'a quarter',

  'checkin.form.title': 'New check-in',
  'checkin.field.note.rep': 'How is it going?',
  'checkin.field.note.manager': (p: { name: string }) => `How is it going for ${p.name}?`,
  'checkin.field.confidence.rep.goal': 'How sure are you of reaching this goal?',
  'checkin.field.confidence.rep.general': 'How confident do you feel right now?',
  'checkin.field.confidence.manager.goal': (p: { name: string }) => `How sure is ${p.name} of reaching this goal?`,
  'checkin.field.confidence.manager.general': (p: { name: string }) => `How confident does ${p.name} feel right now?`,
  'checkin.field.blockers': 'What is in the way? (optional)',
  'checkin.field.commitment': 'What I’ll do to help (optional)',
  'checkin.field.commitment.help': (p: { name: string }) => `${p.name} sees this and can hold you to it.`,
  'checkin.field.commitmentDueOn': 'Do it by (optional)',
  'checkin.field.nextDueOn': 'Next check-in',
  'checkin.field.nextDueOn.help': (p: { span: string }) => `Set ${p.span} from today by the review rhythm. Change it if you agreed on another day.`,
  'checkin.save': 'Save check-in',
  'checkin.saved': (p: { date: string }) => `Check-in saved. The next one is due ${p.date}.`,
  'checkin.saveFailed': (p: { message: string }) => `Not saved: ${p.message} Your check-in is still in the form.`,
  'checkin.problems': (p: { count: number }) => (p.count === 1 ? 'Fix one thing before saving:' : `Fix ${p.count} things before saving:`),
  'checkin.noViewer': 'Sign in to log a check-in.',
} as const;
