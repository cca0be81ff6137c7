import { expect } from '@open-wc/testing';
import {
  add, compare, formatMoney, fromMajor, isKnownCurrency, minorDigits, money, parseMoneyInput, scale, subtract, sum, toMajor,
} from '../../src/core/money.js';
import { CurrencyMismatchError, GoalpostError } from '../../src/core/errors.js';

describe('money', () => {
  it('keeps amounts in whole minor units and refuses fractions of a cent', () => {
    expect(money(130_000_00, 'USD')).to.deep.equal({ amount: 130_000_00, currency: 'USD' });
    expect(() => money(1.5, 'USD')).to.throw(GoalpostError, 'whole number of minor units');
    expect(() => money(Number.NaN, 'USD')).to.throw(GoalpostError);
  });

  it('knows each currency’s minor units', () => {
    expect(minorDigits('USD')).to.equal(2);
    expect(minorDigits('JPY')).to.equal(0);
    expect(minorDigits('KWD')).to.equal(3);
    expect(fromMajor(1_300_000, 'USD').amount).to.equal(130_000_000);
    expect(fromMajor(1_300_000, 'JPY').amount).to.equal(1_300_000);
    expect(toMajor({ amount: 1_234_567, currency: 'KWD' })).to.equal(1234.567);
    expect(() => fromMajor(Number.POSITIVE_INFINITY, 'USD')).to.throw(GoalpostError);
  });

  it('adds, subtracts, sums, compares and scales — and refuses to mix currencies', () => {
    const a = money(10_00, 'USD');
    const b = money(2_50, 'USD');
    expect(add(a, b).amount).to.equal(12_50);
    expect(subtract(a, b).amount).to.equal(7_50);
    expect(sum([a, b, b], 'USD').amount).to.equal(15_00);
    expect(compare(a, b)).to.be.greaterThan(0);
    expect(scale(money(1_05, 'USD'), 0.5).amount).to.equal(53);
    expect(scale(money(-1_05, 'USD'), 0.5).amount).to.equal(-53);
    expect(() => add(a, money(1, 'EUR'))).to.throw(CurrencyMismatchError, 'Cannot combine USD and EUR');
  });

  it('recognises ISO 4217 codes and nothing else', () => {
    expect(isKnownCurrency('USD')).to.equal(true);
    expect(isKnownCurrency('EUR')).to.equal(true);
    expect(isKnownCurrency('XYZ')).to.equal(false);
    expect(isKnownCurrency('usd')).to.equal(false);
    expect(isKnownCurrency(42)).to.equal(false);
  });

  it('formats money as each locale writes it', () => {
    expect(formatMoney(money(130_000_000, 'USD'), 'en-US')).to.equal('$1,300,000');
    expect(formatMoney(money(130_000_050, 'USD'), 'en-US')).to.equal('$1,300,000.50');
    expect(formatMoney(money(130_000_050, 'USD'), 'en-US', { style: 'whole' })).to.equal('$1,300,001');
    expect(formatMoney(money(130_000_000, 'EUR'), 'de-DE')).to.match(/^1\.300\.000\s€$/);
    expect(formatMoney(money(130_000_000, 'USD'), 'en-US', { style: 'compact' })).to.equal('$1.3M');
    expect(formatMoney(money(5_000, 'JPY'), 'ja-JP')).to.match(/5,000/);
  });

  it('reads amounts people type, in their locale, and rejects what is not a number', () => {
    expect(parseMoneyInput('1,300.50', 'USD', 'en-US')).to.deep.equal({ amount: 130_050, currency: 'USD' });
    expect(parseMoneyInput('$ 45,000', 'USD', 'en-US')!.amount).to.equal(4_500_000);
    expect(parseMoneyInput('1.300,50', 'EUR', 'de-DE')!.amount).to.equal(130_050);
    expect(parseMoneyInput('1300.50', 'EUR', 'de-DE')).to.equal(null);
    expect(parseMoneyInput('١٬٣٠٠٫٥', 'USD', 'ar-EG')!.amount).to.equal(130_050);
    expect(parseMoneyInput('lots', 'USD', 'en-US')).to.equal(null);
    expect(parseMoneyInput('', 'USD', 'en-US')).to.equal(null);
    expect(parseMoneyInput('1e400', 'USD', 'en-US')).to.equal(null);
  });
});
