/**
 * Typed errors. Each carries a stable `code` so callers (and the REST adapter, across the
 * wire) can branch without parsing messages, and a message a person can read.
 */

export type GoalpostErrorCode =
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'unavailable'
  | 'quota-exceeded'
  | 'permission'
  | 'currency-mismatch'
  | 'invalid-input';

export class GoalpostError extends Error {
  readonly code: GoalpostErrorCode;
  constructor(code: GoalpostErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export class NotFoundError extends GoalpostError {
  constructor(readonly collection: string, readonly id: string) {
    super('not-found', `No ${collection} record with id "${id}".`);
  }
}

/** A write whose expected version is not the stored one: somebody else changed it first. */
export class ConflictError extends GoalpostError {
  constructor(
    readonly collection: string,
    readonly id: string,
    readonly expectedVersion: number | undefined,
    readonly actualVersion: number | undefined,
    /** The stored record as it is now, when the store could read it. */
    readonly current?: unknown,
  ) {
    super(
      'conflict',
      actualVersion === undefined
        ? `This ${collection} record was deleted elsewhere.`
        : `This ${collection} record changed elsewhere (version ${actualVersion}, expected ${expectedVersion ?? 'new'}).`,
    );
  }
}

/** Figures, typed values and names a problem's words need. `name` and `other` are `field.*` keys. */
export type ProblemParams = Record<string, string | number>;

/** One problem with one field, phrased for the person who typed it. */
export interface FieldProblem {
  /** Dotted path of the field, such as `target.amount` or `milestones.2.title`. */
  field: string;
  /**
   * What is wrong, as the key of its `problem.*` message (`tooLong`, `currencyMismatch`…), so an
   * element can say it in the reader's language. Problems from elsewhere may have none.
   */
  code?: string;
  params?: ProblemParams;
  /** The problem in English, for logs, `ValidationError.message` and callers of the API. */
  message: string;
}

/**
 * A coded problem in words, through `say` (a catalog lookup: undefined for a key it does not
 * know): `problem.<code>` given `params`, where `name` and `other` become the `field.*` names they
 * key. Undefined when the problem has no code, or a code or name `say` does not know.
 */
export function describeProblem({ code, params }: FieldProblem, say: (key: string, params?: ProblemParams) => string | undefined): string | undefined {
  if (typeof code !== 'string') return undefined;
  const words: ProblemParams = { ...params };
  for (const param of ['name', 'other']) {
    const key = params?.[param];
    if (key === undefined) continue;
    const word = say(`field.${key}`);
    if (word === undefined) return undefined;
    words[param] = word;
  }
  return say(`problem.${code}`, words);
}

export class ValidationError extends GoalpostError {
  constructor(readonly problems: readonly FieldProblem[], readonly what = 'record') {
    super('validation', `The ${what} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: ${problems.map((p) => p.message).join(' ')}`);
  }
  /** The first problem for a field, for showing beside its input. */
  messageFor(field: string): string | undefined {
    return this.problems.find((p) => p.field === field || p.field.startsWith(`${field}.`))?.message;
  }
}

/** A stored record damaged at rest (it fails `shapeProblems`): shown as an error, never rendered half-broken. */
export class DamagedRecordError extends GoalpostError {
  constructor(readonly collection: string, readonly id: string, readonly problems: readonly FieldProblem[]) {
    const what = problems.length > 0 ? `: ${problems.map((p) => p.message).join(' ')}` : '.';
    super('invalid-input', `This ${collection} record (${id}) is damaged and cannot be shown${what}`);
  }
}

export class UnavailableError extends GoalpostError {
  constructor(message = 'Storage is unavailable right now.', options?: { cause?: unknown }) {
    super('unavailable', message, options);
  }
}

export class QuotaExceededError extends GoalpostError {
  constructor(message = 'The browser has no room left to save this. Nothing already saved was lost.', options?: { cause?: unknown }) {
    super('quota-exceeded', message, options);
  }
}

export class PermissionError extends GoalpostError {
  constructor(message = 'You may not do that.') {
    super('permission', message);
  }
}

export class CurrencyMismatchError extends GoalpostError {
  constructor(readonly left: string, readonly right: string) {
    super('currency-mismatch', `Cannot combine ${left} and ${right} without an exchange rate.`);
  }
}

export function isGoalpostError(error: unknown): error is GoalpostError {
  return error instanceof GoalpostError;
}
