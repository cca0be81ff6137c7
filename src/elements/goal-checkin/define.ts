import { define } from '../../define.js';
import { GoalCheckin } from './goal-checkin.js';

define('goal-checkin', GoalCheckin);

declare global {
  interface HTMLElementTagNameMap {
    'goal-checkin': GoalCheckin;
  }
}
