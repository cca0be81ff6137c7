import { expect } from '@open-wc/testing';
import { celebrations, snapshot } from '../../src/core/celebrations.js';
import type { CelebrationContext } from '../../src/core/celebrations.js';
import { celebrationWords } from '../../src/i18n/celebration-words.js';
import { loadMessages, translate } from '../../src/i18n/messages.js';
import { validateRecognition } from '../../src/core/validation.js';
import type { Booking, CompPlan, MotivationProfile, Person, PersonalGoal } from '../../src/core/types.js';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };
const maya: Person = { id: 'maya', name: 'Maya Okafor', role: 'rep', teamId: 'west', managerId: 'dana', ...stamp };
const plan: CompPlan = {
  id: 'plan', ownerId: 'maya', name: 'FY26', currency: 'USD', period: 'quarter', quota: 100_000_00, targetIncentive: 10_000_00,
  tiers: [{ from: 0, multiplier: 0.5, retroactive: false }, { from: 0.5, multiplier: 1, retroactive: true }, { from: 1, multiplier: 1.5, retroactive: false }],
  basis: 'per-period', yearStart: '2026-01-01', ...stamp,
};
const profile = (overrides: Partial<MotivationProfile> = {}): MotivationProfile => ({
  id: 'prof', ownerId: 'maya', drivers: { money: 80, winning: 20, recognition: 60, growth: 10, purpose: 10 },
  recognitionPreference: 'public', leaderboard: 'named', autoCelebrate: true, coachingNote: '', ...stamp, ...overrides,
});
const booking = (amount: number): Booking => ({ id: `b${amount}`, ownerId: 'maya', amount: { amount, currency: 'USD' }, closedOn: '2026-11-20', label: 'Deal', ...stamp });
const goal = (overrides: Partial<PersonalGoal> = {}): PersonalGoal => ({
  id: 'g1', ownerId: 'maya', title: 'Lake-house deposit', why: 'Summers', category: 'home', writtenOn: '2026-02-01', fundingShare: 0.2,
  milestones: [{ id: 'm1', title: 'Halfway there' }], status: 'active', visibility: 'team', cadence: 'monthly', ...stamp, ...overrides,
});
const ctx = (p: MotivationProfile | undefined, locale = 'en-US'): CelebrationContext => ({
  person: maya, profile: p, plan, now: '2026-11-27T10:00:00.000Z', words: celebrationWords(locale, translate),
});
const today = '2026-11-27';

describe('automatic celebrations', () => {
  it('posts once for each tier a booking crosses, to the team for a rep who likes public praise', () => {
    const before = snapshot(plan, [booking(40_000_00)], [], today);
    const after = snapshot(plan, [booking(40_000_00), booking(70_000_00)], [], today);
    const posts = celebrations(before, after, ctx(profile()));
    expect(posts.map((p) => p.message)).to.deep.equal([
      'Maya just reached 50% of Q4 2026 quota — the ×1 tier is unlocked.',
      'Maya just reached 100% of Q4 2026 quota — the ×1.5 tier is unlocked.',
    ]);
    for (const post of posts) {
      expect(post.audience).to.equal('team');
      expect(post.automatic).to.equal(true);
      expect(validateRecognition(post)).to.deep.equal([]);
    }
    expect(new Set(posts.map((p) => p.id)).size).to.equal(2);
  });

  it('posts nothing for a rep who did not opt in, or who wants no recognition', () => {
    const before = snapshot(plan, [], [], today);
    const after = snapshot(plan, [booking(60_000_00)], [], today);
    expect(celebrations(before, after, ctx(profile({ autoCelebrate: false })))).to.deep.equal([]);
    expect(celebrations(before, after, ctx(profile({ recognitionPreference: 'none' })))).to.deep.equal([]);
    expect(celebrations(before, after, ctx(undefined))).to.deep.equal([]);
  });

  it('keeps it private for a rep who prefers private recognition', () => {
    const posts = celebrations(snapshot(plan, [], [], today), snapshot(plan, [booking(60_000_00)], [], today), ctx(profile({ recognitionPreference: 'private' })));
    expect(posts.length).to.equal(1);
    expect(posts[0]!.audience).to.equal('private');
  });

  it('celebrates a milestone, naming the goal only when the team may read it', () => {
    const done = (g: PersonalGoal) => ({ ...g, milestones: [{ ...g.milestones[0]!, doneOn: today }] });
    const teamGoal = goal();
    let posts = celebrations(snapshot(plan, [], [teamGoal], today), snapshot(plan, [], [done(teamGoal)], today), ctx(profile()));
    expect(posts.map((p) => p.message)).to.deep.equal(['Maya reached a milestone on “Lake-house deposit”: Halfway there.']);
    const managerGoal = goal({ visibility: 'manager' });
    posts = celebrations(snapshot(plan, [], [managerGoal], today), snapshot(plan, [], [done(managerGoal)], today), ctx(profile()));
    expect(posts.map((p) => p.message)).to.deep.equal(['Maya reached a milestone on a personal goal.']);
    const privateGoal = goal({ visibility: 'private' });
    expect(celebrations(snapshot(plan, [], [privateGoal], today), snapshot(plan, [], [done(privateGoal)], today), ctx(profile()))).to.deep.equal([]);
  });

  it('celebrates an achieved goal once', () => {
    const g = goal();
    const posts = celebrations(snapshot(plan, [], [g], today), snapshot(plan, [], [{ ...g, status: 'achieved' }], today), ctx(profile()));
    expect(posts.map((p) => p.kind)).to.deep.equal(['goal-achieved']);
    expect(posts[0]!.message).to.contain('Lake-house deposit');
  });

  it('speaks the language of the page that posts it, figures written as that language writes them', async () => {
    await loadMessages('de');
    await loadMessages('ar');
    const before = snapshot(plan, [booking(40_000_00)], [goal()], today);
    const after = snapshot(plan, [booking(40_000_00), booking(70_000_00)], [{ ...goal(), status: 'achieved' }], today);
    expect(celebrations(before, after, ctx(profile(), 'de-DE')).map((p) => p.message)).to.deep.equal([
      // German puts a no-break space before the percent sign.
      'Maya hat gerade 50\u00a0% der Quota für Q4 2026 erreicht — die ×1-Stufe ist freigeschaltet.',
      'Maya hat gerade 100\u00a0% der Quota für Q4 2026 erreicht — die ×1,5-Stufe ist freigeschaltet.',
      'Maya hat ein persönliches Ziel erreicht: Lake-house deposit. 🎉',
    ]);
    const done = { ...goal({ visibility: 'manager' }), milestones: [{ id: 'm1', title: 'Halfway there', doneOn: today }] };
    const arabic = celebrations(snapshot(plan, [], [goal({ visibility: 'manager' })], today), snapshot(plan, [], [done], today), ctx(profile(), 'ar'));
    expect(arabic.map((p) => p.message)).to.deep.equal(['Maya: بلوغ مرحلة في هدف شخصي.']);
  });

  it('says nothing when bookings fall or nothing crosses a threshold', () => {
    const before = snapshot(plan, [booking(60_000_00)], [], today);
    expect(celebrations(before, snapshot(plan, [booking(61_000_00)], [], today), ctx(profile()))).to.deep.equal([]);
    expect(celebrations(before, snapshot(plan, [booking(10_000_00)], [], today), ctx(profile()))).to.deep.equal([]);
  });
});
