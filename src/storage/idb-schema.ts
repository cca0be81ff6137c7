/**
 * The IndexedDB schema and how every older database reaches it.
 *
 * Each migration takes a database from the version before it to its own version and is frozen
 * once released: a later schema adds a migration, it never edits an old one, because browsers in
 * the field hold databases at every version ever shipped. Migrations run inside the upgrade
 * transaction, so a failure rolls the whole upgrade back and the old data stays as it was.
 *
 * Converting data during an upgrade does not bump `version` or `updatedAt`: the record means the
 * same thing in its new shape, and no tab with the old shape can still be open (they are asked
 * to close before an upgrade can run).
 *
 * v1 (first release): a store per collection except profiles, keyed by `id`, with single-field
 *   indexes named after the field. Goals said `sharedWithManager: boolean`; recognitions said
 *   `authorId` and `recipientIds`.
 * v2: motivation profiles; goal `visibility` (four levels) replaces `sharedWithManager`;
 *   recognitions use `fromId`/`toIds`; every index is keyed by an array of fields and named by
 *   them (`teamId+postedAt`), with compound indexes for the feed, check-in history and bookings.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { CollectionName } from '../core/types.js';

export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface Migration {
  /** The version this migration produces. */
  version: number;
  migrate(db: IDBPDatabase, tx: UpgradeTransaction): Promise<void> | void;
}

/** Index key paths of each collection at the current version. Every key path is an array. */
export type IndexSet = Readonly<Record<CollectionName, ReadonlyArray<readonly string[]>>>;

/** One index per widget query; see `idb-plan.ts` for how a list query picks one. */
const V2_INDEXES: IndexSet = {
  people: [['teamId'], ['managerId']],
  goals: [['ownerId']],
  plans: [['ownerId']],
  bookings: [['ownerId', 'closedOn']],
  checkins: [['personId', 'date'], ['goalId']],
  recognitions: [['teamId', 'postedAt'], ['fromId']],
  profiles: [['ownerId']],
};

export const INDEXES: IndexSet = V2_INDEXES;

export function indexName(keyPath: readonly string[]): string {
  return keyPath.join('+');
}

const V1_STORES = ['people', 'goals', 'plans', 'bookings', 'checkins', 'recognitions'] as const;
const V1_INDEXES: Readonly<Record<(typeof V1_STORES)[number], readonly string[]>> = {
  people: ['teamId'],
  goals: ['ownerId'],
  plans: [],
  bookings: ['ownerId'],
  checkins: ['personId'],
  recognitions: ['teamId'],
};

/** Rewrites every record of a store through `convert`; `undefined` leaves a record as it is. */
async function convertAll(tx: UpgradeTransaction, storeName: string, convert: (record: Record<string, unknown>) => Record<string, unknown> | undefined): Promise<void> {
  let cursor = await tx.objectStore(storeName).openCursor();
  while (cursor) {
    const converted = convert(cursor.value as Record<string, unknown>);
    if (converted) await cursor.update(converted);
    cursor = await cursor.continue();
  }
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    migrate(db) {
      for (const name of V1_STORES) {
        const store = db.createObjectStore(name, { keyPath: 'id' });
        for (const field of V1_INDEXES[name]) store.createIndex(field, field);
      }
    },
  },
  {
    version: 2,
    async migrate(db, tx) {
      db.createObjectStore('profiles', { keyPath: 'id' });
      for (const [collection, keyPaths] of Object.entries(V2_INDEXES)) {
        const store = tx.objectStore(collection);
        // The v1 single-field indexes share their names with the v2 ones but not their key shape.
        for (const name of [...store.indexNames]) store.deleteIndex(name);
        for (const keyPath of keyPaths) store.createIndex(indexName(keyPath), [...keyPath]);
      }
      await convertAll(tx, 'goals', (goal) => {
        if (!('sharedWithManager' in goal) && 'visibility' in goal) return undefined;
        const { sharedWithManager, ...rest } = goal;
        // The old release could only share a goal with the manager or keep it private.
        return { ...rest, visibility: sharedWithManager === true ? 'manager' : 'private' };
      });
      await convertAll(tx, 'recognitions', (post) => {
        if (!('authorId' in post) && !('recipientIds' in post)) return undefined;
        const { authorId, recipientIds, ...rest } = post;
        return { ...rest, fromId: post.fromId ?? authorId, toIds: post.toIds ?? recipientIds ?? [] };
      });
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings a database from `oldVersion` to `SCHEMA_VERSION`, one migration at a time. */
export async function migrate(db: IDBPDatabase, tx: UpgradeTransaction, oldVersion: number): Promise<void> {
  for (const migration of MIGRATIONS) {
    if (migration.version > oldVersion) await migration.migrate(db, tx);
  }
}
