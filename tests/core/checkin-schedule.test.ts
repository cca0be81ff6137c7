import { expect } from '@open-wc/testing';
import {
  acknowledge,
  acknowledgerOf,
  checkInSchedule,
  commitmentState,
  inferCadence,
  markCommitment,
  mayAcknowledge,
  mayMarkCommitment,
  newestFirst,
  roleIn,
  suggestedNextDueOn,
} from '../../src/core/checkin-schedule.js';
import { validateCheckIn } from '../../src/core/validation.js';
import type { CheckIn } from '../../src/core/types.js';

const parties = { repId: 'maya', managerId: 'dana' };

function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: 'c1',
    createdAt: '2026-11-01T15:00:00.000Z',
    updatedAt: '2026-11-01T15:00:00.000Z',
    version: 1,
    personId: 'maya',
    goalId: 'lake',
    authorId: 'dana',
    date: '2026-11-01',
    note: 'Pipeline is healthy.',
    confidence: 4,
    blockers: '',
    commitment: 'Intro to the VP of Operations.',
    commitmentDueOn: '2026-11-08',
    nextDueOn: '2026-12-01',
    ...overrides,
  };
}

describe('check-in schedule', () => {
  describe('when the next check-in is due', () => {
    it('counts from the latest check-in’s next due date', () => {
      const older = checkIn({ id: 'old', date: '2026-10-01', nextDueOn: '2026-11-01' });
      const latest = checkIn({ id: 'new', date: '2026-11-01', nextDueOn: '2026-11-30' });
      const schedule = checkInSchedule({ checkins: [latest, older], today: '2026-11-27', cadence: 'monthly', writtenOn: '2026-01-10' });
      expect(schedule.state).to.equal('upcoming');
      expect(schedule.nextDueOn).to.equal('2026-11-30');
      expect(schedule.daysUntilDue).to.equal(3);
      expect(schedule.lastCheckIn?.id).to.equal('new');
    });

    it('is overdue, by whole days, once the due date has passed', () => {
      const schedule = checkInSchedule({ checkins: [checkIn({ nextDueOn: '2026-11-15' })], today: '2026-11-27' });
      expect(schedule.state).to.equal('overdue');
      expect(schedule.daysUntilDue).to.equal(-12);
    });

    it('is due today on the day itself', () => {
      expect(checkInSchedule({ checkins: [checkIn({ nextDueOn: '2026-11-27' })], today: '2026-11-27' }).state).to.equal('today');
    });

    it('without a check-in, falls one cadence after the goal was written', () => {
      const weekly = checkInSchedule({ checkins: [], today: '2026-11-27', cadence: 'weekly', writtenOn: '2026-11-25' });
      expect(weekly.nextDueOn).to.equal('2026-12-02');
      expect(weekly.state).to.equal('upcoming');
      const quarterly = checkInSchedule({ checkins: [], today: '2026-11-27', cadence: 'quarterly', writtenOn: '2026-11-30' });
      expect(quarterly.nextDueOn).to.equal('2027-02-28');
    });

    it('uses a due date already known (a summary’s) when it cannot count one', () => {
      const schedule = checkInSchedule({ checkins: [], today: '2026-11-27', knownDueOn: '2026-12-15' });
      expect(schedule.nextDueOn).to.equal('2026-12-15');
      expect(schedule.daysUntilDue).to.equal(18);
    });

    it('has nothing to count from for general check-ins never held', () => {
      const schedule = checkInSchedule({ checkins: [], today: '2026-11-27' });
      expect(schedule.state).to.equal('never');
      expect(schedule.nextDueOn).to.equal(undefined);
    });

    it('never calls a paused goal’s review overdue', () => {
      const schedule = checkInSchedule({ checkins: [checkIn({ nextDueOn: '2026-10-01' })], today: '2026-11-27', active: false });
      expect(schedule.state).to.equal('inactive');
    });

    it('suggests the next check-in one cadence on, in calendar months for monthly reviews', () => {
      expect(suggestedNextDueOn('2026-11-27', 'monthly')).to.equal('2026-12-27');
      expect(suggestedNextDueOn('2027-01-31', 'monthly')).to.equal('2027-02-28');
      expect(suggestedNextDueOn('2026-11-27', 'biweekly')).to.equal('2026-12-11');
    });
  });

  it('orders check-ins newest first, then by when they were written', () => {
    const list = [
      checkIn({ id: 'a', date: '2026-10-01' }),
      checkIn({ id: 'b', date: '2026-11-01', createdAt: '2026-11-01T09:00:00.000Z' }),
      checkIn({ id: 'c', date: '2026-11-01', createdAt: '2026-11-01T17:00:00.000Z' }),
      checkIn({ id: 'd', date: '2026-09-01' }),
    ];
    expect(newestFirst(list).map((c) => c.id)).to.deep.equal(['c', 'b', 'a', 'd']);
    expect(list[0]!.id).to.equal('a');
  });

  it('infers the cadence a check-in was scheduled on from its gap', () => {
    expect(inferCadence({ date: '2026-11-01', nextDueOn: '2026-11-08' })).to.equal('weekly');
    expect(inferCadence({ date: '2026-11-01', nextDueOn: '2026-11-16' })).to.equal('biweekly');
    expect(inferCadence({ date: '2026-11-01', nextDueOn: '2026-12-01' })).to.equal('monthly');
    expect(inferCadence({ date: '2026-11-01', nextDueOn: '2027-02-01' })).to.equal('quarterly');
  });

  describe('parties', () => {
    it('knows the rep, the rep’s manager and everyone else', () => {
      expect(roleIn('maya', parties)).to.equal('rep');
      expect(roleIn('dana', parties)).to.equal('manager');
      expect(roleIn('theo', parties)).to.equal('observer');
      expect(roleIn(undefined, parties)).to.equal('observer');
      expect(roleIn('dana', { repId: 'maya' })).to.equal('observer');
    });

    it('has the rep acknowledge the manager’s check-in, and the manager the rep’s', () => {
      const byManager = checkIn({ authorId: 'dana' });
      const byRep = checkIn({ authorId: 'maya', commitment: '', commitmentDueOn: undefined });
      expect(acknowledgerOf(byManager, parties)).to.equal('maya');
      expect(acknowledgerOf(byRep, parties)).to.equal('dana');
      expect(mayAcknowledge(byManager, 'maya', parties)).to.equal(true);
      expect(mayAcknowledge(byManager, 'dana', parties)).to.equal(false);
      expect(mayAcknowledge(byRep, 'dana', parties)).to.equal(true);
      expect(mayAcknowledge(byRep, 'maya', parties)).to.equal(false);
      expect(mayAcknowledge(byManager, 'theo', parties)).to.equal(false);
      expect(mayAcknowledge({ ...byManager, acknowledgedOn: '2026-11-02', acknowledgedBy: 'maya' }, 'maya', parties)).to.equal(false);
    });

    it('a check-in by a former manager is acknowledged by the rep, and the current manager keeps its commitment', () => {
      const byFormer = checkIn({ authorId: 'old-boss' });
      expect(mayAcknowledge(byFormer, 'maya', parties)).to.equal(true);
      expect(mayMarkCommitment(byFormer, 'dana', parties)).to.equal(true);
    });

    it('only the manager marks a commitment, and only one that says something', () => {
      expect(mayMarkCommitment(checkIn(), 'dana', parties)).to.equal(true);
      expect(mayMarkCommitment(checkIn(), 'maya', parties)).to.equal(false);
      expect(mayMarkCommitment(checkIn({ commitment: '  ', commitmentDueOn: undefined }), 'dana', parties)).to.equal(false);
    });
  });

  describe('acknowledging and keeping commitments', () => {
    it('acknowledges today, in the acknowledger’s name, and the result is a valid check-in', () => {
      const acknowledged = acknowledge(checkIn(), 'maya', '2026-11-27');
      expect(acknowledged.acknowledgedOn).to.equal('2026-11-27');
      expect(acknowledged.acknowledgedBy).to.equal('maya');
      expect(validateCheckIn(acknowledged)).to.deep.equal([]);
    });

    it('never dates an acknowledgement before the check-in it acknowledges', () => {
      expect(acknowledge(checkIn({ date: '2026-12-01', nextDueOn: '2027-01-01' }), 'maya', '2026-11-27').acknowledgedOn).to.equal('2026-12-01');
    });

    it('marks a commitment kept today, and can take it back', () => {
      const done = markCommitment(checkIn(), true, '2026-11-27');
      expect(done.commitmentDoneOn).to.equal('2026-11-27');
      expect(validateCheckIn(done)).to.deep.equal([]);
      const undone = markCommitment(done, false, '2026-11-28');
      expect('commitmentDoneOn' in undone).to.equal(false);
    });

    it('says where a commitment stands', () => {
      expect(commitmentState(checkIn({ commitment: '' }), '2026-11-27')).to.equal('none');
      expect(commitmentState(checkIn({ commitmentDueOn: '2026-11-30' }), '2026-11-27')).to.equal('open');
      expect(commitmentState(checkIn({ commitmentDueOn: undefined }), '2026-11-27')).to.equal('open');
      expect(commitmentState(checkIn({ commitmentDueOn: '2026-11-27' }), '2026-11-27')).to.equal('due-today');
      expect(commitmentState(checkIn({ commitmentDueOn: '2026-11-08' }), '2026-11-27')).to.equal('overdue');
      expect(commitmentState(checkIn({ commitmentDoneOn: '2026-11-20' }), '2026-11-27')).to.equal('done');
    });
  });
});
