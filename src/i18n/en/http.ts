/** Strings of the http element(s). */
export const sync = {
} as const;
