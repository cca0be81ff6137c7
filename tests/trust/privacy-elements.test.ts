/**
 * The privacy table of DESIGN.md, checked where a person meets it: in the rendered page.
 *
 * The sample company is seeded once. Maya (the owner rep) then writes one goal per visibility,
 * each carrying marker words in its title, why and milestone, marker figures in its target,
 * savings and milestone amount, a unique category, and a check-in with a marker note. Her
 * motivation profile gets a marker in its coaching note, and four recognition posts featuring
 * her carry marker messages: a coaching example waiting for her consent, one she declined, one
 * she granted, and private kudos.
 *
 * Every element that shows goals or personal data is rendered as each of five viewers (Maya, her
 * manager Dana, her teammate Jordan, the other team's manager Gabriel, the leader Evelyn), and the
 * whole rendered DOM (text, every attribute value, every form control's value, through every
 * shadow root) is searched for the markers. A marker that is there but hidden by CSS counts as
 * there. Each case asserts both ways: the viewer who may see something does, and the one who may
 * not finds no trace of it, not even its category or a count.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/goal-card/define.js';
import '../../src/elements/quota-to-goal-meter/define.js';
import '../../src/elements/goal-checkin/define.js';
import '../../src/elements/team-goals-board/define.js';
import '../../src/elements/motivation-profile/define.js';
import '../../src/elements/recognition-feed/define.js';
import '../../src/elements/commission-what-if/define.js';
import '../../src/elements/attainment-chart/define.js';
import { provideGoalpost } from '../../src/context/host-provider.js';
import { NotFoundError } from '../../src/core/errors.js';
import { addDays } from '../../src/core/dates.js';
import { VISIBILITIES } from '../../src/core/types.js';
import type { Draft, GoalCategory, Id, Money, PersonalGoal, Recognition, Viewer, Visibility } from '../../src/core/types.js';
import { CATEGORY_ICONS } from '../../src/elements/goal-card/goal-card.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';
import { deepCount, everythingIn, settle } from './deep-dom.js';

// ---------------------------------------------------------------------------------------------
// Who is looking, and what DESIGN.md lets each of them see

type Seat = 'owner' | 'manager' | 'teammate' | 'otherManager' | 'leader';
const SEATS: readonly Seat[] = ['owner', 'manager', 'teammate', 'otherManager', 'leader'];
type Access = 'all' | 'summary' | 'none';

/**
 * DESIGN.md's goal table, written out for the sample company's seats: Dana is Maya's direct
 * manager, Jordan is on her team, Gabriel and Evelyn are "anyone else" (another team, and the
 * leadership team).
 */
function access(seat: Seat, visibility: Visibility): Access {
  if (seat === 'owner') return 'all';
  switch (visibility) {
    case 'private':
      return 'none';
    case 'manager-summary':
      return seat === 'manager' ? 'summary' : 'none';
    case 'manager':
      return seat === 'manager' ? 'all' : 'none';
    case 'team':
      return seat === 'manager' || seat === 'teammate' ? 'all' : 'none';
  }
}

/** Plans and bookings reach the owner, their direct manager and leaders. */
const seesPlan = (seat: Seat) => seat === 'owner' || seat === 'manager' || seat === 'leader';

/** Check-ins reach the rep and their manager (and the author, here the rep); about a private goal only the rep. */
const seesCheckIns = (seat: Seat, visibility: Visibility) => seat === 'owner' || (seat === 'manager' && visibility !== 'private');

/** A motivation profile reaches its owner and their direct manager. */
const seesProfile = (seat: Seat) => seat === 'owner' || seat === 'manager';

// ---------------------------------------------------------------------------------------------
// The markers

interface Marked {
  visibility: Visibility;
  id: Id;
  category: GoalCategory;
  categoryLabel: string;
  title: string;
  why: string;
  milestone: string;
  note: string;
  target: number;
  saved: number;
  milestoneAmount: number;
}

const MARK_SPECS: Record<Visibility, { code: string; category: GoalCategory; label: string; target: number; saved: number; milestone: number }> = {
  private: { code: 'Pv', category: 'giving', label: 'Giving', target: 987_654_12, saved: 71_717_17, milestone: 41_414_14 },
  'manager-summary': { code: 'Ms', category: 'travel', label: 'Travel', target: 876_543_12, saved: 72_727_27, milestone: 42_424_24 },
  manager: { code: 'Mg', category: 'learning', label: 'Learning', target: 765_432_12, saved: 73_737_37, milestone: 43_434_34 },
  team: { code: 'Tm', category: 'experience', label: 'Experience', target: 654_321_12, saved: 74_747_47, milestone: 44_545_45 },
};

