/**
 * Ranking the five drivers by weight, and moving one up or down the ranking, as plain functions
 * (no Lit, no DOM). The stored profile holds weights only, so the order a rep sets with the move
 * buttons must be carried by the weights: a move swaps weights with the neighbour, and where the
 * two weigh the same it nudges one of them by a point so the order survives a reload.
 */
import { DRIVERS } from './types.js';
import type { Driver, Id, MotivationProfile, Draft } from './types.js';

export type DriverWeights = Record<Driver, number>;

/**
 * The drivers from heaviest to lightest. Equal weights keep the order of `tieOrder` (the order on
 * screen while editing; the canonical driver order otherwise, as `mainDriver` breaks ties).
 */
export function rankDrivers(weights: DriverWeights, tieOrder: readonly Driver[] = DRIVERS): Driver[] {
  const order = [...tieOrder, ...DRIVERS.filter((d) => !tieOrder.includes(d))];
  return order.sort((a, b) => weightOf(weights, b) - weightOf(weights, a));
}

function weightOf(weights: DriverWeights, driver: Driver): number {
  const value = weights[driver];
  return Number.isFinite(value) ? value : 0;
}

/** A weight as stored: a whole number from 0 to 100. */
export function clampWeight(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}

export interface Ranking {
  weights: DriverWeights;
  order: Driver[];
}

/**
 * Moves `driver` one place up (`-1`) or down (`1`) in `order`. Different weights swap; equal
 * weights are split by one point where that keeps every neighbour in place. Where no point is
 * free (three or more drivers weigh the same), only the order on screen changes.
 */
export function moveDriver(weights: DriverWeights, order: readonly Driver[], driver: Driver, by: -1 | 1): Ranking {
  const index = order.indexOf(driver);
  const target = index + by;
  if (index < 0 || target < 0 || target >= order.length) return { weights: { ...weights }, order: [...order] };
  const neighbour = order[target]!;
  const next = { ...weights };
  const mine = weightOf(weights, driver);
  const theirs = weightOf(weights, neighbour);
  if (mine !== theirs) {
    next[driver] = theirs;
    next[neighbour] = mine;
  } else {
    // After the move: [beyond] driver neighbour [behind] (reading in the direction of travel).
    const beyond = order[target + by];
    const behind = order[index - by];
    const up = by < 0;
    // One point more for the driver moving up (less moving down), or one less for the neighbour.
    const mineNudged = up ? mine + 1 : mine - 1;
    const theirsNudged = up ? theirs - 1 : theirs + 1;
    const fitsBeyond = (value: number) => beyond === undefined || (up ? weightOf(weights, beyond) >= value : weightOf(weights, beyond) <= value);
    const fitsBehind = (value: number) => behind === undefined || (up ? weightOf(weights, behind) <= value : weightOf(weights, behind) >= value);
    if (mineNudged >= 0 && mineNudged <= 100 && fitsBeyond(mineNudged)) next[driver] = mineNudged;
    else if (theirsNudged >= 0 && theirsNudged <= 100 && fitsBehind(theirsNudged)) next[neighbour] = theirsNudged;
  }
  const moved = [...order];
  moved[index] = neighbour;
  moved[target] = driver;
  return { weights: next, order: moved };
}

/** The drivers that count at all (weight above 0), heaviest first. */
export function leadingDrivers(weights: DriverWeights): Driver[] {
  return rankDrivers(weights).filter((driver) => weightOf(weights, driver) > 0);
}

/**
 * A new profile for a rep who has none: a spread in the canonical order for the rep to rearrange,
 * and quiet preferences (private recognition, anonymous on leaderboards, no automatic
 * celebrations) until the rep says otherwise.
 */
export function newProfileDraft(ownerId: Id): Draft<MotivationProfile> {
  return {
    ownerId,
    drivers: { money: 60, winning: 55, recognition: 50, growth: 45, purpose: 40 },
    recognitionPreference: 'private',
    leaderboard: 'anonymous',
    autoCelebrate: false,
    coachingNote: '',
  };
}
