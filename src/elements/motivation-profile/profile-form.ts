/**
 * The rep's profile as the form holds it while they change it, shared by motivation-profile (which
 * shows the form) and its editing part (which checks and saves it).
 */
import { rankDrivers } from '../../core/motivation.js';
import type { DriverWeights } from '../../core/motivation.js';
import type { Driver, LeaderboardPresence, MotivationProfile, RecognitionPreference } from '../../core/types.js';

export interface ProfileFormState {
  weights: DriverWeights;
  /** The ranking on screen: heaviest first, ties in the order the rep left them. */
  order: Driver[];
  recognitionPreference: RecognitionPreference;
  leaderboard: LeaderboardPresence;
  autoCelebrate: boolean;
  coachingNote: string;
}

/** What a summary needs of a profile: a stored one, or the form as it stands. */
export type ProfileFacts = Pick<MotivationProfile, 'drivers' | 'recognitionPreference' | 'leaderboard' | 'autoCelebrate' | 'coachingNote'>;

export function formFrom(profile: ProfileFacts): ProfileFormState {
  return {
    weights: { ...profile.drivers },
    order: rankDrivers(profile.drivers),
    recognitionPreference: profile.recognitionPreference,
    leaderboard: profile.leaderboard,
    autoCelebrate: profile.autoCelebrate,
    coachingNote: profile.coachingNote,
  };
}
