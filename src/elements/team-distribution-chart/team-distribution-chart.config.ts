/**
 * The team distribution as chart.js draws it: a histogram of reps by trailing-year bookings, and
 * a horizontal bar per rep of quota stretch with the "aspirational yet attainable" zone behind
 * the bars. The zone is a small inline plugin: it is a band across the plot, not data.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { ChartTheme } from '../../controllers/chart-controller.js';
import { withAlpha } from '../../controllers/chart-controller.js';
import { ATTAINABLE_STRETCH } from '../../core/distribution.js';
import type { Band, RepStretch, StretchVerdict } from '../../core/distribution.js';

export function histogramConfig(bands: readonly Band[], labels: readonly string[], theme: ChartTheme, words: { reps: string; band: string }): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: [...labels],
      datasets: [{
        label: words.reps,
        data: bands.map((band) => band.count),
        backgroundColor: withAlpha(theme.accent, 0.75),
        borderColor: theme.accent,
        borderWidth: 1,
        borderRadius: 4,
      }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: theme.reducedMotion ? false : { duration: 400 },
      color: theme.text,
      font: { family: theme.font },
      scales: {
        x: {
          title: { display: true, text: words.band, color: theme.muted },
          ticks: { color: theme.muted },
          grid: { display: false },
          border: { color: theme.border },
        },
        y: {
          beginAtZero: true,
          title: { display: true, text: words.reps, color: theme.muted },
          ticks: { color: theme.muted, precision: 0 },
          grid: { color: withAlpha(theme.border, 0.6) },
          border: { display: false },
        },
      },
      plugins: { legend: { display: false } },
    },
  };
}

export function verdictColour(verdict: StretchVerdict, theme: ChartTheme): string {
  return verdict === 'attainable' ? theme.positive : verdict === 'out-of-reach' ? theme.warning : theme.muted;
}

/** The attainable zone, shaded behind the bars between 1.0× and 1.3×, with its edges dashed. */
function zonePlugin(theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'goalpostStretchZone',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales['x'];
      if (!x || !chartArea) return;
      const from = x.getPixelForValue(ATTAINABLE_STRETCH.min);
      const to = x.getPixelForValue(ATTAINABLE_STRETCH.max);
      ctx.save();
      ctx.fillStyle = withAlpha(theme.positive, 0.12);
      ctx.fillRect(from, chartArea.top, to - from, chartArea.bottom - chartArea.top);
      ctx.strokeStyle = theme.positive;
      ctx.setLineDash([4, 4]);
      ctx.lineWidth = 1;
      for (const edge of [from, to]) {
        ctx.beginPath();
        ctx.moveTo(edge, chartArea.top);
        ctx.lineTo(edge, chartArea.bottom);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}

export function stretchConfig(
  reps: readonly RepStretch[],
  labels: readonly string[],
  theme: ChartTheme,
  words: { stretch: string; ratio: (value: number) => string; detail: (index: number) => string },
): ChartConfiguration<'bar'> {
  const largest = reps.reduce<number>((max, rep) => Math.max(max, rep.ratio), ATTAINABLE_STRETCH.max);
  return {
    type: 'bar',
    data: {
      labels: [...labels],
      datasets: [{
        label: words.stretch,
        data: reps.map((rep) => rep.ratio),
        backgroundColor: reps.map((rep) => withAlpha(verdictColour(rep.verdict, theme), 0.8)),
        borderColor: reps.map((rep) => verdictColour(rep.verdict, theme)),
        borderWidth: 1,
        borderRadius: 3,
        barPercentage: 0.8,
      }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: theme.reducedMotion ? false : { duration: 400 },
      color: theme.text,
      font: { family: theme.font },
      scales: {
        x: {
          min: 0,
          suggestedMax: Math.ceil((largest + 0.1) * 10) / 10,
          ticks: { color: theme.muted, callback: (value) => words.ratio(Number(value)) },
          grid: { color: withAlpha(theme.border, 0.6) },
          border: { color: theme.border },
        },
        y: {
          ticks: { color: theme.text, autoSkip: false },
          grid: { display: false },
          border: { color: theme.border },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => words.detail(item.dataIndex) } },
      },
    },
    plugins: [zonePlugin(theme)],
  };
}
