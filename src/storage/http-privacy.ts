/**
 * Defence in depth for records that arrive from a server. The server is the security boundary
 * and must filter for its viewer; the HTTP adapter still passes everything it receives (and
 * everything it announces) through the same `src/core/privacy.ts` rules, so a server bug or a
 * misconfigured proxy cannot put a private goal in front of the wrong person.
 *
 * The client knows less than the server: it sees goals only as its viewer may, and has no plan
 * or bookings for summary figures. So it can only ever be stricter than the server: a goal the
 * server sent whole where the rules say "summary" is summarised here without figures, and a
 * check-in about a goal this viewer cannot see stays with the rep.
 */
import { visibleRecord } from '../core/privacy.js';
import type { PrivacyContext } from '../core/privacy.js';
import type { CollectionName, Collections, GoalSummary, Id, Person, PersonalGoal, Readable, Viewer } from '../core/types.js';
import { matchesQuery, sortValueOf } from './query.js';
import type { ScanQuery } from './query.js';

export interface PrivacySources {
  /** Everyone, by id, as `viewer` reads the directory (which every viewer may see). */
  people(viewer: Viewer): Promise<ReadonlyMap<Id, Person>>;
  /** A goal as `viewer` may see it, or undefined when they may not. */
  goal(viewer: Viewer, id: Id): Promise<PersonalGoal | GoalSummary | undefined>;
}

/** The figures a summary the server built already carries; nothing for a whole goal. */
function figuresOf(goal: PersonalGoal | GoalSummary): { progress?: number; nextCheckInOn?: string } {
  if ((goal as GoalSummary).summaryOnly !== true) return {};
  const { progress, nextCheckInOn } = goal as GoalSummary;
  return { ...(progress !== undefined ? { progress } : {}), ...(nextCheckInOn !== undefined ? { nextCheckInOn } : {}) };
}

export class ClientPrivacy {
  private warned = false;

  constructor(private readonly sources: PrivacySources) {}

  /**
   * Each record as `viewer` may see it, or null. With `query`, a record the rules had to change
   * must still match it (a summary must not be found by what it hides). `fromServer`: the records
   * were sent for this viewer, so any change the rules make means the server got it wrong.
   */
  async reveal<C extends CollectionName>(
    viewer: Viewer | null,
    collection: C,
    records: readonly Collections[C][],
    options: { query?: ScanQuery; fromServer?: boolean } = {},
  ): Promise<Array<Readable<C> | null>> {
    const { query, fromServer = false } = options;
    if (viewer === null || records.length === 0) return records as unknown as Array<Readable<C>>;
    const ctx: PrivacyContext = { people: await this.sources.people(viewer), summarize: figuresOf as PrivacyContext['summarize'] };
    if (collection === 'checkins') {
      const goalIds = [...new Set(records.map((record) => (record as Collections['checkins']).goalId).filter((id): id is Id => id !== undefined))];
      const goals = new Map<Id, PersonalGoal>();
      await Promise.all(goalIds.map(async (id) => {
        const goal = await this.sources.goal(viewer, id);
        // Only its visibility matters to the check-in rule, and a summary carries that.
        if (goal) goals.set(id, goal as PersonalGoal);
      }));
      ctx.goal = (id) => goals.get(id);
    }
    return records.map((record) => {
      const seen = visibleRecord(collection, record, viewer, ctx);
      if (fromServer && seen !== record && !isSameSummary(record, seen)) this.warnOnce(collection);
      if (seen && seen !== record && query && !stillMatches(record, seen, query)) return null;
      return seen;
    });
  }

  /** Whether `viewer` could see any of `states` (an announcement is heard if they saw it before or after). */
  async audible(viewer: Viewer | null, collection: CollectionName, states: ReadonlyArray<Collections[CollectionName] | undefined>): Promise<boolean> {
    const present = states.filter((state): state is Collections[CollectionName] => state !== undefined);
    if (viewer === null) return true;
    const seen = await this.reveal(viewer, collection, present);
    return seen.some((record) => record !== null);
  }

  private warnOnce(collection: CollectionName): void {
    if (this.warned) return;
    this.warned = true;
    console.warn(`[goalpost] The server sent ${collection} data this viewer may not see in full; Goalpost withheld it. Check the server's privacy rules.`);
  }
}

/** A summary the server built, summarised again here: the same fields, so nothing was withheld. */
function isSameSummary(record: object, seen: object | null): boolean {
  return seen !== null && (record as GoalSummary).summaryOnly === true && JSON.stringify(seen) === JSON.stringify(record);
}

function stillMatches(raw: object, seen: object, query: ScanQuery): boolean {
  if (!matchesQuery(seen, query)) return false;
  return query.orderBy === undefined || sortValueOf(raw, query.orderBy) === sortValueOf(seen, query.orderBy);
}
