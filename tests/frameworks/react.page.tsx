/**
 * A small React 19 sales portal built on Goalpost's elements, written as an application would
 * write it. bundle-plugin.mjs bundles it with React and Goalpost; react.test.ts drives it.
 */
import 'goalpost/define';
import type {} from 'goalpost/react';
import { StrictMode, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { GoalpostProvider, GoalSaveDetail } from 'goalpost';

export { seededCompany, SAMPLE_TODAY } from '../support/company.js';
export { generateSampleCompany } from '../../src/core/sample-data.js';
export { seedStorage } from '../../src/core/seed.js';

export interface PortalProps {
  /** `memory`, or an adapter object handed in as a property. */
  storage: GoalpostProvider['storage'];
  viewerId: string;
  today: string;
  goalId: string;
  teamId: string;
  meterVariant: 'full' | 'compact';
  /** Value tags the recognition composer offers; an array, so it can only be a property. */
  valueTags?: readonly string[];
  /** Told about every goal saved in the card. */
  onGoalSave?: (detail: GoalSaveDetail) => void;
}

export function SalesPortal(props: PortalProps) {
  const [lastSaved, setLastSaved] = useState<string>();
  return (
    <goalpost-provider storage={props.storage} viewer-id={props.viewerId} viewer-role="rep" now={props.today}>
      <main className="portal">
        <quota-to-goal-meter person-id={props.viewerId} goal-id={props.goalId} variant={props.meterVariant} />
        <goal-card
          goalId={props.goalId}
          className="portal-goal"
          ongoalpost-goal-save={(event) => {
            setLastSaved(event.detail.goal.title);
            props.onGoalSave?.(event.detail);
          }}
        />
        <p role="status" className="saved-note">{lastSaved ? `Saved “${lastSaved}”` : ''}</p>
        <recognition-feed team-id={props.teamId} suggestedValues={props.valueTags} />
      </main>
    </goalpost-provider>
  );
}

export interface MountedPortal {
  render(props: PortalProps): void;
  unmount(): void;
}

/** Renders the portal into `container` with React's real DOM renderer, synchronously. */
export function mountPortal(container: HTMLElement, props: PortalProps): MountedPortal {
  const root = createRoot(container);
  const render = (next: PortalProps) =>
    flushSync(() =>
      root.render(
        <StrictMode>
          <SalesPortal {...next} />
        </StrictMode>,
      ),
    );
  render(props);
  return { render, unmount: () => flushSync(() => root.unmount()) };
}
