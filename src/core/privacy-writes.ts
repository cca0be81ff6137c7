/**
 * Who may change what: the write half of the privacy rules in `privacy.ts`, apart so that a page
 * that only reads never loads it. Storage adapters pass every write through `assertMayWrite`.
 */
import { PermissionError } from './errors.js';
import { checkInVisible, isDirectManager, ownerManagerOrLeader, recognitionVisible } from './privacy.js';
import type { MaybeViewer, PrivacyContext } from './privacy.js';
import type { CheckIn, CollectionName, Collections, CompPlan, Person, PersonalGoal, Recognition } from './types.js';

/** Fields of `next` that differ from `previous`, compared as JSON. */
function changedFields(previous: object, next: object): string[] {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
  const bookkeeping = new Set(['version', 'updatedAt', 'createdAt']);
  return [...keys].filter(
    (key) =>
      !bookkeeping.has(key) &&
      JSON.stringify((previous as Record<string, unknown>)[key]) !== JSON.stringify((next as Record<string, unknown>)[key]),
  );
}

function deny(message: string): never {
  throw new PermissionError(message);
}

/**
 * Throws a `PermissionError` unless `viewer` may write `next` over `previous` (a create when
 * `previous` is undefined, a delete when `next` is null).
 */
export function assertMayWrite<C extends CollectionName>(
  collection: C,
  previous: Collections[C] | undefined,
  next: Collections[C] | null,
  viewer: MaybeViewer,
  ctx: PrivacyContext,
): void {
  if (viewer === null) return;
  const me = viewer.personId;
  const subject = (next ?? previous) as Collections[C];
  switch (collection) {
    case 'people': {
      const person = subject as Person;
      if (person.id !== me) deny('Only the person themself can change their profile.');
      if (previous && next && changedFields(previous, next).some((f) => f === 'role' || f === 'managerId' || f === 'teamId')) {
        deny('Role, manager and team are set by an administrator.');
      }
      if (!next) deny('People are removed by an administrator.');
      return;
    }
    case 'goals':
    case 'profiles': {
      const ownerIds = [previous, next].filter(Boolean).map((r) => (r as PersonalGoal).ownerId);
      if (ownerIds.some((id) => id !== me)) deny(collection === 'goals' ? 'Only the rep who wrote a goal can change it.' : 'Only its owner can change a motivation profile.');
      return;
    }
    case 'plans': {
      const ownerIds = [previous, next].filter(Boolean).map((r) => (r as CompPlan).ownerId);
      if (!ownerIds.every((id) => isDirectManager(viewer, id, ctx) || viewer.role === 'leader')) {
        deny('A compensation plan is set by the rep’s manager.');
      }
      return;
    }
    case 'bookings': {
      const ownerIds = [previous, next].filter(Boolean).map((r) => (r as CompPlan).ownerId);
      if (!ownerIds.every((id) => ownerManagerOrLeader(viewer, id, ctx))) deny('Only the rep, their manager or a leader can record bookings.');
      return;
    }
    case 'checkins': {
      for (const record of [previous, next] as Array<CheckIn | undefined | null>) {
        if (!record) continue;
        const party = record.personId === me || isDirectManager(viewer, record.personId, ctx);
        if (!party || !checkInVisible(viewer, record, ctx)) deny('Only the rep and their manager take part in a check-in.');
      }
      if (!previous && next && (next as CheckIn).authorId !== me) deny('A check-in is written in your own name.');
      return;
    }
    case 'recognitions': {
      const post = subject as Recognition;
      if (!previous) {
        if (post.fromId !== me) deny('Recognition is given in your own name.');
        // Only the featured rep can say yes: a coaching example starts out waiting for them.
        if (post.consent && post.consent.status !== 'pending' && post.consent.personId !== me) {
          deny('A coaching example waits for the featured rep’s consent.');
        }
        return;
      }
      const before = previous as Recognition;
      if (!recognitionVisible(viewer, before, ctx)) deny('You cannot see this post.');
      if (!next) {
        if (before.fromId !== me) deny('Only the sender can remove a post.');
        return;
      }
      const changed = changedFields(previous, next);
      const featured = before.consent?.personId;
      if (changed.includes('consent') && featured !== me) deny('Only the featured rep can give or refuse consent.');
      if (before.fromId === me && post.fromId === me) return;
      const allowed = new Set(['reactions', ...(featured === me ? ['consent'] : [])]);
      const forbidden = changed.filter((f) => !allowed.has(f));
      if (forbidden.length > 0) deny(`Only the sender can change ${forbidden.join(', ')}.`);
      return;
    }
    default:
      deny('Unknown collection.');
  }
}
