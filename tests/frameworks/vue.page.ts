/**
 * A small Vue 3 commission planner built on Goalpost's elements with `createApp` and `h()`, as an
 * application without a template compiler would write it. bundle-plugin.mjs bundles it with
 * Vue and Goalpost; vue.test.ts drives it.
 */
import 'goalpost/define';
import type {} from 'goalpost/vue';
import { createApp, defineComponent, h, ref, shallowReactive } from 'vue';
import type { GlobalComponents } from 'vue';
import { toMajor } from 'goalpost';
import type { CommissionWhatIf, GoalpostProvider, GoalSaveDetail, Money, WhatIfChangeDetail } from 'goalpost';

export { seededCompany, SAMPLE_TODAY } from '../support/company.js';
export { generateSampleCompany } from '../../src/core/sample-data.js';
export { seedStorage } from '../../src/core/seed.js';

/**
 * A tag typed as the component Vue's template checker sees (goalpost/vue), so `h()` checks the
 * props and listeners handed to it. At run time it is just the tag name.
 */
function tag<Tag extends keyof GlobalComponents>(name: Tag): GlobalComponents[Tag] {
  return name as unknown as GlobalComponents[Tag];
}

export interface PlannerProps {
  /** `memory`, or an adapter object handed in as a property. */
  storage: GoalpostProvider['storage'];
  viewerId: string;
  today: string;
  goalId: string;
  /** Deals to start the what-if from: an array, so it can only be a property. */
  deals?: CommissionWhatIf['deals'];
  onGoalSave?: (detail: GoalSaveDetail) => void;
  onWhatIf?: (detail: WhatIfChangeDetail) => void;
}

function dollars(value: Money): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: value.currency, maximumFractionDigits: 0 }).format(toMajor(value));
}

export interface MountedPlanner {
  /** The props the planner renders from; assigning to them re-renders it, as Vue state does. */
  state: PlannerProps;
  unmount(): void;
}

export function mountPlanner(container: HTMLElement, props: PlannerProps): MountedPlanner {
  // Shallow: Vue must not wrap the storage adapter or the deals in proxies of its own.
  const state = shallowReactive({ ...props });
  const Planner = defineComponent(() => {
    const whatIfNote = ref('');
    const savedNote = ref('');
    return () =>
      h(tag('goalpost-provider'), { storage: state.storage, 'viewer-id': state.viewerId, 'viewer-role': 'rep', now: state.today }, [
        h(tag('goal-card'), {
          goalId: state.goalId,
          class: 'planner-goal',
          onGoalpostGoalSave: (event) => {
            savedNote.value = `Saved “${event.detail.goal.title}”`;
            state.onGoalSave?.(event.detail);
          },
        }),
        h(tag('commission-what-if'), {
          personId: state.viewerId,
          'goal-id': state.goalId,
          deals: state.deals,
          onGoalpostWhatifChange: (event) => {
            whatIfNote.value = `With ${dollars(event.detail.added)} more booked: ${dollars(event.detail.commissionAfter)} commission`;
            state.onWhatIf?.(event.detail);
          },
        }),
        h('p', { role: 'status', class: 'saved-note' }, savedNote.value),
        h('p', { role: 'status', class: 'whatif-note' }, whatIfNote.value),
      ]);
  });
  const app = createApp(Planner);
  app.mount(container);
  return { state, unmount: () => app.unmount() };
}
