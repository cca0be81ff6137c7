/** @jsxImportSource vue */
/**
 * Compile-time checks of `goalpost/vue` in Vue TSX (`jsxImportSource: "vue"`, here set for this
 * file alone): the tags take their properties, attribute spellings and `on…` listeners typed.
 * Vue's JSX types accept children only with `"jsx": "preserve"`, the setting Vue's JSX plugin
 * uses; this project compiles React's JSX, so the tags here stand side by side, not nested.
 */
import type {} from 'goalpost/vue';
import type { PersonalGoal, StorageAdapter } from 'goalpost';

declare const storage: StorageAdapter;
declare const goal: PersonalGoal;

export const correct = [
  <goalpost-provider storage={storage} viewer-id="p-maya" viewer-role="rep" onGoalpostViewerChange={(event) => console.log(event.detail.viewer)} />,
  <goal-card goalId="g-lake-house" variant="compact" class="wide" key="lake" onGoalpostGoalSave={(event) => console.log(event.detail.goal.title)} />,
  <goal-card goal={goal} />,
  <quota-to-goal-meter person-id="p-maya" goal-id="g-lake-house" />,
  <recognition-feed team-id="t-east" suggestedValues={['grit']} onGoalpostRecognitionPost={(event) => console.log(event.detail.values)} />,
  <commission-what-if personId="p-maya" onGoalpostWhatifChange={(event) => console.log(event.detail.gain.amount)} />,
];

export const mistakes = [
  // @ts-expect-error a goal id is a string
  <goal-card goalId={42} />,
  // @ts-expect-error misspelt property
  <goal-card goalID="g-lake-house" />,
  // @ts-expect-error no such variant
  <quota-to-goal-meter variant="huge" />,
  // @ts-expect-error the saved goal has no such field
  <goal-card onGoalpostGoalSave={(event) => console.log(event.detail.goal.nickname)} />,
];
