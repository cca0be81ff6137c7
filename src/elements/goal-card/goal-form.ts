/**
 * The goal form's state, kept as the strings a person typed so nothing they wrote is lost to
 * parsing, and its conversion to a goal record with every problem reported at once.
 */
import { parseMoneyInput, toMajor } from '../../core/money.js';
import { newId } from '../../core/ids.js';
import { validateGoal } from '../../core/validation.js';
import type { FieldProblem } from '../../core/errors.js';
import type { Cadence, Draft, GoalCategory, GoalStatus, IsoDate, PersonalGoal, Visibility } from '../../core/types.js';

export interface MilestoneDraft {
  id: string;
  title: string;
  amount: string;
  dueOn: string;
  doneOn?: IsoDate;
}

export interface GoalFormState {
  title: string;
  why: string;
  category: GoalCategory;
  target: string;
  targetDate: string;
  fundingSharePercent: string;
  saved: string;
  status: GoalStatus;
  visibility: Visibility;
  cadence: Cadence;
  milestones: MilestoneDraft[];
}

function amountText(minor: number | undefined, currency: string, locale: string): string {
  if (minor === undefined) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: true }).format(toMajor({ amount: minor, currency }));
}

export function formFromGoal(goal: PersonalGoal | undefined, locale: string, currency: string): GoalFormState {
  const cur = goal?.target?.currency ?? currency;
  return {
    title: goal?.title ?? '',
    why: goal?.why ?? '',
    category: goal?.category ?? 'home',
    target: amountText(goal?.target?.amount, cur, locale),
    targetDate: goal?.targetDate ?? '',
    fundingSharePercent: goal ? String(Math.round(goal.fundingShare * 1000) / 10) : '10',
    saved: amountText(goal?.saved?.amount, cur, locale),
    status: goal?.status ?? 'active',
    visibility: goal?.visibility ?? 'manager-summary',
    cadence: goal?.cadence ?? 'monthly',
    milestones: (goal?.milestones ?? []).map((m) => ({
      id: m.id,
      title: m.title,
      amount: amountText(m.amount?.amount, m.amount?.currency ?? cur, locale),
      dueOn: m.dueOn ?? '',
      ...(m.doneOn ? { doneOn: m.doneOn } : {}),
    })),
  };
}

export interface FormResult {
  record: Draft<PersonalGoal>;
  problems: FieldProblem[];
}

/**
 * The goal the form describes, on top of `base` (the stored goal, or a new one for `ownerId`),
 * with every problem: amounts that are not numbers and the core's validation.
 */
export function goalFromForm(
  form: GoalFormState,
  base: PersonalGoal | undefined,
  ownerId: string,
  today: IsoDate,
  locale: string,
  currency: string,
  notANumber: string,
): FormResult {
  const cur = base?.target?.currency ?? currency;
  const problems: FieldProblem[] = [];
  const parseAmount = (text: string, field: string) => {
    if (text.trim() === '') return undefined;
    const parsed = parseMoneyInput(text, cur, locale);
    if (!parsed) problems.push({ field, message: notANumber });
    return parsed ?? undefined;
  };
  const target = parseAmount(form.target, 'target');
  const saved = parseAmount(form.saved, 'saved');
  const share = Number(form.fundingSharePercent.replace(',', '.'));
  const record: Draft<PersonalGoal> = {
    ...(base ? { id: base.id, version: base.version, createdAt: base.createdAt, updatedAt: base.updatedAt } : {}),
    ownerId: base?.ownerId ?? ownerId,
    title: form.title.trim(),
    why: form.why.trim(),
    category: form.category,
    writtenOn: base?.writtenOn ?? today,
    fundingShare: form.fundingSharePercent.trim() === '' ? 0 : share / 100,
    milestones: form.milestones.map((m, index) => {
      const amount = parseAmount(m.amount, `milestones.${index}.amount`);
      return {
        id: m.id,
        title: m.title.trim(),
        ...(amount ? { amount } : {}),
        ...(m.dueOn ? { dueOn: m.dueOn } : {}),
        ...(m.doneOn ? { doneOn: m.doneOn } : {}),
      };
    }),
    status: form.status,
    visibility: form.visibility,
    cadence: form.cadence,
    ...(target ? { target } : {}),
    ...(form.targetDate ? { targetDate: form.targetDate } : {}),
    ...(saved ? { saved } : {}),
  };
  const parseFields = new Set(problems.map((p) => p.field));
  for (const problem of validateGoal(record)) {
    // An amount that did not parse already has its message; skip the echo of its absence.
    if (!parseFields.has(problem.field)) problems.push(problem);
  }
  return { record, problems };
}

export function newMilestone(): MilestoneDraft {
  return { id: newId(), title: '', amount: '', dueOn: '' };
}
