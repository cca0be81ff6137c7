/**
 * Compile-time checks of `goalpost/react`: correct use compiles, and every `@ts-expect-error`
 * marks a mistake the types must catch (tsc fails if one of them stops being an error).
 */
import type {} from 'goalpost/react';
import { useRef } from 'react';
import type { JSX } from 'react';
import type { GoalCard, StorageAdapter, GoalpostProvider, Recognition, PersonalGoal } from 'goalpost';

declare const storage: StorageAdapter;
declare const goal: PersonalGoal;

export function CorrectUse(): JSX.Element {
  const card = useRef<GoalCard>(null);
  const provider = useRef<GoalpostProvider>(null);
  return (
    <goalpost-provider ref={provider} storage={storage} viewer-id="p-maya" viewer-role="rep" locale="en-GB" currency="EUR" now="2026-11-20"
      ongoalpost-recognition-post={(event) => console.log(event.detail.message)}
      ongoalpost-viewer-change={(event) => console.log(event.detail.viewer?.role)}
      ongoalpost-storage-fallback={(event) => console.log(event.detail.reason)}>
      <goalpost-provider storage="memory" db-name="crm" />
      <goal-card ref={card} key="lake" goalId="g-lake-house" variant="compact" theme="dark" className="wide" style={{ maxWidth: '40rem' }}
        ongoalpost-goal-save={(event) => {
          const saved: PersonalGoal = event.detail.goal;
          const created: boolean = event.detail.created;
          console.log(saved.title, created, event.bubbles);
        }}
        ongoalpost-goal-deleteCapture={(event) => console.log(event.detail.goalId)} />
      <goal-card goal-id="g-lake-house" mode="edit" />
      <goal-card goal={goal} storage={storage} viewer={{ personId: 'p-maya', role: 'rep' }} />
      <quota-to-goal-meter person-id="p-maya" goal-id="g-lake-house" variant="full" />
      <quota-to-goal-meter personId="p-maya" goalId={undefined} />
      <recognition-feed team-id="t-east" page-size={10} hide-composer heading="Wins this week" kind="win"
        suggestedValues={['grit', 'craft']}
        ongoalpost-recognition-post={(event) => {
          const post: Recognition = event.detail;
          console.log(post.toIds.length);
        }} />
      <recognition-feed personId="p-maya" pageSize={5} hideComposer={false} />
      <goal-checkin goal-id="g-lake-house" person-id="p-maya" cadence="biweekly" composing
        ongoalpost-checkin-save={(event) => console.log(event.detail.confidence)}
        ongoalpost-checkin-acknowledge={(event) => console.log(event.detail.id)} />
      <motivation-profile person-id="p-maya" ongoalpost-profile-save={(event) => console.log(event.detail.created, event.detail.profile.drivers)} />
      <team-goals-board manager-id="p-dana" sort-by="risk" sort-direction="ascending" at-risk-only expanded-rep="p-maya"
        ongoalpost-rep-open={(event) => console.log(event.detail.personId)}
        ongoalpost-rep-close={(event) => console.log(event.detail.personId)} />
      <commission-what-if person-id="p-maya" goal-id="g-lake-house" deals={[{ amount: { amount: 12_000_000, currency: 'USD' }, closedOn: '2026-12-01' }]}
        ongoalpost-whatif-change={(event) => console.log(event.detail.gain.amount, event.detail.tierAfter)} />
      <attainment-chart person-id="p-maya" id="chart" aria-label="Attainment" data-testid="chart" />
      <team-distribution-chart team-id="t-east" manager-id="p-dana" band-width={500_000} />
      <goalpost-sync-status ongoalpost-sync-resolve={(event) => console.log(event.detail.choice)} />
      {/* React's own events work on the elements too. */}
      <goal-card onClick={(event) => console.log(event.currentTarget.goalId)} />
    </goalpost-provider>
  );
}

export function Mistakes(): JSX.Element {
  return (
    <>
      {/* @ts-expect-error a goal id is a string */}
      <goal-card goalId={42} />
      {/* @ts-expect-error an attribute spelling is typed like its property */}
      <goal-card goal-id={42} />
      {/* @ts-expect-error no such variant */}
      <goal-card variant="huge" />
      {/* @ts-expect-error misspelt property */}
      <goal-card goalID="g-lake-house" />
      {/* @ts-expect-error the storage kinds are indexeddb, memory and http */}
      <goalpost-provider storage="localstorage" />
      {/* @ts-expect-error the role is rep, manager or leader */}
      <goalpost-provider viewer-role="admin" />
      {/* @ts-expect-error page size is a number */}
      <recognition-feed pageSize="ten" />
      {/* @ts-expect-error suggested values are strings */}
      <recognition-feed suggestedValues={[1, 2]} />
      {/* @ts-expect-error deals need an amount as money and a date */}
      <commission-what-if deals={[{ amount: 5 }]} />
      {/* @ts-expect-error the meter has no goal property */}
      <quota-to-goal-meter goal={{}} />
      {/* @ts-expect-error the saved goal has no such field */}
      <goal-card ongoalpost-goal-save={(event) => console.log(event.detail.goal.nickname)} />
      {/* @ts-expect-error the detail of a delete is { goalId }, not a goal */}
      <goal-card ongoalpost-goal-delete={(event) => console.log(event.detail.goal)} />
      {/* TypeScript lets any attribute with a hyphen through, so an event the tag does not fire
          is not an error by itself; its listener gets no type, which strict mode refuses. */}
      {/* @ts-expect-error recognition is posted by the feed, not by the card: `event` is untyped */}
      <goal-card ongoalpost-recognition-post={(event) => console.log(event.detail)} />
      {/* @ts-expect-error the listener receives the event, whose detail is a Recognition, not a string */}
      <recognition-feed ongoalpost-recognition-post={(event: CustomEvent<string>) => console.log(event.detail)} />
      {/* @ts-expect-error the ref is the element's own class */}
      <goal-card ref={useRef<HTMLInputElement>(null)} />
      {/* @ts-expect-error React's camel-cased spelling would listen for an event named GoalpostGoalSave */}
      <goal-card onGoalpostGoalSave={() => undefined} />
      {/* @ts-expect-error not a Goalpost tag */}
      <goal-cards />
    </>
  );
}
