import { css } from 'lit';

/** Looks of what only a save shows (problems to fix, the conflict question), adopted when the editing part arrives. */
export const profileEditorStyles = css`
  .actions.start {
    justify-content: flex-start;
  }
  .conflict-text {
    margin: 0 0 8px;
  }
  .problems {
    margin: 0;
    padding-inline-start: 1.2em;
  }
`;
