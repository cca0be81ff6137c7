import { define } from '../../define.js';
import { AttainmentChart } from './attainment-chart.js';

define('attainment-chart', AttainmentChart);

declare global {
  interface HTMLElementTagNameMap {
    'attainment-chart': AttainmentChart;
  }
}
