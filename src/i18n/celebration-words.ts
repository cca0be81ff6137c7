/**
 * The words of automatic celebrations in one language, for `celebrations()` in core: percentages
 * and multipliers as the language writes them, German and Arabic from their catalogs (load them
 * first with `loadMessages`), English otherwise.
 */
import type { CelebrationWords } from '../core/celebrations.js';
import { celebrate } from './en/celebrations.js';
import type { translate as Translator } from './messages.js';

/**
 * The page's `translate`, handed in: importing the i18n modules the page already holds from this
 * lazily loaded code would make the bundler split the page's shared chunks, for bytes on every page.
 */
type Translate = typeof Translator;

export function celebrationWords(locale: string, translate: Translate): CelebrationWords {
  // Intl directly rather than format.js, for the same reason; a celebration is written rarely.
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(locale);
  return {
    tier: ({ name, share, period, multiplier }) =>
      translate(locale, 'celebrate.tier', celebrate, { name, share: percent.format(share), period, multiplier: number.format(multiplier) }),
    goalAchieved: ({ name, goal }) =>
      goal === undefined ? translate(locale, 'celebrate.goal.unnamed', celebrate, { name }) : translate(locale, 'celebrate.goal', celebrate, { name, goal }),
    milestone: ({ name, goal, milestone }) =>
      goal === undefined || milestone === undefined
        ? translate(locale, 'celebrate.milestone.unnamed', celebrate, { name })
        : translate(locale, 'celebrate.milestone', celebrate, { name, goal, milestone }),
  };
}
