import { define } from '../../define.js';
import { QuotaToGoalMeter } from './quota-to-goal-meter.js';

define('quota-to-goal-meter', QuotaToGoalMeter);

declare global {
  interface HTMLElementTagNameMap {
    'quota-to-goal-meter': QuotaToGoalMeter;
  }
}
