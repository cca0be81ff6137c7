/** Strings of the checkin element(s). */
export const checkin = {
} as const;
