/**
 * JSX types for Goalpost's elements in React 19. Load them once in a project:
 *
 * ```ts
 * import type {} from 'goalpost/react';
 * ```
 *
 * React 19 sets a prop on a custom element as a property when the element has one of that name
 * (`goalId`, `storage`, `goal`), and as an attribute otherwise (`goal-id`). A prop named `on` plus
 * an event's exact name adds a listener for that event: `ongoalpost-goal-save` listens for
 * `goalpost-goal-save` (and `ongoalpost-goal-saveCapture` in the capture phase). A camel-cased
 * `onGoalpostGoalSave` would listen for an event called `GoalpostGoalSave`, which never fires,
 * so the types do not offer it.
 *
 * Only types are imported: nothing here reaches a bundle.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { GoalpostAttributes, GoalpostEvents, GoalpostProperties, GoalpostTag, GoalpostTagClasses, LoosePartial } from './elements.js';

/** `on<event-name>` props, with the listener typed by the event's `CustomEvent` and its `detail`. */
export type GoalpostReactEventProps<Events> = {
  [K in keyof Events & string as `on${K}`]?: ((event: Events[K]) => void) | undefined;
} & {
  [K in keyof Events & string as `on${K}Capture`]?: ((event: Events[K]) => void) | undefined;
};

/**
 * What a Goalpost tag takes in React: React's own props for any HTML element (`ref` typed as
 * the element's class, `key`, `children`, `className`, `style`, `id`, `slot`, `aria-*`, ...),
 * the element's properties, their attribute spellings, and its `goalpost-*` events.
 */
export type GoalpostReactProps<Tag extends GoalpostTag> = Omit<
  DetailedHTMLProps<HTMLAttributes<GoalpostTagClasses[Tag]>, GoalpostTagClasses[Tag]>,
  keyof GoalpostProperties[Tag] | keyof GoalpostAttributes[Tag]
> &
  LoosePartial<GoalpostProperties[Tag]> &
  LoosePartial<GoalpostAttributes[Tag]> &
  GoalpostReactEventProps<GoalpostEvents[Tag]>;

declare module 'react' {
  // React keeps its JSX types in a namespace; this adds Goalpost's tags to it.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'goalpost-provider': GoalpostReactProps<'goalpost-provider'>;
      'goal-card': GoalpostReactProps<'goal-card'>;
      'quota-to-goal-meter': GoalpostReactProps<'quota-to-goal-meter'>;
      'recognition-feed': GoalpostReactProps<'recognition-feed'>;
      'goal-checkin': GoalpostReactProps<'goal-checkin'>;
      'motivation-profile': GoalpostReactProps<'motivation-profile'>;
      'team-goals-board': GoalpostReactProps<'team-goals-board'>;
      'commission-what-if': GoalpostReactProps<'commission-what-if'>;
      'attainment-chart': GoalpostReactProps<'attainment-chart'>;
      'team-distribution-chart': GoalpostReactProps<'team-distribution-chart'>;
      'goalpost-sync-status': GoalpostReactProps<'goalpost-sync-status'>;
    }
  }
}
