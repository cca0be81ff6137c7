/** Strings shared by every element. */
export const common = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.delete': 'Delete',
  'common.edit': 'Edit',
  'common.error': (p: { message: string }) => `Something went wrong: ${p.message}`,
  /** A part of an element that loads on first use (a form, a rep's details) could not be fetched. */
  'common.partUnavailable': 'That did not load. Check your connection and try again.',
  'common.notFound': 'This could not be found, or it is not shared with you.',
  'common.you': 'You',
  'common.fallbackTitle': 'Not saving.',
  'common.fallbackBody': 'This browser does not let this page keep data (private browsing or blocked site storage), so what you add here lasts only until you close the page.',
  /** A plan period, as `PeriodRange` describes it: `n` counts from 1 within the plan year `year` (named by the year it ends in). */
  'common.period.quarter': (p: { n: number; year: number }) => `Q${p.n} ${p.year}`,
  'common.period.year': (p: { year: number }) => `FY ${p.year}`,
} as const;
