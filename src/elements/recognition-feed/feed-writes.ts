/**
 * How recognition-feed writes a post a person reacted to or answered: the change re-applied to
 * the freshest record when someone else wrote first. No Lit and no DOM, like `feed-query.ts`;
 * only the lazily loaded post actions use it, so a page that only reads never downloads it.
 */
import { GoalpostError } from '../../core/errors.js';
import type { Id, Recognition } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';

/**
 * Writes a change to a post, re-applying it to the stored record when someone else wrote first.
 * `change` gets the freshest record and returns what to store, or `null` when nothing is left
 * to do (the fresh record already says what the person wanted).
 */
export async function updatePost(
  storage: StorageAdapter,
  post: Recognition,
  change: (fresh: Recognition) => Recognition | null,
  attempts = 4,
): Promise<Recognition> {
  let current = post;
  for (let attempt = 1; ; attempt += 1) {
    const next = change(current);
    if (next === null) return current;
    try {
      return await storage.put('recognitions', next, { expectedVersion: current.version });
    } catch (error) {
      const conflict = error instanceof GoalpostError && error.code === 'conflict';
      if (!conflict || attempt >= attempts) throw error;
      const carried = (error as { current?: unknown }).current as Recognition | undefined;
      current = carried && typeof carried.version === 'number' ? carried : await storage.get('recognitions', post.id);
    }
  }
}

/** The post with `personId`'s `emoji` reaction present (`on`) or absent. `null` when it already is. */
export function withReaction(post: Recognition, emoji: string, personId: Id, on: boolean): Recognition | null {
  const who = post.reactions[emoji] ?? [];
  if (who.includes(personId) === on) return null;
  const reactions = { ...post.reactions };
  const next = on ? [...who, personId] : who.filter((id) => id !== personId);
  if (next.length > 0) reactions[emoji] = next;
  else delete reactions[emoji];
  return { ...post, reactions };
}
