/** Strings of the charts element(s). */
export const charts = {
} as const;
