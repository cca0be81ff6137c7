/**
 * Strings motivation-profile shows only once the rep saves: problems to fix, "Saved.", and the
 * question when the profile changed elsewhere. They load with the part that checks and saves
 * (see `src/elements/motivation-profile/profile-editor.ts`): a page that only reads a profile
 * never downloads them.
 */
export const profileEditor = {
  'profile.saved': 'Saved.',
  'profile.problems': (p: { count: number }) => (p.count === 1 ? 'Fix one thing before saving:' : `Fix ${p.count} things before saving:`),
  'profile.conflict': 'Your profile changed somewhere else since you opened it. Keeping yours saves what you changed and keeps the other changes.',
  'profile.conflictReload': 'Load the saved version',
  'profile.conflictOverwrite': 'Keep mine and save',
} as const;
