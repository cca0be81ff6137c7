/**
 * The confidence scale of a check-in, 1 (not at all) to 5 (certain): the dots each check-in
 * shows and the choices of the form. A module of its own, so the form (loaded on first use)
 * shares it with the timeline without pulling in how the timeline is read.
 */
import type { CheckIn } from '../../core/types.js';

export type Confidence = CheckIn['confidence'];
export const CONFIDENCES: readonly Confidence[] = [1, 2, 3, 4, 5];
