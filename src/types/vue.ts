/**
 * Types for Goalpost's elements in Vue 3: templates checked by `vue-tsc` (or the Vue editor
 * extension) and TSX with `jsxImportSource: "vue"`. Load them once in a project:
 *
 * ```ts
 * import type {} from 'goalpost/vue';
 * ```
 *
 * Vue sets a binding on a custom element as a property when the element has one of that name
 * (`:goal-id` is an attribute, `:goalId` and `:goal` are properties; `.prop` forces a property).
 * `@goalpost-goal-save` in a template, and `onGoalpostGoalSave` in TSX or `h()`, listen for the
 * `goalpost-goal-save` event. Tell Vue's compiler the tags are custom elements so it does not
 * look for components of those names: `compilerOptions.isCustomElement`.
 *
 * Only types are imported: nothing here reaches a bundle.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { GoalpostAttributes, GoalpostEvents, GoalpostProperties, GoalpostTag, GoalpostTagClasses, LoosePartial } from './elements.js';

/** `goalpost-goal-save` → `GoalpostGoalSave`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** `onGoalpostGoalSave` props, as Vue spells listeners in TSX, `h()` and compiled templates. */
export type GoalpostVueEventProps<Events> = {
  [K in keyof Events & string as `on${Pascal<K>}`]?: ((event: Events[K]) => void) | undefined;
};

/** Everything a Goalpost tag takes in Vue: HTML attributes, the element's properties and attribute spellings, listeners. */
export type GoalpostVueProps<Tag extends GoalpostTag> = Omit<HTMLAttributes, keyof GoalpostProperties[Tag] | keyof GoalpostAttributes[Tag]> &
  LoosePartial<GoalpostProperties[Tag]> &
  LoosePartial<GoalpostAttributes[Tag]> &
  GoalpostVueEventProps<GoalpostEvents[Tag]>;

/**
 * A Goalpost tag as Vue's template checker sees a component: it reads the bindings a tag takes
 * from `$props` and the events it fires from `$emit`. Neither exists on the element itself.
 */
export type GoalpostVueElement<Tag extends GoalpostTag> = new () => GoalpostTagClasses[Tag] & {
  /** @deprecated Template type checking only: the element has no `$props`. */
  $props: GoalpostVueProps<Tag> & PublicProps;
  /** @deprecated Template type checking only: the element has no `$emit`. */
  $emit: EmitFn<{ [K in keyof GoalpostEvents[Tag]]: (event: GoalpostEvents[Tag][K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'goalpost-provider': GoalpostVueElement<'goalpost-provider'>;
    'goal-card': GoalpostVueElement<'goal-card'>;
    'quota-to-goal-meter': GoalpostVueElement<'quota-to-goal-meter'>;
    'recognition-feed': GoalpostVueElement<'recognition-feed'>;
    'goal-checkin': GoalpostVueElement<'goal-checkin'>;
    'motivation-profile': GoalpostVueElement<'motivation-profile'>;
    'team-goals-board': GoalpostVueElement<'team-goals-board'>;
    'commission-what-if': GoalpostVueElement<'commission-what-if'>;
    'attainment-chart': GoalpostVueElement<'attainment-chart'>;
    'team-distribution-chart': GoalpostVueElement<'team-distribution-chart'>;
    'goalpost-sync-status': GoalpostVueElement<'goalpost-sync-status'>;
  }

  /** Vue's TSX (`vue/jsx-runtime`) types native tags from this interface. */
  interface IntrinsicElementAttributes {
    'goalpost-provider': GoalpostVueProps<'goalpost-provider'>;
    'goal-card': GoalpostVueProps<'goal-card'>;
    'quota-to-goal-meter': GoalpostVueProps<'quota-to-goal-meter'>;
    'recognition-feed': GoalpostVueProps<'recognition-feed'>;
    'goal-checkin': GoalpostVueProps<'goal-checkin'>;
    'motivation-profile': GoalpostVueProps<'motivation-profile'>;
    'team-goals-board': GoalpostVueProps<'team-goals-board'>;
    'commission-what-if': GoalpostVueProps<'commission-what-if'>;
    'attainment-chart': GoalpostVueProps<'attainment-chart'>;
    'team-distribution-chart': GoalpostVueProps<'team-distribution-chart'>;
    'goalpost-sync-status': GoalpostVueProps<'goalpost-sync-status'>;
  }
}
