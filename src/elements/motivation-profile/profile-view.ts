/**
 * What motivation-profile shows, read through storage as the viewer may see it. Storage decides
 * who sees a profile (its owner and their direct manager); this only says how the viewer relates
 * to the rep, which picks the editor, the read-only summary or "not shared with you".
 */
import { NotFoundError } from '../../core/errors.js';
import type { Id, MotivationProfile, Person } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';

/** The rep themself edits; their manager reads a summary; anyone else sees what storage allows. */
export type ProfileRelation = 'owner' | 'manager' | 'other';

export interface ProfileView {
  person: Person;
  manager?: Person;
  relation: ProfileRelation;
  /** Absent when the rep has none yet, or when storage does not show it to this viewer. */
  profile?: MotivationProfile;
}

export async function loadProfileView(storage: StorageAdapter, personId: Id, viewerId: Id | undefined, signal?: AbortSignal): Promise<ProfileView> {
  const person = await storage.get('people', personId, { signal });
  const relation: ProfileRelation = viewerId === person.id ? 'owner' : viewerId !== undefined && person.managerId === viewerId ? 'manager' : 'other';
  const [manager, page] = await Promise.all([
    person.managerId
      ? storage.get('people', person.managerId, { signal }).catch((error: unknown) => {
          if (error instanceof NotFoundError) return undefined;
          throw error;
        })
      : Promise.resolve(undefined),
    storage.list('profiles', { where: { ownerId: person.id }, limit: 1, signal }),
  ]);
  const profile = page.items[0];
  return { person, relation, ...(manager ? { manager } : {}), ...(profile ? { profile } : {}) };
}