const MARKS = Object.fromEntries(
  VISIBILITIES.map((visibility) => {
    const spec = MARK_SPECS[visibility];
    const marked: Marked = {
      visibility,
      id: `goal-trust-${spec.code.toLowerCase()}`,
      category: spec.category,
      categoryLabel: spec.label,
      title: `Qz${spec.code} title 8c1f`,
      why: `Qz${spec.code} why 3e9a`,
      milestone: `Qz${spec.code} milestone 5b2d`,
      note: `Qz${spec.code} check-in note 7d4e`,
      target: spec.target,
      saved: spec.saved,
      milestoneAmount: spec.milestone,
    };
    return [visibility, marked];
  }),
) as Record<Visibility, Marked>;

/** A figure as a person would read it, whole units with and without grouping: "987,654" and "987654". */
function figure(minor: number): string[] {
  const whole = Math.floor(minor / 100);
  return [whole.toLocaleString('en-US'), String(whole)];
}

/** What a viewer allowed to see the goal reads on it: its words and its amounts as formatted. */
function shownOf(m: Marked): string[] {
  return [m.title, m.why, m.milestone, figure(m.target)[0]!, figure(m.saved)[0]!, figure(m.milestoneAmount)[0]!];
}

/** Everything a goal's owner wrote that only the allowed may see: words and amounts, in any form. */
function secretsOf(m: Marked): string[] {
  return [m.title, m.why, m.milestone, ...figure(m.target), ...figure(m.saved), ...figure(m.milestoneAmount)];
}

const COACHING_MARK = 'Qz coaching note 9f3a';
const POSTS = {
  pending: { id: 'recognition-trust-pending', message: 'Qz coaching pending 1a2b', seats: ['owner', 'manager'] as Seat[] },
  declined: { id: 'recognition-trust-declined', message: 'Qz coaching declined 3c4d', seats: ['owner', 'manager'] as Seat[] },
  granted: { id: 'recognition-trust-granted', message: 'Qz coaching granted 5e6f', seats: ['owner', 'manager', 'teammate'] as Seat[] },
  privateKudos: { id: 'recognition-trust-private', message: 'Qz private kudos 7a8b', seats: ['owner', 'manager'] as Seat[] },
};
/** Maya's plan quota, $895,000 a quarter: the plan's own figure. */
const QUOTA_FIGURE = '895,000';
const DEALS: ReadonlyArray<{ amount: Money; closedOn: string }> = [{ amount: { amount: 5_000_000, currency: 'USD' }, closedOn: addDays(SAMPLE_TODAY, 3) }];
const NOT_FOUND = 'This could not be found, or it is not shared with you.';
const NO_PLAN = 'No compensation plan is shared here yet';

/** The strings of `wanted` that occur in `text`. */
const found = (text: string, wanted: readonly string[]) => wanted.filter((s) => text.includes(s));
/** The strings of `wanted` that do not occur in `text`. */
const missing = (text: string, wanted: readonly string[]) => wanted.filter((s) => !text.includes(s));

// ---------------------------------------------------------------------------------------------
// The company, seeded once

let company: SeededCompany;
let viewers: Record<Seat, Viewer>;
let repId: Id;
let managerId: Id;
/** The sample's own private goal of Maya's: nobody but her may find a trace of it either. */
let samplePrivate: PersonalGoal;

