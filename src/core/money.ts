import { CurrencyMismatchError, GoalpostError } from './errors.js';
import type { CurrencyCode, Money } from './types.js';

const digitsCache = new Map<string, number>();

/** Whether `code` is an ISO 4217 currency the runtime's Intl knows. */
export function isKnownCurrency(code: unknown): code is CurrencyCode {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  try {
    if (typeof Intl.supportedValuesOf === 'function') {
      return Intl.supportedValuesOf('currency').includes(code);
    }
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

/** Minor-unit digits of a currency: 2 for USD, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: CurrencyCode): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

function assertMinor(amount: number): void {
  if (!Number.isSafeInteger(amount)) {
    throw new GoalpostError('invalid-input', `An amount must be a whole number of minor units, not ${amount}.`);
  }
}

export function money(amount: number, currency: CurrencyCode): Money {
  assertMinor(amount);
  return { amount, currency };
}

/** Money from a major-unit figure such as 1300000 dollars, rounded to the nearest minor unit. */
export function fromMajor(major: number, currency: CurrencyCode): Money {
  if (!Number.isFinite(major)) throw new GoalpostError('invalid-input', `${major} is not an amount.`);
  return money(Math.round(major * 10 ** minorDigits(currency)), currency);
}

export function toMajor(value: Money): number {
  return value.amount / 10 ** minorDigits(value.currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function sum(values: readonly Money[], currency: CurrencyCode): Money {
  return values.reduce((total, value) => add(total, value), money(0, currency));
}

/** Scale by a factor, rounding half away from zero to a whole minor unit. */
export function scale(value: Money, factor: number): Money {
  const raw = value.amount * factor;
  return money(Math.sign(raw) * Math.round(Math.abs(raw)), value.currency);
}

export function compare(a: Money, b: Money): number {
  sameCurrency(a, b);
  return a.amount - b.amount;
}

export interface FormatMoneyOptions {
  /** Drop the minor units when they are zero, or always (`whole`). */
  style?: 'exact' | 'whole' | 'compact';
}

const formatterCache = new Map<string, Intl.NumberFormat>();

/** Money as the locale writes it: `$1,300,000`, `1.300.000 €`, `١٬٣٠٠٬٠٠٠ US$`. */
export function formatMoney(value: Money, locale: string, options: FormatMoneyOptions = {}): string {
  const style = options.style ?? 'exact';
  const key = `${locale}|${value.currency}|${style}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    const digits = minorDigits(value.currency);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: value.currency,
      ...(style === 'compact'
        ? { notation: 'compact', maximumFractionDigits: 1 }
        : style === 'whole'
          ? { maximumFractionDigits: 0, minimumFractionDigits: 0 }
          : { minimumFractionDigits: 0, maximumFractionDigits: digits }),
    });
    formatterCache.set(key, formatter);
  }
  const major = toMajor(value);
  // "exact" still drops ".00" but keeps "1,300.50" whole: two decimals or none.
  if (style === 'exact' && !Number.isInteger(major)) {
    const digits = minorDigits(value.currency);
    return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(major);
  }
  return formatter.format(major);
}

/**
 * Reads an amount a person typed (`1,300.50`, `1300`, `$1,300`) into minor units, or `null`
 * when it is not a number. Locale-aware decimal and group separators.
 */
export function parseMoneyInput(text: string, currency: CurrencyCode, locale = 'en'): Money | null {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/[^\d.,\-\u0660-\u0669\u066b\u066c]/g, '');
  cleaned = cleaned.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/\u066b/g, '.').replace(/\u066c/g, '');
  if (group !== '.' && group !== ',') cleaned = cleaned.split(group).join('');
  else cleaned = cleaned.split(group).join('');
  if (decimal !== '.') cleaned = cleaned.replace(decimal, '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  const major = Number(cleaned);
  if (!Number.isFinite(major)) return null;
  const minor = Math.round(major * 10 ** minorDigits(currency));
  return Number.isSafeInteger(minor) ? { amount: minor, currency } : null;
}
