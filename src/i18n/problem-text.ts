/**
 * Validation problems and typed errors in the reader's language. `src/core` reports problems as
 * codes with parameters and an English message; these look the codes up in the language's
 * catalog (`problem.*`, `field.*`, `error.*`) and fall back to the English message wherever the
 * language has no words for one (a code from a newer server, a catalog registered in part).
 * Neither needs the English catalog: English is the message itself, or an `en` catalog an
 * integrator registered.
 */
import { GoalpostError, describeProblem } from '../core/errors.js';
import type { ConflictError, CurrencyMismatchError, FieldProblem, ProblemParams } from '../core/errors.js';
import { translate } from './messages.js';
import type { MessageKey } from './messages.js';

/**
 * The message for `key` in `locale`, or undefined when no catalog of it has one, or when the
 * problem lacks a parameter the words need (a code from a newer server): its own message shows.
 */
function say(locale: string, key: string, params?: unknown): string | undefined {
  let text: string;
  try {
    text = (translate as (locale: string, key: MessageKey, english: object, params?: unknown) => string)(locale, key as MessageKey, {}, params);
  } catch {
    return undefined;
  }
  return text === key ? undefined : text;
}

/** One problem as the reader of `locale` should see it. */
export function problemText(problem: FieldProblem, locale: string): string {
  return describeProblem(problem, (key: string, params?: ProblemParams) => say(locale, key, params)) ?? problem.message;
}

/**
 * What went wrong, for a sentence such as "Not saved: …": a Goalpost error by its code where the
 * language has words for it, anything else (and English) as its own message.
 */
export function errorText(error: unknown, locale: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof GoalpostError)) return message;
  const deleted = error.code === 'conflict' && (error as ConflictError).actualVersion === undefined;
  const { left, right } = error as Partial<CurrencyMismatchError>;
  return say(locale, `error.${error.code}${deleted ? '.deleted' : ''}`, { left, right }) ?? message;
}
