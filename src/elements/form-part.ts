/**
 * The base of a form an element loads on first use (goal-card's editor, goal-checkin's form,
 * motivation-profile's save): the form lives in its element's shadow root, so it re-renders
 * through the element and moves focus among the element's own controls.
 */
import type { ReactiveControllerHost } from 'lit';

/** The element a form part renders into. */
export type FormPartHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export abstract class FormPart {
  constructor(protected readonly host: FormPartHost) {}

  /** Asks the element to render the form's new state. */
  protected changed(): void {
    this.host.requestUpdate();
  }

  /** Focuses the first of the element's controls matching `selector`, if there is one. */
  protected focus(selector: string): HTMLElement | null {
    const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    return target;
  }
}