before(async function () {
  this.timeout(30000);
  // Tall enough that every feed shows its newest posts without scrolling.
  await setViewport({ width: 1280, height: 2000 });
  company = await seededCompany();
  const v = company.company.viewers;
  repId = v.repId;
  managerId = v.managerId;
  const viewerOf = (id: Id): Viewer => ({ personId: id, role: company.company.people.find((p) => p.id === id)!.role });
  viewers = {
    owner: viewerOf(v.repId),
    manager: viewerOf(v.managerId),
    teammate: viewerOf(v.teammateId),
    otherManager: viewerOf(v.otherManagerId),
    leader: viewerOf(v.leaderId),
  };
  samplePrivate = company.company.goals.find((g) => g.ownerId === repId && g.visibility === 'private')!;

  const usd = (amount: number): Money => ({ amount, currency: 'USD' });
  for (const visibility of VISIBILITIES) {
    const m = MARKS[visibility];
    const goal: Draft<PersonalGoal> = {
      id: m.id,
      ownerId: repId,
      title: m.title,
      why: m.why,
      category: m.category,
      target: usd(m.target),
      targetDate: '2027-09-30',
      writtenOn: '2026-09-01',
      fundingShare: 0.02,
      saved: usd(m.saved),
      milestones: [{ id: `${m.id}-m1`, title: m.milestone, amount: usd(m.milestoneAmount), dueOn: '2027-03-31' }],
      status: 'active',
      visibility,
      cadence: 'monthly',
    };
    await company.system.put('goals', goal);
    await company.system.put('checkins', {
      id: `${m.id}-checkin`,
      personId: repId,
      goalId: m.id,
      authorId: repId,
      date: addDays(SAMPLE_TODAY, -7),
      note: m.note,
      confidence: 3,
      blockers: '',
      commitment: '',
      nextDueOn: addDays(SAMPLE_TODAY, 23),
    });
  }

  const profile = (await company.system.list('profiles', { where: { ownerId: repId } })).items[0]!;
  await company.system.put('profiles', { ...profile, coachingNote: `${profile.coachingNote} ${COACHING_MARK}` });

  // A west rep who is none of the five viewers sends the posts, so the teammate is never the sender.
  const sender = company.company.people.find((p) => p.teamId === 'team-west' && p.role === 'rep' && p.id !== v.repId && p.id !== v.teammateId)!.id;
  const post = (id: Id, message: string, minute: number, extra: Partial<Draft<Recognition>>): Draft<Recognition> => ({
    id,
    fromId: sender,
    toIds: [repId],
    teamId: 'team-west',
    kind: 'coaching-example',
    message,
    values: [],
    audience: 'team',
    postedAt: `${SAMPLE_TODAY}T11:${String(minute).padStart(2, '0')}:00.000Z`,
    reactions: {},
    ...extra,
  });
  await company.system.put('recognitions', post(POSTS.pending.id, POSTS.pending.message, 50, { consent: { personId: repId, status: 'pending' } }));
  await company.system.put('recognitions', post(POSTS.declined.id, POSTS.declined.message, 49, {
    consent: { personId: repId, status: 'declined', decidedAt: `${SAMPLE_TODAY}T11:55:00.000Z` },
  }));
  await company.system.put('recognitions', post(POSTS.granted.id, POSTS.granted.message, 48, {
    consent: { personId: repId, status: 'granted', decidedAt: `${SAMPLE_TODAY}T11:56:00.000Z` },
  }));
  await company.system.put('recognitions', post(POSTS.privateKudos.id, POSTS.privateKudos.message, 51, { kind: 'kudos', audience: 'private' }));
});

/** Renders `template` under a host-page provider for `seat`, and waits until everything in it has read and rendered. */
async function mount(seat: Seat, template: TemplateResult, timeout = 8000): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1240px"></div>`);
  const viewer = viewers[seat];
  provideGoalpost(wrapper, { storage: company.as(viewer), viewer, clock: company.clock, locale: 'en-US', currency: 'USD' });
  render(template, wrapper);
  await settle(wrapper, timeout);
  return wrapper;
}

const the = (wrapper: HTMLElement, tag: string) => everythingIn(wrapper.querySelector(tag)!);

// ---------------------------------------------------------------------------------------------

