/**
 * The one guarded way Goalpost registers a custom element. Registering must never throw into a
 * host page: a portal may load two copies of Goalpost, or already own a tag of the same name.
 */
export const GOALPOST_VERSION = '0.1.0';

/** Marks classes as Goalpost's so a second copy can be told apart from a foreign element. */
export interface GoalpostElementClass extends CustomElementConstructor {
  readonly goalpostVersion?: string;
}

export type DefineOutcome = 'defined' | 'already-defined' | 'other-version' | 'foreign';

/**
 * Registers `ctor` as `tag` unless the tag is taken:
 * - by the same class: nothing happens;
 * - by another copy of Goalpost: a warning names both versions and the first one stays;
 * - by someone else's element: a clear console error, and Goalpost's element is skipped.
 */
export function define(tag: string, ctor: GoalpostElementClass, registry: CustomElementRegistry = customElements): DefineOutcome {
  const existing = registry.get(tag) as GoalpostElementClass | undefined;
  if (existing === undefined) {
    try {
      registry.define(tag, ctor);
      return 'defined';
    } catch (error) {
      // The same class may not be registered under two names in one registry.
      console.error(`[goalpost] Could not register <${tag}>:`, error);
      return 'foreign';
    }
  }
  if (existing === ctor) return 'already-defined';
  if (existing.goalpostVersion !== undefined) {
    console.warn(
      `[goalpost] <${tag}> is already registered by Goalpost ${existing.goalpostVersion}; ` +
        `this copy (Goalpost ${ctor.goalpostVersion ?? GOALPOST_VERSION}) keeps using that one. Load Goalpost once per page.`,
    );
    return 'other-version';
  }
  console.error(
    `[goalpost] <${tag}> already belongs to another library on this page, so Goalpost did not register it. ` +
      `Register Goalpost's element under another name: define('my-${tag}', ${ctor.name}).`,
  );
  return 'foreign';
}

/**
 * The tag a Goalpost class is registered under in `registry` (the asking element's, which is a
 * scoped registry when the page uses one), so one element can render another without
 * hard-coding its name. Registers it under `fallback` when it is not registered there yet.
 */
export function tagFor(ctor: GoalpostElementClass, fallback: string, registry: CustomElementRegistry = customElements): string {
  const name = registry.getName?.(ctor);
  if (name) return name;
  if (define(fallback, ctor, registry) !== 'foreign') return fallback;
  // Someone else owns the tag: use a name of Goalpost's own instead.
  const alternate = `${fallback}-goalpost`;
  define(alternate, ctor, registry);
  return alternate;
}
