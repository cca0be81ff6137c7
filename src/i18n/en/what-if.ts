/** Strings of the what-if element(s). */
export const whatIf = {
} as const;
