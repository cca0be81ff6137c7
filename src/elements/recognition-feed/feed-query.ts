/**
 * How recognition-feed reads its posts: newest first, one page at a time, for a team or for a
 * person, optionally of one kind. No Lit and no DOM, so it can move to `src/context/` unchanged.
 *
 * A team feed is one indexed query (`teamId`, ordered by `postedAt`). A person feed ("posts to
 * or from them") cannot be expressed as equality on stored fields, because recipients are a
 * list: it walks the newest-first order in chunks and keeps the posts that involve the person.
 * Its cursor therefore carries the storage cursor of the chunk it stopped in plus the last post
 * it handed out, so the next page resumes exactly after that post.
 */
import { GoalpostError } from '../../core/errors.js';
import type { Id, Recognition, RecognitionKind } from '../../core/types.js';
import type { ListQuery, Page, StorageAdapter } from '../../storage/adapter.js';

export interface FeedScope {
  teamId?: Id;
  personId?: Id;
  kind?: RecognitionKind;
}

export interface FeedPageRequest {
  limit: number;
  cursor?: string;
  signal?: AbortSignal;
}

/** Whether `post` belongs in a feed of `scope`. */
export function inScope(post: Recognition, scope: FeedScope): boolean {
  if (scope.kind !== undefined && post.kind !== scope.kind) return false;
  if (scope.teamId !== undefined && post.teamId !== scope.teamId) return false;
  if (scope.personId !== undefined && post.fromId !== scope.personId && !post.toIds.includes(scope.personId)) return false;
  return true;
}

/** Newest first; equal times by id, newest id first, as storage breaks ties. */
export function newestFirst(a: Recognition, b: Recognition): number {
  if (a.postedAt !== b.postedAt) return a.postedAt < b.postedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

interface PersonCursor {
  /** Storage cursor the chunk was read from; absent for the first chunk. */
  raw?: string;
  /** The last post handed out, to resume strictly after it. */
  postedAt: string;
  id: Id;
}

function encodePersonCursor(cursor: PersonCursor): string {
  return `p:${JSON.stringify(cursor)}`;
}

function decodePersonCursor(cursor: string): PersonCursor {
  try {
    if (!cursor.startsWith('p:')) throw new Error('not a person cursor');
    const value = JSON.parse(cursor.slice(2)) as PersonCursor;
    if (typeof value.postedAt !== 'string' || typeof value.id !== 'string') throw new Error('bad cursor');
    return value;
  } catch {
    throw new GoalpostError('invalid-input', 'That page cursor does not belong to this feed; start again from the first page.');
  }
}

function baseQuery(scope: FeedScope, signal?: AbortSignal): ListQuery<Recognition> {
  const where: ListQuery<Recognition>['where'] = {};
  if (scope.teamId !== undefined) where.teamId = scope.teamId;
  if (scope.kind !== undefined) where.kind = scope.kind;
  return { where, orderBy: 'postedAt', direction: 'desc', signal };
}

/** One page of the feed for `scope`, newest first. */
export async function loadFeedPage(storage: StorageAdapter, scope: FeedScope, request: FeedPageRequest): Promise<Page<Recognition>> {
  const { limit, cursor, signal } = request;
  if (scope.personId === undefined) {
    const page = await storage.list('recognitions', { ...baseQuery(scope, signal), limit, ...(cursor ? { cursor } : {}) });
    return page;
  }
  return loadPersonPage(storage, scope, limit, cursor, signal);
}

async function loadPersonPage(storage: StorageAdapter, scope: FeedScope, limit: number, cursor: string | undefined, signal?: AbortSignal): Promise<Page<Recognition>> {
  const resume = cursor === undefined ? undefined : decodePersonCursor(cursor);
  // Read a few pages' worth at a time: most of a team's posts do not involve one person.
  const chunkSize = Math.max(limit * 4, 50);
  const items: Recognition[] = [];
  let raw = resume?.raw;
  for (;;) {
    signal?.throwIfAborted();
    const chunk = await storage.list('recognitions', { ...baseQuery(scope, signal), limit: chunkSize, ...(raw ? { cursor: raw } : {}) });
    for (const [index, post] of chunk.items.entries()) {
      if (resume && newestFirst(post, { postedAt: resume.postedAt, id: resume.id } as Recognition) <= 0) continue;
      if (!inScope(post, scope)) continue;
      items.push(post);
      if (items.length === limit) {
        const more = index < chunk.items.length - 1 || chunk.nextCursor !== undefined;
        const page: Page<Recognition> = { items };
        if (more) page.nextCursor = encodePersonCursor({ ...(raw ? { raw } : {}), postedAt: post.postedAt, id: post.id });
        return page;
      }
    }
    if (chunk.nextCursor === undefined) return { items };
    raw = chunk.nextCursor;
  }
}
