import { define } from '../../define.js';
import { GoalCard } from './goal-card.js';

define('goal-card', GoalCard);

declare global {
  interface HTMLElementTagNameMap {
    'goal-card': GoalCard;
  }
}
