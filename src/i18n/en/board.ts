/** Strings of the board element(s). */
export const board = {
} as const;
