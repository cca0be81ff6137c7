/**
 * The attainment chart as chart.js draws it: cumulative bookings, the pace line and one
 * horizontal line per tier threshold, over the days of the period. The same rows feed the
 * element's data table, so the two can never disagree.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartTheme } from '../../controllers/chart-controller.js';
import { withAlpha } from '../../controllers/chart-controller.js';
import { toMajor } from '../../core/money.js';
import type { AttainmentSeries } from '../../core/distribution.js';

export interface AttainmentChartWords {
  booked: string;
  pace: string;
  threshold: (index: number) => string;
  /** A short date for the x axis. */
  day: (date: string) => string;
  /** An amount, in major units, for the y axis and tooltips. */
  money: (major: number, compact: boolean) => string;
}

/** What each line plots, in major units, aligned with `series.days`. */
export function attainmentLines(series: AttainmentSeries): { booked: Array<number | null>; pace: number[]; thresholds: number[] } {
  return {
    booked: series.days.map((day) => (day.booked ? toMajor(day.booked) : null)),
    pace: series.days.map((day) => toMajor(day.pace)),
    thresholds: series.thresholds.map((threshold) => toMajor(threshold.bookings)),
  };
}

export function attainmentChartConfig(series: AttainmentSeries, theme: ChartTheme, words: AttainmentChartWords): ChartConfiguration<'line'> {
  const lines = attainmentLines(series);
  const labels = series.days.map((day) => words.day(day.date));
  const thresholdColours = [theme.warning, theme.positive, theme.danger];
  return {
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: words.booked,
          data: lines.booked,
          borderColor: theme.accent,
          backgroundColor: withAlpha(theme.accent, 0.14),
          fill: 'origin',
          stepped: true,
          borderWidth: 2.5,
          pointRadius: 0,
          pointHitRadius: 6,
          spanGaps: false,
        },
        {
          label: words.pace,
          data: lines.pace,
          borderColor: theme.muted,
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 0,
          pointHitRadius: 6,
          fill: false,
        },
        ...lines.thresholds.map((value, index) => ({
          label: words.threshold(index),
          data: labels.map(() => value),
          borderColor: thresholdColours[index % thresholdColours.length]!,
          borderDash: [2, 3],
          borderWidth: 1.5,
          pointRadius: 0,
          pointHitRadius: 0,
          fill: false,
        })),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: theme.reducedMotion ? false : { duration: 400 },
      interaction: { mode: 'index', intersect: false },
      color: theme.text,
      font: { family: theme.font },
      scales: {
        x: {
          ticks: { color: theme.muted, autoSkip: true, maxTicksLimit: 7, maxRotation: 0 },
          grid: { display: false },
          border: { color: theme.border },
        },
        y: {
          beginAtZero: true,
          ticks: { color: theme.muted, callback: (value) => words.money(Number(value), true) },
          grid: { color: withAlpha(theme.border, 0.6) },
          border: { display: false },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: theme.text, boxWidth: 14, boxHeight: 2, font: { family: theme.font } } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${words.money(Number(item.parsed.y), false)}`,
          },
        },
      },
    },
  };
}
