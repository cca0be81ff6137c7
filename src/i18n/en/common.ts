/** Strings shared by every element. */
export const common = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.delete': 'Delete',
  'common.edit': 'Edit',
  'common.close': 'Close',
  'common.error': (p: { message: string }) => `Something went wrong: ${p.message}`,
  'common.notFound': 'This could not be found, or it is not shared with you.',
  'common.you': 'You',
} as const;
