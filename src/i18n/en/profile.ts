/** Strings of the profile element(s). */
export const profile = {
} as const;
