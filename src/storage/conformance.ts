/**
 * One behavioural suite for every storage adapter: Goalpost's own (memory, IndexedDB) and any an
 * integrator writes. Register it in a test file:
 *
 * ```ts
 * import { runStorageConformance } from 'goalpost/testing';
 * runStorageConformance('my REST adapter', () => new RestAdapter({ baseUrl }), { teardown: resetServer });
 * ```
 *
 * It uses the BDD globals (`describe`, `it`, `beforeEach`, `afterEach`) that mocha, jasmine,
 * jest and vitest (with globals) all provide, and plain thrown `Error`s for assertions, so it
 * needs no assertion library. Errors are recognised by their `code`, not their class, so an
 * adapter whose errors crossed a network boundary passes too.
 *
 * `makeAdapter` must return an adapter for the system viewer (`viewer: null`) over an empty
 * store; the suite seeds its own small company through it, and closes it after each test.
 */
import type { GoalpostErrorCode } from '../core/errors.js';
import { sameData } from '../core/merge.js';
import type {
  Booking, CheckIn, CompPlan, Draft, Id, MotivationProfile, Person, PersonalGoal, Recognition, Role, Viewer,
} from '../core/types.js';
import type { ChangeEvent, StorageAdapter } from './adapter.js';

export interface ConformanceOptions {
  /** Runs after each test has closed its adapter: delete a database, reset a server. */
  teardown?: (adapter: StorageAdapter) => Promise<void> | void;
}

type Hook = () => Promise<void> | void;
interface Bdd {
  describe(title: string, body: () => void): void;
  it(title: string, body: Hook): void;
  beforeEach(body: Hook): void;
  afterEach(body: Hook): void;
}

function bddGlobals(): Bdd {
  const scope = globalThis as unknown as Partial<Bdd>;
  const { describe, it, beforeEach, afterEach } = scope;
  if (!describe || !it || !beforeEach || !afterEach) {
    throw new Error('runStorageConformance needs the BDD globals describe, it, beforeEach and afterEach (mocha, jest, jasmine or vitest with globals).');
  }
  return { describe, it, beforeEach, afterEach };
}

// ---------------------------------------------------------------------------------------------
// Assertions: small on purpose, with messages that say what behaviour broke.

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function show(value: unknown): string {
  return JSON.stringify(value, null, 1)?.replace(/\s+/g, ' ') ?? String(value);
}

function same(actual: unknown, expected: unknown, what: string): void {
  if (!sameData(actual, expected)) throw new Error(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

interface CodedError extends Error {
  code?: GoalpostErrorCode;
}

async function failsWith(promise: Promise<unknown>, code: GoalpostErrorCode, what: string): Promise<CodedError & Record<string, unknown>> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    const coded = error as CodedError & Record<string, unknown>;
    if (coded?.code !== code) throw new Error(`${what}: expected a "${code}" error, got ${coded?.code ? `"${coded.code}"` : 'an error without a code'}: ${coded?.message ?? String(error)}`, { cause: error });
    return coded;
  }
  throw new Error(`${what}: expected a "${code}" error, but it succeeded with ${show(outcome)}`);
}