describe('privacy in the rendered elements', () => {
  describe('one goal: goal-card, quota-to-goal-meter, goal-checkin and commission-what-if', () => {
    for (const seat of SEATS) {
      for (const visibility of VISIBILITIES) {
        const level = access(seat, visibility);
        it(`${seat} looking at a ${visibility} goal sees ${level === 'all' ? 'all of it' : level === 'summary' ? 'its summary only' : 'no trace of it'}`, async () => {
          const m = MARKS[visibility];
          const wrapper = await mount(seat, html`
            <goal-card goal-id=${m.id}></goal-card>
            <quota-to-goal-meter person-id=${repId} goal-id=${m.id}></quota-to-goal-meter>
            <goal-checkin goal-id=${m.id}></goal-checkin>
            <commission-what-if person-id=${repId} goal-id=${m.id} .deals=${DEALS}></commission-what-if>
          `);
          const everything = everythingIn(wrapper);
          const card = the(wrapper, 'goal-card');
          const meter = the(wrapper, 'quota-to-goal-meter');
          const checkin = the(wrapper, 'goal-checkin');
          const whatIf = the(wrapper, 'commission-what-if');
          const secrets = secretsOf(m);

          // Nothing of Maya's other goals reaches a page about this one, whoever looks.
          for (const other of VISIBILITIES.filter((o) => o !== visibility)) {
            expect(found(everything, [...secretsOf(MARKS[other]), MARKS[other].note]), `${other} goal's markers`).to.deep.equal([]);
          }

          if (level === 'all') {
            expect(missing(card, [...shownOf(m), m.categoryLabel]), 'goal-card shows the whole goal').to.deep.equal([]);
            expect(missing(checkin, [m.title]), 'goal-checkin names the goal').to.deep.equal([]);
            if (seesPlan(seat)) {
              expect(missing(meter, [m.title, ...figure(m.target).slice(0, 1)]), 'the meter follows the goal').to.deep.equal([]);
              expect(missing(whatIf, [m.title]), 'the what-if funds the goal').to.deep.equal([]);
            }
          } else if (level === 'summary') {
            expect(missing(card, [m.categoryLabel, 'Shared as a summary', 'check-in']), 'goal-card shows the summary').to.deep.equal([]);
            expect(card).to.match(/\d+%/);
            expect(found(everything, secrets), 'a summary shows no title, why, milestone or amount').to.deep.equal([]);
            expect(card.includes('$'), 'the summary card shows no money at all').to.equal(false);
            expect(missing(checkin, [`${m.categoryLabel} goal`]), 'goal-checkin names the goal by its category').to.deep.equal([]);
          } else {
            expect(missing(card, [NOT_FOUND]), 'goal-card says it is not shared').to.deep.equal([]);
            expect(found(everything, secrets), 'no trace of the goal').to.deep.equal([]);
            expect(found(card, [m.categoryLabel, CATEGORY_ICONS[m.category], '$', '%']), 'not even its category or figures').to.deep.equal([]);
            expect(found(checkin, [m.categoryLabel, CATEGORY_ICONS[m.category]]), 'goal-checkin does not name the category').to.deep.equal([]);
          }

          if (seesCheckIns(seat, visibility)) {
            expect(missing(checkin, [m.note]), 'the check-in note').to.deep.equal([]);
          } else {
            expect(found(everything, [m.note]), 'the check-in note').to.deep.equal([]);
          }

          if (seesPlan(seat)) {
            expect(missing(everything, [QUOTA_FIGURE]), 'the plan’s quota').to.deep.equal([]);
          } else {
            expect(found(everything, [QUOTA_FIGURE]), 'the plan’s quota').to.deep.equal([]);
            expect(meter.includes('$') || whatIf.includes('$'), 'no plan figures at all').to.equal(false);
            expect(missing(meter, [NO_PLAN]).length + missing(whatIf, [NO_PLAN]).length).to.equal(0);
          }
        });
      }
    }
  });

  describe('team-goals-board, with Maya’s details open', () => {
    for (const seat of SEATS) {
      it(`as ${seat}`, async function () {
        this.timeout(40000);
        const wrapper = await mount(seat, html`<team-goals-board manager-id=${managerId}></team-goals-board>`, 20000);
        const root = wrapper.querySelector('team-goals-board')!.shadowRoot!;
        const allSecrets = [
          ...VISIBILITIES.flatMap((v) => [...secretsOf(MARKS[v]), MARKS[v].note]),
          COACHING_MARK,
          samplePrivate.title,
          samplePrivate.why,
        ];
        if (seat === 'owner' || seat === 'teammate') {
          expect(everythingIn(wrapper)).to.contain('This view is for managers.');
          expect(root.querySelectorAll('tr.rep-row').length).to.equal(0);
          expect(found(everythingIn(wrapper), allSecrets)).to.deep.equal([]);
          return;
        }
        const row = root.querySelector(`tr.rep-row[data-rep="${repId}"]`);
        expect(row !== null, 'Maya has a row').to.equal(true);
        root.querySelector<HTMLButtonElement>(`button.rep-button[data-rep="${repId}"]`)!.click();
        await settle(wrapper, 20000);
        const detail = root.querySelector(`#detail-${repId}`);
        expect(detail !== null, 'Maya’s details are open').to.equal(true);
        const everything = everythingIn(wrapper);
        const rowText = everythingIn(row!);
        const mayaText = `${rowText}\n${everythingIn(detail!)}`;

        for (const visibility of VISIBILITIES) {
          const m = MARKS[visibility];
          const level = access(seat, visibility);
          if (level === 'all') {
            expect(missing(rowText, [m.title]), `${visibility} goal in Maya’s row`).to.deep.equal([]);
            expect(missing(everythingIn(detail!), [m.title, m.why, m.milestone]), `${visibility} goal in Maya’s details`).to.deep.equal([]);
          } else {
            expect(found(everything, secretsOf(m)), `${visibility} goal's words and figures`).to.deep.equal([]);
          }
          if (level === 'summary') expect(missing(rowText, [`${m.categoryLabel} goal`, '(summary)']), 'the summary line').to.deep.equal([]);
          if (level === 'none') {
            expect(found(mayaText, [`${m.categoryLabel} goal`, CATEGORY_ICONS[m.category]]), `${visibility} goal's category`).to.deep.equal([]);
          }
          if (seesCheckIns(seat, visibility)) expect(missing(mayaText, [m.note]), `${visibility} check-in note`).to.deep.equal([]);
          else expect(found(everything, [m.note]), `${visibility} check-in note`).to.deep.equal([]);
        }
        // The sample's own private goal: nothing, not its words, not its category.
        expect(found(everything, [samplePrivate.title, samplePrivate.why])).to.deep.equal([]);
        const sampleLabel = samplePrivate.category.charAt(0).toUpperCase() + samplePrivate.category.slice(1);
        // (Its icon is not checked: 💰 is also the icon of the money driver, which Maya's row shows.)
        expect(found(mayaText, [`${sampleLabel} goal`])).to.deep.equal([]);

        // Not even a count: the row lists, and the details hold a card for, exactly the goals this viewer may see.
        const mayaGoals = [...company.company.goals.filter((g) => g.ownerId === repId), ...VISIBILITIES.map((v) => ({ visibility: v, status: 'active' }))];
        const visible = mayaGoals.filter((g) => access(seat, g.visibility) !== 'none');
        expect(row!.querySelectorAll('td.col-goals li.goal').length, 'goals listed in Maya’s row').to.equal(visible.filter((g) => g.status === 'active').length);
        expect(row!.querySelectorAll('td.col-goals li.muted').length, 'no "+N not active" for hidden goals').to.equal(visible.some((g) => g.status !== 'active') ? 1 : 0);
        expect(deepCount(detail!, 'goal-card'), 'goal cards in Maya’s details').to.equal(visible.length);
        if (visible.length === 0) expect(rowText).to.contain('No goals shared');

        if (seesProfile(seat)) expect(missing(mayaText, [COACHING_MARK]), 'the coaching note').to.deep.equal([]);
        else expect(found(everything, [COACHING_MARK]), 'the coaching note').to.deep.equal([]);
      });
    }
  });

  describe('motivation-profile of Maya', () => {
    for (const seat of SEATS) {
      it(`as ${seat}`, async () => {
        const wrapper = await mount(seat, html`<motivation-profile person-id=${repId}></motivation-profile>`);
        const everything = everythingIn(wrapper);
        const original = company.company.profiles.find((p) => p.ownerId === repId)!.coachingNote;
        const stored = (await company.as(viewers[seat]).list('profiles', { where: { ownerId: repId } })).items;
        expect(stored.length, 'profiles storage hands over').to.equal(seesProfile(seat) ? 1 : 0);
        if (seesProfile(seat)) {
          expect(missing(everything, [COACHING_MARK, original]), 'the coaching note').to.deep.equal([]);
          expect(deepCount(wrapper, '[part="summary"]')).to.equal(1);
        } else {
          expect(found(everything, [COACHING_MARK, original]), 'the coaching note').to.deep.equal([]);
          expect(everything).to.contain('motivation profile is not shared with you');
          expect(deepCount(wrapper, '[part="summary"]'), 'no summary').to.equal(0);
          expect(deepCount(wrapper, '[role="meter"], input[type="range"], textarea'), 'no weights, no editor').to.equal(0);
        }
      });
    }
  });

  describe('recognition-feed: coaching examples by consent, and private kudos', () => {
    for (const seat of SEATS) {
      it(`as ${seat}`, async function () {
        this.timeout(20000);
        const wrapper = await mount(seat, html`<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 8px">
          <recognition-feed class="coaching" team-id="team-west" kind="coaching-example" hide-composer></recognition-feed>
          <recognition-feed class="kudos" team-id="team-west" kind="kudos" hide-composer></recognition-feed>
        </div>`, 15000);
        const everything = everythingIn(wrapper);
        const stored = JSON.stringify((await company.as(viewers[seat]).list('recognitions', { where: { teamId: 'team-west' } })).items);
        for (const [name, post] of Object.entries(POSTS)) {
          if (post.seats.includes(seat)) {
            expect(missing(everything, [post.message]), `${name} is shown`).to.deep.equal([]);
            expect(stored, `${name} is read`).to.contain(post.id);
          } else {
            expect(found(everything, [post.message, post.id]), `${name} is absent`).to.deep.equal([]);
            expect(stored.includes(post.id), `${name} is not read`).to.equal(false);
          }
        }
        if (seat === 'owner') expect(everythingIn(wrapper.querySelector('.coaching')!)).to.contain('Grant consent');
      });
    }
  });

  describe('attainment-chart of Maya, data table included', () => {
    for (const seat of SEATS) {
      it(`as ${seat}`, async function () {
        this.timeout(20000);
        const wrapper = await mount(seat, html`<attainment-chart person-id=${repId}></attainment-chart>`, 15000);
        const everything = everythingIn(wrapper);
        if (seesPlan(seat)) {
          expect(deepCount(wrapper, 'table.days tbody tr'), 'a row per day').to.be.greaterThan(0);
          expect(everything).to.contain(QUOTA_FIGURE);
        } else {
          expect(everything).to.contain(NO_PLAN);
          expect(deepCount(wrapper, 'table, canvas'), 'no table, no chart').to.equal(0);
          expect(everything.includes('$'), 'no figures').to.equal(false);
        }
      });
    }
  });

  describe('what storage hands each viewer', () => {
    for (const seat of SEATS) {
      for (const visibility of VISIBILITIES) {
        const level = access(seat, visibility);
        it(`${seat}, ${visibility} goal: ${level}`, async () => {
          const m = MARKS[visibility];
          const store = company.as(viewers[seat]);
          const listed = (await store.list('goals', { where: { ownerId: repId } })).items;
          const checkins = (await store.list('checkins', { where: { goalId: m.id } })).items;
          const minorFigures = [String(m.target), String(m.saved), String(m.milestoneAmount)];
          if (level === 'none') {
            let error: unknown;
            try {
              await store.get('goals', m.id);
            } catch (e) {
              error = e;
            }
            expect(error instanceof NotFoundError, 'reported as not found, never as forbidden').to.equal(true);
            expect(listed.some((g) => g.id === m.id)).to.equal(false);
            expect(found(JSON.stringify(listed), [m.title, m.why, m.milestone, ...minorFigures])).to.deep.equal([]);
          } else {
            const got = await store.get('goals', m.id);
            expect(listed.some((g) => g.id === m.id)).to.equal(true);
            if (level === 'summary') {
              const allowed = ['id', 'ownerId', 'category', 'status', 'visibility', 'progress', 'nextCheckInOn', 'version', 'updatedAt', 'summaryOnly'];
              expect(Object.keys(got).filter((key) => !allowed.includes(key)), 'fields beyond the summary').to.deep.equal([]);
              expect(found(JSON.stringify(got), [m.title, m.why, m.milestone, ...minorFigures])).to.deep.equal([]);
              expect(got.category).to.equal(m.category);
              expect(typeof (got as { progress?: number }).progress).to.equal('number');
              expect(typeof (got as { nextCheckInOn?: string }).nextCheckInOn).to.equal('string');
            } else {
              expect((got as PersonalGoal).title).to.equal(m.title);
              expect((got as PersonalGoal).target?.amount).to.equal(m.target);
            }
          }
          expect(checkins.length, 'check-ins about the goal').to.equal(seesCheckIns(seat, visibility) ? 1 : 0);
        });
      }
    }
  });
});
