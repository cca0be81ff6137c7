import { define } from '../../define.js';
import { GoalpostProvider } from './goalpost-provider.js';

define('goalpost-provider', GoalpostProvider);

declare global {
  interface HTMLElementTagNameMap {
    'goalpost-provider': GoalpostProvider;
  }
}
