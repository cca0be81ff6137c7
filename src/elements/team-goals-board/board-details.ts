/**
 * The elements inside a rep's opened details on team-goals-board: their goal cards, compact quota
 * meter and check-ins. Lazy: these three weigh more than the board itself, and a Monday review
 * scans the rows and opens a few reps at most, so the board loads this with the first opened row
 * (or once the page is idle). Each element's tag comes from the board's registry, so the details
 * work in a scoped custom element registry too.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { tagFor } from '../../define.js';
import { GoalCard } from '../goal-card/goal-card.js';
import { QuotaToGoalMeter } from '../quota-to-goal-meter/quota-to-goal-meter.js';
import { GoalCheckin } from '../goal-checkin/goal-checkin.js';
import type { GoalLine } from '../../core/team-review.js';
import type { Id, Viewer } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';

export { GoalCard, QuotaToGoalMeter, GoalCheckin };

/**
 * What the nested elements take from the board. Storage and viewer are the board's own (maybe
 * unset): unset, the elements read the provider's through context, as the board does.
 */
export interface NestedContext {
  registry: CustomElementRegistry;
  /** The level of each nested element's main heading. */
  headingLevel: number;
  storage?: StorageAdapter;
  viewer?: Viewer;
  theme?: 'light' | 'dark';
}

/** The rep's shared goals, one card each. */
export function goalCards(goals: readonly GoalLine[], context: NestedContext): TemplateResult {
  const tag = unsafeStatic(tagFor(GoalCard, 'goal-card', context.registry));
  return html`<div class="cards">${repeat(goals, (line) => line.goal.id, (line) => staticHtml`<${tag} heading-level=${context.headingLevel} .goal=${line.goal} .storage=${context.storage} .viewer=${context.viewer} theme=${context.theme ?? nothing}></${tag}>`)}</div>`;
}

/** The rep's quota-to-goal meter, compact. */
export function quotaMeter(personId: Id, context: NestedContext): TemplateResult {
  const tag = unsafeStatic(tagFor(QuotaToGoalMeter, 'quota-to-goal-meter', context.registry));
  return staticHtml`<${tag} heading-level=${context.headingLevel} person-id=${personId} variant="compact" .storage=${context.storage} .viewer=${context.viewer} theme=${context.theme ?? nothing}></${tag}>`;
}

/** The rep's check-ins. */
export function checkins(personId: Id, context: NestedContext): TemplateResult {
  const tag = unsafeStatic(tagFor(GoalCheckin, 'goal-checkin', context.registry));
  return staticHtml`<${tag} heading-level=${context.headingLevel} person-id=${personId} .storage=${context.storage} .viewer=${context.viewer} theme=${context.theme ?? nothing}></${tag}>`;
}
