/**
 * What automatic celebrations say. A post is written once, in the language of the page that
 * posts it (the rep's own), like anything a person posts.
 */
export const celebrate = {
  'celebrate.tier': (p: { name: string; share: string; period: string; multiplier: string }) =>
    `${p.name} just reached ${p.share} of ${p.period} quota — the ×${p.multiplier} tier is unlocked.`,
  'celebrate.goal': (p: { name: string; goal: string }) => `${p.name} achieved a personal goal: ${p.goal}. 🎉`,
  'celebrate.goal.unnamed': (p: { name: string }) => `${p.name} achieved a personal goal. 🎉`,
  'celebrate.milestone': (p: { name: string; goal: string; milestone: string }) => `${p.name} reached a milestone on “${p.goal}”: ${p.milestone}.`,
  'celebrate.milestone.unnamed': (p: { name: string }) => `${p.name} reached a milestone on a personal goal.`,
} as const;
