import { define } from '../../define.js';
import { MotivationProfileElement } from './motivation-profile.js';

define('motivation-profile', MotivationProfileElement);

declare global {
  interface HTMLElementTagNameMap {
    'motivation-profile': MotivationProfileElement;
  }
}
