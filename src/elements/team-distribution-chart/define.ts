import { define } from '../../define.js';
import { TeamDistributionChart } from './team-distribution-chart.js';

define('team-distribution-chart', TeamDistributionChart);

declare global {
  interface HTMLElementTagNameMap {
    'team-distribution-chart': TeamDistributionChart;
  }
}
