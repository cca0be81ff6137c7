import { css } from 'lit';

/** Looks of the reaction picker, adopted by the feed when post actions first load. */
export const postActionStyles = css`
  .picker {
    position: absolute;
    z-index: 3;
    top: calc(100% + 6px);
    inset-inline-start: 0;
    display: flex;
    gap: 2px;
    padding: 4px;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.16);
  }
  .pick {
    width: 36px;
    height: 36px;
    border-radius: 50%;
    border: 1px solid transparent;
    background: transparent;
    font-size: 1.125rem;
    cursor: pointer;
  }
  .pick:hover,
  .pick[aria-pressed='true'] {
    background: var(--_surface-raised);
    border-color: var(--_border);
  }
  @media (prefers-reduced-motion: no-preference) {
    .pick {
      transition: transform 120ms ease, background-color 120ms ease;
    }
    .pick:active {
      transform: scale(0.94);
    }
  }
`;
