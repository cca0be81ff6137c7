/**
 * The typed errors of `src/core/errors.ts`, by code, as other languages show them inside
 * "Something went wrong: …" and "Not saved: …". English shows each error's own message instead,
 * which is more specific ("This device is offline."); these say what it means, for translators.
 */
export const errors = {
  'error.not-found': 'This could not be found, or it is not shared with you.',
  'error.conflict': 'This was changed elsewhere in the meantime.',
  'error.conflict.deleted': 'This was deleted elsewhere in the meantime.',
  'error.validation': 'Some of what was entered needs fixing first.',
  'error.invalid-input': 'This record is damaged and cannot be shown.',
  'error.unavailable': 'Storage is unavailable right now.',
  'error.quota-exceeded': 'The browser has no room left to save this. Nothing already saved was lost.',
  'error.permission': 'You may not do that.',
  'error.currency-mismatch': (p: { left: string; right: string }) => `Cannot combine ${p.left} and ${p.right} without an exchange rate.`,
} as const;
