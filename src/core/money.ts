import { CurrencyMismatchError, GoalpostError } from './errors.js';
import type { CurrencyCode, Money } from './types.js';

const digitsCache = new Map<string, number>();
let knownCurrencies: ReadonlySet<string> | undefined;

/** Whether `code` is an ISO 4217 currency the runtime's Intl knows. */
export function isKnownCurrency(code: unknown): code is CurrencyCode {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  try {
    if (typeof Intl.supportedValuesOf === 'function') {
      knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
      return knownCurrencies.has(code);
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
 * Reads an amount a person typed (`1,300.50`, `1300`, `$1,300`, `1.300,50` in German) into
 * minor units, or `null` when it is not a number in the locale's own way of writing numbers.
 */
export function parseMoneyInput(text: string, currency: CurrencyCode, locale = 'en'): Money | null {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  // Arabic-Indic digits and separators read as their Latin equivalents.
  let cleaned = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066b/g, decimal)
    .replace(/\u066c/g, group)
    .replace(/[\s\u00a0\u202f]/g, '');
  // A currency code may stand before or after the number; any other letter means it is not one.
  cleaned = cleaned.replace(/^[A-Z]{3}|[A-Z]{3}$/g, '');
  if (/\p{L}/u.test(cleaned)) return null;
  // Drop currency signs: keep digits, the sign and the locale's separators.
  cleaned = [...cleaned].filter((char) => /[\d.,-]/.test(char) || char === group || char === decimal).join('');
  if (group.trim() !== '' && cleaned.includes(group)) {
    // A group separator stands before exactly three digits; "1300.50" in German is a typo, not 130,050.
    const [whole] = cleaned.split(decimal);
    if (!whole!.split(group).slice(1).every((run) => /^\d{3}$/.test(run))) return null;
    cleaned = cleaned.split(group).join('');
  }
  if (decimal !== '.') {
    if (cleaned.includes('.')) return null;
    cleaned = cleaned.replace(decimal, '.');
  }
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  const major = Number(cleaned);
  if (!Number.isFinite(major)) return null;
  const minor = Math.round(major * 10 ** minorDigits(currency));
  return Number.isSafeInteger(minor) ? { amount: minor, currency } : null;
}
