import { expect } from '@open-wc/testing';
import { keepMine, sameData } from '../../src/core/merge.js';

const base = { id: 'g-1', title: 'Lake-house deposit', why: 'Summers at the lake', milestones: [{ id: 'm-1', title: 'Open a savings account' }], version: 3, updatedAt: 'then' };

describe('keepMine: what "keep mine and save" saves after a conflict', () => {
  it('keeps the other save’s change to a field not edited here, and this person’s change to theirs', () => {
    const mine = { ...base, why: 'Summers at the lake, with Dad too' };
    const theirs = { ...base, title: 'Lake-house deposit, signed', version: 4, updatedAt: 'now' };
    expect(keepMine(base, mine, theirs)).to.deep.equal({
      id: 'g-1', title: 'Lake-house deposit, signed', why: 'Summers at the lake, with Dad too', milestones: base.milestones,
    });
  });

  it('lets this person win a field both changed, since they chose to keep theirs', () => {
    const mine = { ...base, title: 'Lake cabin' };
    const theirs = { ...base, title: 'Lake-house deposit, signed', version: 4 };
    expect(keepMine(base, mine, theirs).title).to.equal('Lake cabin');
  });

  it('treats a list as one field, and drops a field the other save removed when not edited here', () => {
    const mine = { ...base, milestones: [...base.milestones, { id: 'm-2', title: 'Viewings' }] };
    const { why: _removed, ...theirs } = { ...base, version: 4 };
    const merged = keepMine(base, mine, theirs);
    expect(merged.milestones.map((m) => m.id)).to.deep.equal(['m-1', 'm-2']);
    expect('why' in merged).to.equal(false);
  });

  it('saves the form as it is when the record was deleted or there is no starting point', () => {
    const mine = { ...base, why: 'Changed' };
    expect(keepMine(base, mine, undefined)).to.equal(mine);
    expect(keepMine(undefined, mine, { ...base, title: 'Other' })).to.equal(mine);
  });

  it('compares plain data: undefined counts as absent, arrays are not objects', () => {
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).to.equal(true);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).to.equal(false);
    expect(sameData({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).to.equal(false);
  });
});
