import { define } from '../../define.js';
import { CommissionWhatIf } from './commission-what-if.js';

define('commission-what-if', CommissionWhatIf);

declare global {
  interface HTMLElementTagNameMap {
    'commission-what-if': CommissionWhatIf;
  }
}
