import { expect } from '@open-wc/testing';
import { comparePositions, decodeCursor, encodeCursor, matchesQuery } from '../../src/storage/query.js';
import { planScan } from '../../src/storage/idb-plan.js';
import { INDEXES } from '../../src/storage/idb-schema.js';

describe('list query semantics', () => {
  it('round-trips a cursor whose values are in any script', () => {
    const query = { orderBy: 'label', direction: 'desc' } as const;
    const position = { id: 'café-☕-東京', value: 'Ünïcode 🎉' };
    expect(decodeCursor(encodeCursor(position, query), query)).to.deep.equal(position);
  });

  it('refuses a cursor issued for the other direction', () => {
    const cursor = encodeCursor({ id: 'a', value: 1 }, { orderBy: 'amount' });
    expect(() => decodeCursor(cursor, { orderBy: 'amount', direction: 'desc' })).to.throw().with.property('code', 'invalid-input');
  });

  it('refuses, as not one of its own, a cursor that decodes to anything but a cursor', () => {
    const texts = ['null', '5', '"text"', '[]', '{"f":1,"o":null,"d":"asc","i":"a"}', '{"f":1,"o":null,"d":"asc","i":"a","v":{}}', '{"f":1,"o":null,"d":"asc","i":7,"v":null}'];
    for (const text of texts) expect(() => decodeCursor(btoa(text), {}), text).to.throw().with.property('code', 'invalid-input');
    expect(decodeCursor(btoa('{"f":1,"o":null,"d":"asc","i":"a","v":null}'), {})).to.deep.equal({ id: 'a', value: null });
  });

  it('matches a range bound only against values of its own kind', () => {
    expect(matchesQuery({ n: 7 }, { range: { field: 'n', gte: 5 } })).to.equal(true);
    expect(matchesQuery({ n: '7' }, { range: { field: 'n', gte: 5 } })).to.equal(false);
    expect(matchesQuery({ n: 7 }, { range: { field: 'n', lt: 'z' } })).to.equal(false);
  });

  it('orders numbers before text, as IndexedDB does, and absent values last either way', () => {
    const asc = { orderBy: 'v' };
    const desc = { orderBy: 'v', direction: 'desc' } as const;
    expect(comparePositions({ id: 'a', value: 9 }, { id: 'b', value: '1' }, asc)).to.be.below(0);
    expect(comparePositions({ id: 'a', value: null }, { id: 'b', value: 'x' }, asc)).to.be.above(0);
    expect(comparePositions({ id: 'a', value: null }, { id: 'b', value: 'x' }, desc)).to.be.above(0);
  });

  it('walks the team+postedAt index for the newest posts of a team', () => {
    expect(planScan(INDEXES.recognitions, { where: { teamId: 'east' }, orderBy: 'postedAt', direction: 'desc' }))
      .to.deep.equal({ index: 'teamId+postedAt', prefix: ['east'], ordered: true });
  });

  it('narrows by an index prefix and range when the order cannot come from an index', () => {
    expect(planScan(INDEXES.checkins, { where: { personId: 'ravi' }, range: { field: 'date', gte: '2026-01-01' }, orderBy: 'confidence' }))
      .to.deep.equal({ index: 'personId+date', prefix: ['ravi'], lower: '2026-01-01', ordered: false });
  });

  it('never keys an index by a boolean, which IndexedDB cannot index', () => {
    expect(planScan(INDEXES.recognitions, { where: { teamId: true } })).to.deep.equal({ prefix: [], ordered: true });
  });
});
