/**
 * What Angular's template type checker sees. With `strictTemplates` it turns each element of a
 * template into `document.createElement('<tag>')` (so `HTMLElementTagNameMap` gives `#ref`s their
 * class) and each `(event)="handler($event)"` into a call of that element's `addEventListener`
 * (so the element's event map gives `$event` its type). These lines are that generated code,
 * written by hand: if a tag or an event falls out of the global maps, they stop compiling.
 * Property bindings such as `[goalId]` are not type-checked by Angular on custom elements.
 */
import type {} from 'goalpost/define';
import type { GoalpostEvents, GoalpostTag, GoalpostTagClasses } from '../../../src/types/elements.js';
import type { PersonalGoal, Recognition, CheckIn } from 'goalpost';

// <goal-card #card (goalpost-goal-save)="onSave($event.detail.goal)" (goalpost-goal-delete)="onDelete($event.detail.goalId)">
const card = document.createElement('goal-card');
card.addEventListener('goalpost-goal-save', ($event) => {
  const goal: PersonalGoal = $event.detail.goal;
  const created: boolean = $event.detail.created;
  console.log(goal.title, created, card.goalId);
});
card.addEventListener('goalpost-goal-delete', ($event) => console.log($event.detail.goalId.length));

// <recognition-feed (goalpost-recognition-post)="posted($event.detail)">
document.createElement('recognition-feed').addEventListener('goalpost-recognition-post', ($event) => {
  const post: Recognition = $event.detail;
  console.log(post.message);
});
document.createElement('goal-checkin').addEventListener('goalpost-checkin-save', ($event) => {
  const saved: CheckIn = $event.detail;
  console.log(saved.confidence);
});
document.createElement('goal-checkin').addEventListener('goalpost-checkin-acknowledge', ($event) => console.log($event.detail.id));
document.createElement('motivation-profile').addEventListener('goalpost-profile-save', ($event) => console.log($event.detail.profile.drivers));
document.createElement('team-goals-board').addEventListener('goalpost-rep-open', ($event) => console.log($event.detail.personId));
document.createElement('team-goals-board').addEventListener('goalpost-rep-close', ($event) => console.log($event.detail.personId));
document.createElement('commission-what-if').addEventListener('goalpost-whatif-change', ($event) => console.log($event.detail.gain.amount));
document.createElement('goalpost-sync-status').addEventListener('goalpost-sync-resolve', ($event) => console.log($event.detail.choice));
document.createElement('goalpost-provider').addEventListener('goalpost-viewer-change', ($event) => console.log($event.detail.viewer?.role));
document.createElement('goalpost-provider').addEventListener('goalpost-storage-fallback', ($event) => console.log($event.detail.reason));
// Events bubble: the provider (or any ancestor) hears the elements' events, typed the same.
document.createElement('goalpost-provider').addEventListener('goalpost-goal-save', ($event) => console.log($event.detail.goal.id));

// #ref variables get the element's class.
const meter = document.createElement('quota-to-goal-meter');
meter.variant = 'compact';

// Mistakes the checker reports in a template.
// @ts-expect-error (goalpost-goal-save)="x($event.detail.goal.nickname)": no such field
card.addEventListener('goalpost-goal-save', ($event) => console.log($event.detail.goal.nickname));
// @ts-expect-error (goalpost-whatif-change)="x($event.detail.gain + 1)": gain is money
document.createElement('commission-what-if').addEventListener('goalpost-whatif-change', ($event) => Math.round($event.detail.gain));
// @ts-expect-error #meter.variant = 'huge'
meter.variant = 'huge';

/** Every tag is in HTMLElementTagNameMap as its own class; every event of a tag is in that element's event map. */
type TagsRegistered = { [T in GoalpostTag]: HTMLElementTagNameMap[T] extends GoalpostTagClasses[T] ? true : false };
type EventsTyped = {
  [T in GoalpostTag]: {
    [E in keyof GoalpostEvents[T]]: E extends keyof HTMLElementEventMap ? (HTMLElementEventMap[E] extends GoalpostEvents[T][E] ? true : false) : false;
  };
};
type AllTrue<M> = M extends Record<string, true | Record<string, true>> ? true : false;
export const tagsRegistered: AllTrue<TagsRegistered> = true;
export const eventsTyped: AllTrue<EventsTyped> = true;
