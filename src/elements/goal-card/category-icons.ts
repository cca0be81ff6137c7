import type { GoalCategory } from '../../core/types.js';

/** The emoji beside each goal category, wherever a goal is named: the card, its form, the board. */
export const CATEGORY_ICONS: Record<GoalCategory, string> = {
  home: '🏡',
  family: '👪',
  travel: '✈️',
  financial: '💰',
  health: '💪',
  learning: '📚',
  experience: '🎟️',
  giving: '🤝',
  other: '⭐',
};
