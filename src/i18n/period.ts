/**
 * A plan period in the reader's language: "Q3 2026", "3. Quartal"-style wording comes from the
 * `common.period.*` messages, a month from Intl ("März 2026", "Mar 2026").
 */
import type { PeriodRange } from '../core/dates.js';
import { translate } from './messages.js';

export function periodText(period: Pick<PeriodRange, 'kind' | 'year' | 'index' | 'start'>, locale: string): string {
  if (period.kind === 'quarter') return translate(locale, 'common.period.quarter', {}, { n: period.index + 1, year: period.year });
  if (period.kind === 'year') return translate(locale, 'common.period.year', {}, { year: period.year });
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period.start}T00:00:00Z`));
}