/** Waits until `condition` holds: adapters may announce changes a little after a write settles. */
async function eventually(condition: () => boolean, what: string, timeout = 2000): Promise<void> {
  const until = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`${what} did not happen within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Gives late announcements a chance to arrive before checking that none did. */
function quietPeriod(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 60));
}

function ids(records: ReadonlyArray<{ id: Id }>): Id[] {
  return records.map((record) => record.id);
}

// ---------------------------------------------------------------------------------------------
// Fixtures: one leader; Maya manages Ravi and Tess in team east; Mo manages Uma in team west.

const TEAM = { east: 'team-east', west: 'team-west', exec: 'team-exec' };
const PEOPLE: ReadonlyArray<[Id, Role, string, Id | undefined]> = [
  ['lee', 'leader', TEAM.exec, undefined],
  ['maya', 'manager', TEAM.east, 'lee'],
  ['ravi', 'rep', TEAM.east, 'maya'],
  ['tess', 'rep', TEAM.east, 'maya'],
  ['mo', 'manager', TEAM.west, 'lee'],
  ['uma', 'rep', TEAM.west, 'mo'],
];
const ROLES = new Map(PEOPLE.map(([id, role]) => [id, role]));

function viewer(personId: Id): Viewer {
  return { personId, role: ROLES.get(personId) ?? 'rep' };
}

function personDraft(id: Id, role: Role, teamId: string, managerId?: Id): Draft<Person> {
  return { id, name: id.charAt(0).toUpperCase() + id.slice(1), role, teamId, ...(managerId ? { managerId } : {}) };
}

const SECRET_TITLE = 'Lake-house deposit';
const SECRET_WHY = 'Summers with my dad';

function goalDraft(overrides: Partial<Draft<PersonalGoal>> = {}): Draft<PersonalGoal> {
  return {
    ownerId: 'ravi', title: SECRET_TITLE, why: SECRET_WHY, category: 'home',
    target: { amount: 6_000_000, currency: 'USD' }, targetDate: '2027-09-01', writtenOn: '2026-01-10',
    fundingShare: 0.4, saved: { amount: 1_000_000, currency: 'USD' },
    milestones: [{ id: 'ms-1', title: 'Open a savings account', doneOn: '2026-02-01' }],
    status: 'active', visibility: 'team', cadence: 'monthly', ...overrides,
  };
}

function postDraft(overrides: Partial<Draft<Recognition>> = {}): Draft<Recognition> {
  return {
    fromId: 'tess', toIds: ['ravi'], teamId: TEAM.east, kind: 'kudos', message: 'Thanks for covering the demo',
    values: ['teamwork'], audience: 'team', postedAt: '2026-03-02T10:00:00.000Z', reactions: {}, ...overrides,
  };
}

function planDraft(overrides: Partial<Draft<CompPlan>> = {}): Draft<CompPlan> {
  return {
    ownerId: 'ravi', name: 'FY26 account executive', currency: 'USD', period: 'quarter', quota: 25_000_000, targetIncentive: 2_500_000,
    tiers: [{ from: 0, multiplier: 1, retroactive: false }, { from: 1, multiplier: 1.5, retroactive: false }],
    basis: 'per-period', yearStart: '2026-01-01', ...overrides,
  };
}

function bookingDraft(overrides: Partial<Draft<Booking>> = {}): Draft<Booking> {
  return { ownerId: 'ravi', amount: { amount: 5_000_000, currency: 'USD' }, closedOn: '2026-02-02', label: 'Northwind renewal', ...overrides };
}

function checkInDraft(overrides: Partial<Draft<CheckIn>> = {}): Draft<CheckIn> {
  return {
    personId: 'ravi', authorId: 'maya', date: '2026-03-01', note: 'A good month', confidence: 4, blockers: '',
    commitment: 'Introduce Ravi to the CFO', nextDueOn: '2026-04-01', ...overrides,
  };
}

function profileDraft(overrides: Partial<Draft<MotivationProfile>> = {}): Draft<MotivationProfile> {
  return {
    ownerId: 'ravi', drivers: { money: 80, winning: 40, recognition: 20, growth: 60, purpose: 50 },
    recognitionPreference: 'private', leaderboard: 'anonymous', autoCelebrate: true, coachingNote: 'Ask before praising me in public', ...overrides,
  };
}

/** Everything a manager summary may carry, and what it must. */
const SUMMARY_FIELDS = new Set(['id', 'ownerId', 'category', 'status', 'visibility', 'progress', 'nextCheckInOn', 'version', 'updatedAt', 'summaryOnly']);
const SUMMARY_REQUIRED = ['id', 'ownerId', 'category', 'status', 'visibility', 'version', 'updatedAt', 'summaryOnly'];

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// ---------------------------------------------------------------------------------------------

export function runStorageConformance(
  name: string,
  makeAdapter: () => Promise<StorageAdapter> | StorageAdapter,
  options: ConformanceOptions = {},
): void {
  const { describe, it, beforeEach, afterEach } = bddGlobals();

  describe(`${name} keeps the storage contract`, () => {
    let system: StorageAdapter;
    const as = (personId: Id) => system.withViewer(viewer(personId));

    beforeEach(async () => {
      system = await makeAdapter();
      check(system.viewer === null, 'makeAdapter must return an adapter for the system viewer (viewer: null)');
      await system.batch(PEOPLE.map(([id, role, teamId, managerId]) => ({
        type: 'put', collection: 'people', record: personDraft(id, role, teamId, managerId), expectedVersion: 0,
      } as const)));
    });

    afterEach(async () => {
      await system.close();
      await options.teardown?.(system);
    });

    describe('create, read, update, delete', () => {
      it('creates a record without an id, with a new id, version 1 and matching timestamps', async () => {
        const stored = await system.put('goals', goalDraft());
        check(typeof stored.id === 'string' && stored.id.length > 0, `a created record gets an id, got ${show(stored.id)}`);
        same(stored.version, 1, 'version of a new record');
        check(ISO_INSTANT.test(stored.createdAt), `createdAt is an ISO instant, got ${show(stored.createdAt)}`);
        same(stored.updatedAt, stored.createdAt, 'updatedAt of a new record');
        same(stored.title, SECRET_TITLE, 'title as stored');
        same(await system.get('goals', stored.id), stored, 'the record read back');
      });

      it('creates a record under the id the caller chose when none exists', async () => {
        const stored = await system.put('goals', goalDraft({ id: 'goal-chosen' }));
        same(stored.id, 'goal-chosen', 'id');
        same(stored.version, 1, 'version');
      });

      it('ignores bookkeeping the caller sends: the store sets createdAt and updatedAt', async () => {
        const stored = await system.put('goals', { ...goalDraft(), createdAt: '2001-01-01T00:00:00.000Z', updatedAt: '2001-01-01T00:00:00.000Z' });
        check(stored.createdAt !== '2001-01-01T00:00:00.000Z', 'createdAt comes from the store, not the caller');
      });

      it('updates: version goes up by one, updatedAt moves, createdAt stays', async () => {
        const created = await system.put('goals', goalDraft());
        const updated = await system.put('goals', { ...created, title: 'Bigger lake house' });
        same(updated.version, 2, 'version after one update');
        same(updated.createdAt, created.createdAt, 'createdAt after an update');
        check(Date.parse(updated.updatedAt) >= Date.parse(created.updatedAt), 'updatedAt never goes back');
        same((await system.get('goals', created.id) as PersonalGoal).title, 'Bigger lake house', 'title read back');
        const again = await system.put('goals', { ...updated, status: 'paused' });
        same(again.version, 3, 'version after two updates');
      });

      it('deletes a record, after which it is not found', async () => {
        const created = await system.put('goals', goalDraft());
        await system.delete('goals', created.id);
        await failsWith(system.get('goals', created.id), 'not-found', 'get after delete');
        same((await system.list('goals')).items.length, 0, 'records left');
      });

      it('reports a missing record as not found, for get and delete', async () => {
        await failsWith(system.get('goals', 'no-such-goal'), 'not-found', 'get of a missing record');
        await failsWith(system.delete('goals', 'no-such-goal'), 'not-found', 'delete of a missing record');
      });

      it('hands out copies: changing a draft, a result or a read record never changes what is stored', async () => {
        const draft = goalDraft();
        const stored = await system.put('goals', draft);
        draft.title = 'changed draft';
        draft.milestones.push({ id: 'ms-x', title: 'sneaked in' });
        stored.title = 'changed result';
        stored.milestones.length = 0;
        const read = await system.get('goals', stored.id) as PersonalGoal;
        read.why = 'changed read';
        const again = await system.get('goals', stored.id) as PersonalGoal;
        same([again.title, again.why, again.milestones.length], [SECRET_TITLE, SECRET_WHY, 1], 'stored title, why and milestone count');
      });
    });

    describe('versions and conflicts', () => {
      it('refuses a stale version with a conflict that carries the stored record', async () => {
        const v1 = await system.put('goals', goalDraft());
        const v2 = await system.put('goals', { ...v1, title: 'Second thoughts' });
        const error = await failsWith(system.put('goals', { ...v1, title: 'Stale edit' }), 'conflict', 'put with version 1 over version 2');
        same((error.current as PersonalGoal | undefined)?.version, 2, 'version of the record the conflict carries');
        same((error.current as PersonalGoal | undefined)?.title, 'Second thoughts', 'title of the record the conflict carries');
        same(await system.get('goals', v1.id), v2, 'stored record after the refused write');
      });

      it('refuses a put with an id but no version over an existing record (the caller did not know it existed)', async () => {
        const stored = await system.put('goals', goalDraft({ id: 'goal-1' }));
        await failsWith(system.put('goals', goalDraft({ id: 'goal-1', title: 'Overwrite' })), 'conflict', 'blind overwrite');
        same(await system.get('goals', 'goal-1'), stored, 'stored record');
      });

      it('treats expectedVersion 0 as "must not exist yet"', async () => {
        const created = await system.put('goals', goalDraft({ id: 'goal-0' }), { expectedVersion: 0 });
        same(created.version, 1, 'version of a record created with expectedVersion 0');
        await failsWith(system.put('goals', goalDraft({ id: 'goal-0' }), { expectedVersion: 0 }), 'conflict', 'second create with expectedVersion 0');
      });

      it('lets options.expectedVersion override the version the record carries', async () => {
        const v1 = await system.put('goals', goalDraft());
        const v2 = await system.put('goals', { ...v1, title: 'Edited' });
        await failsWith(system.put('goals', { ...v2, title: 'Again' }, { expectedVersion: 1 }), 'conflict', 'record says 2, option says 1');
        const v3 = await system.put('goals', { ...v1, title: 'Again' }, { expectedVersion: 2 });
        same(v3.version, 3, 'record says 1, option says 2');
      });

      it('refuses to bring back a record deleted elsewhere', async () => {
        const v1 = await system.put('goals', goalDraft());
        await system.delete('goals', v1.id);
        await failsWith(system.put('goals', { ...v1, title: 'Still editing' }), 'conflict', 'put with a version of a deleted record');
        await failsWith(system.get('goals', v1.id), 'not-found', 'get after the refused put');
      });

      it('lets exactly one of two racing writers of the same version win', async () => {
        const v1 = await system.put('goals', goalDraft());
        const outcomes = await Promise.allSettled([
          system.put('goals', { ...v1, title: 'First writer' }),
          system.put('goals', { ...v1, title: 'Second writer' }),
        ]);
        const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
        same([won.length, lost.length], [1, 1], 'winners and losers');
        same((lost[0]?.reason as CodedError | undefined)?.code, 'conflict', 'what the loser hears');
        same((await system.get('goals', v1.id)).version, 2, 'version after the race');
      });

      it('deletes only the version the caller expects', async () => {
        const v1 = await system.put('goals', goalDraft());
        const v2 = await system.put('goals', { ...v1, title: 'Edited' });
        await failsWith(system.delete('goals', v1.id, { expectedVersion: 1 }), 'conflict', 'delete with a stale version');
        same(await system.get('goals', v1.id), v2, 'record after the refused delete');
        await system.delete('goals', v1.id, { expectedVersion: 2 });
        await failsWith(system.get('goals', v1.id), 'not-found', 'get after delete');
      });
    });

    describe('validation', () => {
      it('refuses an invalid new record and stores nothing', async () => {
        const error = await failsWith(system.put('goals', goalDraft({ title: '', fundingShare: 2 })), 'validation', 'invalid goal');
        check(Array.isArray(error.problems) && error.problems.length >= 2, `a validation error lists each problem, got ${show(error.problems)}`);
        same((await system.list('goals')).items.length, 0, 'goals stored');
      });

      it('refuses an invalid update and leaves the stored record as it was', async () => {
        const stored = await system.put('goals', goalDraft());
        await failsWith(system.put('goals', { ...stored, category: 'yacht' as PersonalGoal['category'] }), 'validation', 'invalid update');
        same(await system.get('goals', stored.id), stored, 'stored record');
      });

      it('refuses a record that does not fit its collection', async () => {
        await failsWith(system.put('recognitions', postDraft({ link: 'javascript:alert(1)' })), 'validation', 'a javascript: link');
        same((await system.list('recognitions')).items.length, 0, 'posts stored');
      });
    });

    describe('lists', () => {
      const bookings: Array<[Id, Id, string, number]> = [
        ['b-1', 'ravi', '2026-01-15', 1_000_000],
        ['b-2', 'ravi', '2026-02-20', 2_000_000],
        ['b-3', 'ravi', '2026-02-20', 3_000_000],
        ['b-4', 'ravi', '2026-03-05', 4_000_000],
        ['b-5', 'tess', '2026-02-01', 5_000_000],
        ['b-6', 'ravi', '2026-04-30', 6_000_000],
        ['b-7', 'ravi', '2026-05-01', 7_000_000],
      ];
      beforeEach(async () => {
        await system.batch(bookings.map(([id, ownerId, closedOn, amount]) => ({
          type: 'put', collection: 'bookings', record: bookingDraft({ id, ownerId, closedOn, amount: { amount, currency: 'USD' } }),
        } as const)));
      });

      it('filters by equality', async () => {
        same(ids((await system.list('bookings', { where: { ownerId: 'tess' } })).items), ['b-5'], "Tess's bookings");
        same(ids((await system.list('bookings', { where: { ownerId: 'ravi', closedOn: '2026-02-20' } })).items), ['b-2', 'b-3'], 'two fields');
        same((await system.list('bookings', { where: { ownerId: 'nobody' } })).items, [], 'no match');
      });

      it('filters by range, bounds inclusive or not as asked', async () => {
        const between = await system.list('bookings', { where: { ownerId: 'ravi' }, range: { field: 'closedOn', gte: '2026-02-20', lt: '2026-04-30' }, orderBy: 'closedOn' });
        same(ids(between.items), ['b-2', 'b-3', 'b-4'], 'gte … lt');
        const after = await system.list('bookings', { range: { field: 'closedOn', gt: '2026-03-05' }, orderBy: 'closedOn' });
        same(ids(after.items), ['b-6', 'b-7'], 'gt');
        const upTo = await system.list('bookings', { range: { field: 'closedOn', lte: '2026-02-01' }, orderBy: 'closedOn' });
        same(ids(upTo.items), ['b-1', 'b-5'], 'lte');
      });

      it('orders by a field either way, ties broken by id in the same direction', async () => {
        const asc = await system.list('bookings', { where: { ownerId: 'ravi' }, orderBy: 'closedOn' });
        same(ids(asc.items), ['b-1', 'b-2', 'b-3', 'b-4', 'b-6', 'b-7'], 'ascending');
        const desc = await system.list('bookings', { where: { ownerId: 'ravi' }, orderBy: 'closedOn', direction: 'desc' });
        same(ids(desc.items), ['b-7', 'b-6', 'b-4', 'b-3', 'b-2', 'b-1'], 'descending');
        const byId = await system.list('bookings', {});
        same(ids(byId.items), ['b-1', 'b-2', 'b-3', 'b-4', 'b-5', 'b-6', 'b-7'], 'default order (id)');
      });

      it('puts records lacking the order field last, in either direction', async () => {
        await system.put('goals', goalDraft({ id: 'g-a', targetDate: '2027-01-01' }));
        await system.put('goals', goalDraft({ id: 'g-b' }));
        await system.put('goals', { ...goalDraft({ id: 'g-c' }), targetDate: undefined });
        same(ids((await system.list('goals', { orderBy: 'targetDate' })).items), ['g-a', 'g-b', 'g-c'], 'ascending');
        same(ids((await system.list('goals', { orderBy: 'targetDate', direction: 'desc' })).items), ['g-b', 'g-a', 'g-c'], 'descending');
      });

      it('pages with limit and cursor: every record once, in order, and no cursor after the last page', async () => {
        for (const direction of ['asc', 'desc'] as const) {
          const query = { where: { ownerId: 'ravi' }, orderBy: 'closedOn', direction, limit: 2 } as const;
          const seen: Id[] = [];
          let cursor: string | undefined;
          let pages = 0;
          do {
            const page = await system.list('bookings', cursor === undefined ? query : { ...query, cursor });
            pages += 1;
            check(page.items.length === 2, `page ${pages} (${direction}) is full: ${show(ids(page.items))}`);
            seen.push(...ids(page.items));
            cursor = page.nextCursor;
          } while (cursor !== undefined && pages < 10);
          const all = ids((await system.list('bookings', { where: { ownerId: 'ravi' }, orderBy: 'closedOn', direction })).items);
          same(seen, all, `records over all pages (${direction})`);
          same(pages, 3, `pages of 2 for 6 records (${direction})`);
        }
      });

      it('refuses a cursor from a differently ordered list, and a page size below 1', async () => {
        const first = await system.list('bookings', { orderBy: 'closedOn', limit: 2 });
        check(first.nextCursor !== undefined, 'a first page of 2 out of 7 has a cursor');
        await failsWith(system.list('bookings', { orderBy: 'label', limit: 2, cursor: first.nextCursor }), 'invalid-input', 'cursor of another ordering');
        await failsWith(system.list('bookings', { cursor: 'not a cursor' }), 'invalid-input', 'a made-up cursor');
        await failsWith(system.list('bookings', { limit: 0 }), 'invalid-input', 'limit 0');
      });

      it('serves the team feed newest first', async () => {
        const times = ['2026-03-01T09:00:00.000Z', '2026-03-03T09:00:00.000Z', '2026-03-02T09:00:00.000Z'];
        for (const [index, postedAt] of times.entries()) await system.put('recognitions', postDraft({ id: `east-${index}`, postedAt }));
        await system.put('recognitions', postDraft({ id: 'west-0', teamId: TEAM.west, fromId: 'uma', toIds: ['mo'], postedAt: '2026-03-04T09:00:00.000Z' }));
        const feed = await system.list('recognitions', { where: { teamId: TEAM.east }, orderBy: 'postedAt', direction: 'desc', limit: 50 });
        same(ids(feed.items), ['east-1', 'east-2', 'east-0'], 'east feed');
        same(feed.nextCursor, undefined, 'cursor of a complete feed');
      });

      it('stops when the signal is aborted', async () => {
        const controller = new AbortController();
        controller.abort();
        let name: string | undefined;
        try {
          await system.list('bookings', { signal: controller.signal });
        } catch (error) {
          name = (error as Error).name;
        }
        same(name, 'AbortError', 'error of an aborted list');
        name = undefined;
        try {
          await system.get('bookings', 'b-1', { signal: controller.signal });
        } catch (error) {
          name = (error as Error).name;
        }
        same(name, 'AbortError', 'error of an aborted get');
      });
    });

    describe('batches', () => {
      it('applies every op and returns one record per op, in order', async () => {
        const doomed = await system.put('bookings', bookingDraft({ id: 'b-doomed' }));
        const results = await system.batch([
          { type: 'put', collection: 'goals', record: goalDraft({ id: 'g-1' }) },
          { type: 'put', collection: 'recognitions', record: postDraft({ id: 'r-1' }) },
          { type: 'delete', collection: 'bookings', id: doomed.id, expectedVersion: 1 },
        ]);
        same(ids(results), ['g-1', 'r-1', 'b-doomed'], 'ids of the results');
        same(results[0]?.version, 1, 'version of the created goal');
        same((await system.get('recognitions', 'r-1')).version, 1, 'stored post');
        await failsWith(system.get('bookings', doomed.id), 'not-found', 'deleted booking');
      });

      it('lets later ops see earlier ones', async () => {
        const [, second] = await system.batch([
          { type: 'put', collection: 'goals', record: goalDraft({ id: 'g-1' }) },
          { type: 'put', collection: 'goals', record: goalDraft({ id: 'g-1', title: 'Renamed', version: 1 }) },
        ]);
        same([second?.version, (second as PersonalGoal | undefined)?.title], [2, 'Renamed'], 'second write of the same goal');
      });

      it('rolls everything back when one op conflicts', async () => {
        const kept = await system.put('bookings', bookingDraft({ id: 'b-kept' }));
        await failsWith(system.batch([
          { type: 'put', collection: 'goals', record: goalDraft({ id: 'g-new' }) },
          { type: 'delete', collection: 'bookings', id: kept.id },
          { type: 'put', collection: 'bookings', record: bookingDraft({ id: 'b-kept', label: 'Stale', version: 7 }) },
        ]), 'conflict', 'batch with a stale op');
        await failsWith(system.get('goals', 'g-new'), 'not-found', 'goal created earlier in the batch');
        same(await system.get('bookings', kept.id), kept, 'booking deleted earlier in the batch');
      });

      it('rolls everything back when one op is invalid or missing', async () => {
        await failsWith(system.batch([
          { type: 'put', collection: 'goals', record: goalDraft({ id: 'g-new' }) },
          { type: 'put', collection: 'goals', record: goalDraft({ id: 'g-bad', title: '' }) },
        ]), 'validation', 'batch with an invalid record');
        await failsWith(system.batch([
          { type: 'put', collection: 'goals', record: goalDraft({ id: 'g-new' }) },
          { type: 'delete', collection: 'goals', id: 'g-missing' },
        ]), 'not-found', 'batch deleting a missing record');
        same((await system.list('goals')).items, [], 'goals stored');
      });
    });

    describe('change subscriptions', () => {
      it('announces puts and deletes, with the version written', async () => {
        const events: ChangeEvent[] = [];
        system.subscribe((event) => events.push(event));
        const stored = await system.put('goals', goalDraft());
        await system.delete('goals', stored.id);
        await eventually(() => events.length >= 2, 'two announcements');
        same(events.map(({ collection, id, type, version, origin }) => ({ collection, id, type, version, origin })), [
          { collection: 'goals', id: stored.id, type: 'put', version: 1, origin: 'this-tab' },
          { collection: 'goals', id: stored.id, type: 'delete', version: undefined, origin: 'this-tab' },
        ], 'announcements');
      });

      it('announces each op of a batch', async () => {
        const events: ChangeEvent[] = [];
        system.subscribe((event) => events.push(event));
        await system.batch([
          { type: 'put', collection: 'goals', record: goalDraft({ id: 'g-1' }) },
          { type: 'put', collection: 'bookings', record: bookingDraft({ id: 'b-1' }) },
        ]);
        await eventually(() => events.length >= 2, 'two announcements');
        same(events.map((event) => event.id).sort(), ['b-1', 'g-1'], 'announced ids');
      });

      it('announces only the collections asked for, and nothing after unsubscribe', async () => {
        const goals: ChangeEvent[] = [];
        const all: ChangeEvent[] = [];
        const stopGoals = system.subscribe((event) => goals.push(event), { collections: ['goals'] });
        system.subscribe((event) => all.push(event));
        await system.put('bookings', bookingDraft({ id: 'b-1' }));
        await system.put('goals', goalDraft({ id: 'g-1' }));
        await eventually(() => all.length >= 2, 'announcements to the unfiltered listener');
        same(goals.map((event) => event.id), ['g-1'], 'announcements to the goals listener');
        stopGoals();
        await system.put('goals', goalDraft({ id: 'g-2' }));
        await eventually(() => all.length >= 3, 'the third announcement');
        await quietPeriod();
        same(goals.map((event) => event.id), ['g-1'], 'announcements after unsubscribe');
      });

      it('tells a viewer only about records they could see before or after the change', async () => {
        const heard: Id[] = [];
        as('tess').subscribe((event) => heard.push(event.id), { collections: ['goals'] });
        await system.put('goals', goalDraft({ id: 'g-private', visibility: 'private' }));
        const shared = await system.put('goals', goalDraft({ id: 'g-team', visibility: 'team' }));
        await eventually(() => heard.includes('g-team'), 'the announcement of a team goal');
        // Made private: Tess hears once more (so her view can drop it), then no more.
        const hidden = await system.put('goals', { ...shared, visibility: 'private' });
        await system.put('goals', { ...hidden, title: 'Quietly renamed' });
        await quietPeriod();
        same(heard, ['g-team', 'g-team'], 'announcements Tess heard');
      });

      it('reaches subscribers of every view of the store', async () => {
        const heard: ChangeEvent[] = [];
        as('maya').subscribe((event) => heard.push(event));
        await as('ravi').put('goals', goalDraft({ id: 'g-1', visibility: 'manager' }));
        await eventually(() => heard.length >= 1, 'the announcement to another view');
        same([heard[0]?.id, heard[0]?.origin], ['g-1', 'this-tab'], 'announcement');
      });
    });

    describe('privacy: every read is filtered for its viewer', () => {
      it('reports the viewer and shares the store between views', async () => {
        const ravi = as('ravi');
        same(ravi.viewer, viewer('ravi'), 'viewer of a view');
        same(system.viewer, null, 'viewer of the system adapter');
        const stored = await ravi.put('goals', goalDraft({ visibility: 'private' }));
        same(await system.get('goals', stored.id), stored, 'what the system reads of a goal written through a view');
      });

      it('keeps a private goal from everyone but its owner, as if it did not exist', async () => {
        const goal = await system.put('goals', goalDraft({ visibility: 'private' }));
        same(await as('ravi').get('goals', goal.id), goal, 'what the owner sees');
        for (const other of ['maya', 'tess', 'lee', 'uma']) {
          const error = await failsWith(as(other).get('goals', goal.id), 'not-found', `${other} reading a private goal`);
          const missing = await failsWith(as(other).get('goals', 'never-existed'), 'not-found', `${other} reading a missing goal`);
          same(error.message.replace(goal.id, 'ID'), missing.message.replace('never-existed', 'ID'), 'hidden and missing look alike');
          same((await as(other).list('goals')).items, [], `${other}'s goal list`);
        }
      });

      it('shows the manager exactly the summary of a manager-summary goal, and nobody else anything', async () => {
        await system.put('plans', planDraft());
        await system.put('bookings', bookingDraft());
        const goal = await system.put('goals', goalDraft({ visibility: 'manager-summary' }));
        const summary = await as('maya').get('goals', goal.id) as unknown as Record<string, unknown>;
        const extra = Object.keys(summary).filter((key) => !SUMMARY_FIELDS.has(key));
        same(extra, [], 'fields beyond the summary');
        const missing = SUMMARY_REQUIRED.filter((key) => !(key in summary));
        same(missing, [], 'summary fields missing');
        same([summary.summaryOnly, summary.category, summary.status, summary.version], [true, 'home', 'active', 1], 'summary values');
        if (summary.progress !== undefined) check(typeof summary.progress === 'number' && summary.progress >= 0, `progress is a share, got ${show(summary.progress)}`);
        const listed = await as('maya').list('goals', { where: { ownerId: 'ravi' } });
        same(listed.items, [summary], "the manager's list of Ravi's goals");
        const text = JSON.stringify(listed);
        for (const secret of [SECRET_TITLE, SECRET_WHY, '6000000', '1000000', 'savings account', '2027-09-01']) {
          check(!text.includes(secret), `a summary must not carry "${secret}"`);
        }
        for (const other of ['tess', 'lee', 'uma', 'mo']) await failsWith(as(other).get('goals', goal.id), 'not-found', `${other} reading a summary-only goal`);
      });

      it('never lets a manager find or order summary goals by what they hide', async () => {
        const goal = await system.put('goals', goalDraft({ visibility: 'manager-summary' }));
        await system.put('goals', goalDraft({ id: 'g-open', visibility: 'manager' }));
        const maya = as('maya');
        same(ids((await maya.list('goals', { where: { title: SECRET_TITLE } })).items), ['g-open'], 'filtering by title');
        same(ids((await maya.list('goals', { range: { field: 'targetDate', gte: '2027-01-01' } })).items), ['g-open'], 'range on the target date');
        same(ids((await maya.list('goals', { orderBy: 'targetDate' })).items), ['g-open'], 'ordering by the target date');
        same(ids((await maya.list('goals', { where: { category: 'home' }, orderBy: 'status' })).items).sort(), [goal.id, 'g-open'].sort(), 'filtering and ordering by shown fields');
      });

      it('shows a manager-visible goal to the manager only, and a team goal to the team', async () => {
        const forManager = await system.put('goals', goalDraft({ id: 'g-manager', visibility: 'manager' }));
        const forTeam = await system.put('goals', goalDraft({ id: 'g-team', visibility: 'team' }));
        same(await as('maya').get('goals', forManager.id), forManager, 'the manager reading a manager goal');
        await failsWith(as('tess').get('goals', forManager.id), 'not-found', 'a teammate reading a manager goal');
        same(await as('tess').get('goals', forTeam.id), forTeam, 'a teammate reading a team goal');
        for (const outsider of ['uma', 'mo', 'lee']) await failsWith(as(outsider).get('goals', forTeam.id), 'not-found', `${outsider} reading a team goal`);
        same(ids((await as('tess').list('goals')).items), ['g-team'], "a teammate's list");
        same(ids((await as('maya').list('goals')).items), ['g-manager', 'g-team'], "the manager's list");
      });

      it('fills pages with visible records only', async () => {
        for (let index = 0; index < 9; index += 1) {
          // Every third post is private between Ravi and Maya; Tess sees the other six.
          const audience = index % 3 === 1 ? 'private' : 'team';
          await system.put('recognitions', postDraft({
            id: `post-${index}`, fromId: audience === 'private' ? 'maya' : 'tess', audience, postedAt: `2026-03-0${index + 1}T09:00:00.000Z`,
          }));
        }
        const pages: Id[][] = [];
        let cursor: string | undefined;
        do {
          const page = await as('tess').list('recognitions', { where: { teamId: TEAM.east }, orderBy: 'postedAt', direction: 'desc', limit: 2, ...(cursor ? { cursor } : {}) });
          pages.push(ids(page.items));
          cursor = page.nextCursor;
        } while (cursor !== undefined && pages.length < 10);
        same(pages, [['post-8', 'post-6'], ['post-5', 'post-3'], ['post-2', 'post-0']], "Tess's pages of the feed");
      });

      it('keeps a coaching example from the team until the featured rep consents', async () => {
        const example = await as('maya').put('recognitions', postDraft({
          fromId: 'maya', toIds: ['ravi'], kind: 'coaching-example', message: 'Listen to Ravi open this cold call',
          link: 'https://calls.example.com/ravi-42', consent: { personId: 'ravi', status: 'pending' },
        }));
        await failsWith(as('tess').get('recognitions', example.id), 'not-found', 'a teammate reading a pending example');
        same((await as('tess').list('recognitions')).items, [], "a teammate's feed while consent is pending");
        const pending = await as('ravi').get('recognitions', example.id);
        const granted = await as('ravi').put('recognitions', { ...pending, consent: { personId: 'ravi', status: 'granted', decidedAt: '2026-03-03T08:00:00.000Z' } });
        same(await as('tess').get('recognitions', example.id), granted, 'a teammate reading the example once consented');
      });

      it('shows a private recognition to the sender, the recipients and their managers only', async () => {
        const post = await system.put('recognitions', postDraft({ fromId: 'uma', toIds: ['ravi'], audience: 'private' }));
        for (const insider of ['uma', 'ravi', 'maya']) same(await as(insider).get('recognitions', post.id), post, `${insider} reading a private post`);
        for (const outsider of ['tess', 'mo', 'lee']) await failsWith(as(outsider).get('recognitions', post.id), 'not-found', `${outsider} reading a private post`);
      });

      it('shows a motivation profile to its owner and their manager only', async () => {
        const profile = await system.put('profiles', profileDraft());
        for (const insider of ['ravi', 'maya']) same(await as(insider).get('profiles', profile.id), profile, `${insider} reading the profile`);
        for (const outsider of ['tess', 'lee', 'uma']) await failsWith(as(outsider).get('profiles', profile.id), 'not-found', `${outsider} reading the profile`);
      });

      it('shows plans and bookings to the rep, their manager and leaders only', async () => {
        const plan = await system.put('plans', planDraft());
        const booking = await system.put('bookings', bookingDraft());
        for (const insider of ['ravi', 'maya', 'lee']) {
          same(await as(insider).get('plans', plan.id), plan, `${insider} reading the plan`);
          same(ids((await as(insider).list('bookings')).items), [booking.id], `${insider} listing bookings`);
        }
        for (const outsider of ['tess', 'uma', 'mo']) {
          await failsWith(as(outsider).get('plans', plan.id), 'not-found', `${outsider} reading the plan`);
          same((await as(outsider).list('bookings')).items, [], `${outsider} listing bookings`);
        }
      });

      it('keeps a check-in about a private goal with the rep', async () => {
        const goal = await system.put('goals', goalDraft({ visibility: 'private' }));
        const about = await system.put('checkins', checkInDraft({ goalId: goal.id }));
        const general = await system.put('checkins', checkInDraft());
        same(ids((await as('ravi').list('checkins')).items).sort(), [about.id, general.id].sort(), "Ravi's check-ins");
        same(ids((await as('maya').list('checkins')).items), [general.id], "Maya's view of Ravi's check-ins");
        same((await as('tess').list('checkins')).items, [], "Tess's view of Ravi's check-ins");
      });

      it('shows everyone the directory of people', async () => {
        same((await as('uma').list('people')).items.length, PEOPLE.length, 'people Uma sees');
      });
    });

    describe('permissions: a viewer writes only what is theirs to write', () => {
      it('lets a rep write their own goal and nobody else change it', async () => {
        const goal = await as('ravi').put('goals', goalDraft({ visibility: 'team' }));
        await failsWith(as('maya').put('goals', { ...goal, status: 'dropped' }), 'permission', 'the manager editing a goal');
        await failsWith(as('tess').delete('goals', goal.id), 'permission', 'a teammate deleting a team goal');
        await failsWith(as('uma').delete('goals', goal.id), 'not-found', 'an outsider deleting a goal they cannot see');
        await failsWith(as('tess').put('goals', goalDraft({ ownerId: 'ravi' })), 'permission', 'a teammate writing a goal in Ravi\'s name');
        same(await system.get('goals', goal.id), goal, 'the goal after refused writes');
      });

      it('lets recognition be given only in your own name, and only reactions be added by others', async () => {
        await failsWith(as('tess').put('recognitions', postDraft({ fromId: 'ravi', toIds: ['tess'] })), 'permission', 'posting in someone else\'s name');
        const post = await as('tess').put('recognitions', postDraft());
        const reacted = await as('maya').put('recognitions', { ...post, reactions: { '🎉': ['maya'] } });
        same(reacted.version, 2, 'version after a reaction');
        await failsWith(as('maya').put('recognitions', { ...reacted, message: 'Edited by the manager' }), 'permission', 'someone else editing the message');
        same((await system.get('recognitions', post.id) as Recognition).message, post.message, 'message after the refused edit');
      });

      it('lets the manager, not the rep, set the rep\'s plan', async () => {
        await failsWith(as('ravi').put('plans', planDraft()), 'permission', 'a rep setting their own plan');
        const plan = await as('maya').put('plans', planDraft());
        same(plan.version, 1, 'plan set by the manager');
        await failsWith(as('mo').put('plans', planDraft({ ownerId: 'ravi', id: 'plan-2' })), 'permission', 'another team\'s manager setting the plan');
      });

      it('lets only its owner change a motivation profile', async () => {
        const profile = await as('ravi').put('profiles', profileDraft());
        await failsWith(as('maya').put('profiles', { ...profile, coachingNote: 'Push harder' }), 'permission', 'the manager editing the profile');
        same(await system.get('profiles', profile.id), profile, 'the profile after the refused edit');
      });

      it('lets a person change their name but not their team or manager', async () => {
        const ravi = await as('ravi').get('people', 'ravi');
        const renamed = await as('ravi').put('people', { ...ravi, name: 'Ravi S.' });
        same(renamed.name, 'Ravi S.', 'name after a change');
        await failsWith(as('ravi').put('people', { ...renamed, teamId: TEAM.west }), 'permission', 'changing one\'s own team');
        await failsWith(as('tess').put('people', { ...renamed, name: 'Someone else' }), 'permission', 'renaming someone else');
      });

      it('refuses a whole batch when one op is not the viewer\'s to write', async () => {
        await failsWith(as('ravi').batch([
          { type: 'put', collection: 'goals', record: goalDraft({ id: 'g-mine' }) },
          { type: 'put', collection: 'plans', record: planDraft() },
        ]), 'permission', 'a batch with a plan written by its rep');
        await failsWith(system.get('goals', 'g-mine'), 'not-found', 'the goal from the refused batch');
      });
    });

    describe('closing', () => {
      it('refuses every call once closed', async () => {
        await system.close();
        await failsWith(system.get('people', 'ravi'), 'unavailable', 'get after close');
        await failsWith(system.list('people'), 'unavailable', 'list after close');
        await failsWith(system.put('goals', goalDraft()), 'unavailable', 'put after close');
        await failsWith(as('ravi').list('goals'), 'unavailable', 'a view after close');
      });
    });
  });
}
