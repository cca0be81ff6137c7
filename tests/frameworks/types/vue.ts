/**
 * Compile-time checks of `goalpost/vue` as Vue's template checker reads it: each tag is a global
 * component whose `$props` are the bindings it takes and whose `$emit` lists the events it fires.
 * `h()` checks the same props when handed a tag typed as that component.
 */
import type {} from 'goalpost/vue';
import { h } from 'vue';
import type { GlobalComponents } from 'vue';
import type { CheckIn, PersonalGoal, StorageAdapter } from 'goalpost';

declare const storage: StorageAdapter;
declare const goal: PersonalGoal;
declare const saveEvent: GlobalEventHandlersEventMap['goalpost-goal-save'];
declare const postEvent: GlobalEventHandlersEventMap['goalpost-recognition-post'];

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
type Emit<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$emit'];

/** A tag name typed as the component the template checker sees, so that `h()` checks its props. */
function tag<Tag extends keyof GlobalComponents>(name: Tag): GlobalComponents[Tag] {
  return name as unknown as GlobalComponents[Tag];
}

// Bindings a template may write: properties, attribute spellings, HTML attributes, Vue's own.
export const card: Props<'goal-card'> = {
  goalId: 'g-lake-house',
  'goal-id': 'g-lake-house',
  goal,
  storage,
  variant: 'compact',
  mode: 'view',
  theme: 'dark',
  class: ['wide', { active: true }],
  style: { maxWidth: '40rem' },
  key: 'lake',
  onGoalpostGoalSave: (event) => console.log(event.detail.goal.title, event.detail.created),
  onGoalpostGoalDelete: (event) => console.log(event.detail.goalId),
};
export const provider: Props<'goalpost-provider'> = {
  storage: 'memory',
  'viewer-id': 'p-maya',
  'viewer-role': 'rep',
  dbName: 'crm',
  now: '2026-11-20',
  onGoalpostViewerChange: (event) => console.log(event.detail.viewer?.personId),
  // The provider hears every element's events: they bubble.
  onGoalpostRecognitionPost: (event) => console.log(event.detail.message),
};
export const feed: Props<'recognition-feed'> = { 'team-id': 't-east', pageSize: 10, 'hide-composer': true, suggestedValues: ['grit'] };
export const whatIf: Props<'commission-what-if'> = { personId: 'p-maya', deals: [{ amount: { amount: 1, currency: 'USD' }, closedOn: '2026-12-01' }] };
export const board: Props<'team-goals-board'> = { 'manager-id': 'p-dana', sortBy: 'risk', 'at-risk-only': true, onGoalpostRepOpen: (event) => console.log(event.detail.personId) };

// Events a template may listen to, with their CustomEvent.
declare const cardEmit: Emit<'goal-card'>;
cardEmit('goalpost-goal-save', saveEvent);
// @ts-expect-error the card fires no recognition event
cardEmit('goalpost-recognition-post', postEvent);
// @ts-expect-error a save event carries a goal, not a recognition
cardEmit('goalpost-goal-save', postEvent);
declare const checkinEmit: Emit<'goal-checkin'>;
checkinEmit('goalpost-checkin-save', new CustomEvent<CheckIn>('goalpost-checkin-save'));

// h() with a typed tag checks the same props.
export const vnode = h(tag('goal-card'), {
  goalId: 'g-lake-house',
  storage,
  onGoalpostGoalSave: (event) => console.log(event.detail.goal.title),
});

// Mistakes the types catch.
// @ts-expect-error a goal id is a string
export const wrongType: Props<'goal-card'> = { goalId: 42 };
// @ts-expect-error the attribute spelling is typed like its property
export const wrongAttribute: Props<'goal-card'> = { 'goal-id': 42 };
// @ts-expect-error misspelt property
export const misspelt: Props<'goal-card'> = { goalID: 'g-lake-house' };
// @ts-expect-error the storage kinds are indexeddb, memory and http
export const wrongKind: Props<'goalpost-provider'> = { storage: 'localstorage' };
// @ts-expect-error the saved goal has no such field
export const wrongDetail: Props<'goal-card'> = { onGoalpostGoalSave: (event) => console.log(event.detail.goal.nickname) };
// @ts-expect-error the what-if detail's gain is money, not a number
export const wrongMoney: Props<'commission-what-if'> = { onGoalpostWhatifChange: (event) => Math.round(event.detail.gain) };
// @ts-expect-error h() checks a typed tag's props too
export const wrongVnode = h(tag('quota-to-goal-meter'), { personId: 7 });
