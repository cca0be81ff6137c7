/**
 * Words for what `src/core/team-review.ts` computes: pace, risk, commitments and next steps, in
 * the board's language. No Lit and no DOM, so the phrasing can be tested and reused on its own.
 */
import { formatMoney } from '../../core/money.js';
import type { NextStep, OpenCommitment, RepReview, RiskSignal } from '../../core/team-review.js';
import type { Money } from '../../core/types.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { Translate } from '../../i18n/messages.js';


/** Risk phrases shown in a row: the most pressing few, so the cell stays one short line. */
export const RISK_PHRASES_SHOWN = 3;

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

export class BoardPhrases {
  constructor(
    private readonly t: Translate,
    private readonly locale: string,
  ) {}

  money(value: Money): string {
    return formatMoney(value, this.locale, { style: 'compact' });
  }

  percent(share: number): string {
    return formatPercent(share, this.locale);
  }

  pace(row: RepReview): string {
    const pace = row.pace;
    if (!pace) return this.t('board.noPlan');
    const amount = this.money({ amount: Math.abs(pace.aheadBy.amount), currency: pace.aheadBy.currency });
    if (pace.status === 'ahead') return this.t('board.pace.ahead', { amount });
    if (pace.status === 'behind') return this.t('board.pace.behind', { amount });
    return this.t('board.pace.on');
  }

  attainmentText(row: RepReview): string {
    const pace = row.pace!;
    return this.t('board.attainment.text', {
      percent: this.percent(pace.attainment),
      booked: this.money(pace.booked),
      quota: this.money(pace.quota),
      expected: this.percent(pace.expectedAttainment),
      pace: this.pace(row),
    });
  }

  /** "Today", "Yesterday", "12 days ago". */
  daysAgo(days: number): string {
    if (days === 0) return this.t('board.days.today');
    if (days === 1) return this.t('board.days.yesterday');
    return this.t('board.days.ago', { days });
  }

  risk(signal: RiskSignal): string {
    switch (signal.kind) {
      case 'behind-pace':
        return this.t('board.risk.behind-pace');
      case 'no-check-in':
        return this.t('board.risk.no-check-in', signal.days === undefined ? {} : { days: signal.days });
      case 'low-confidence':
        return this.t('board.risk.low-confidence', { confidence: signal.confidence });
      case 'milestone-overdue':
        return this.t('board.risk.milestone-overdue', { days: signal.days });
      case 'milestone-due':
        return this.t('board.risk.milestone-due', { days: signal.days });
      case 'no-recognition':
        return this.t('board.risk.no-recognition', signal.days === undefined ? {} : { days: signal.days });
      default:
        return '';
    }
  }

  /** "Behind pace, milestone due in 14 days", or "On track". */
  riskLine(row: RepReview): string {
    if (row.risks.length === 0) return this.t('board.risk.none');
    return this.t('board.risk.join', { items: row.risks.slice(0, RISK_PHRASES_SHOWN).map((signal) => this.risk(signal)) });
  }

  /** "You promised: intro to the CFO — overdue by 3 days". */
  commitment(commitment: OpenCommitment, managerName?: string): { text: string; when: string } {
    const text = this.t('board.commitment', { text: commitment.text, ...(managerName ? { name: managerName } : {}) });
    let when: string;
    if (commitment.state === 'overdue') when = this.t('board.commitment.overdue', { days: commitment.days ?? 0 });
    else if (commitment.state === 'due-today') when = this.t('board.commitment.dueToday');
    else if (commitment.dueOn !== undefined) when = this.t('board.commitment.dueIn', { days: commitment.days ?? 0 });
    else when = this.t('board.commitment.noDate');
    return { text, when };
  }

  nextStep(step: NextStep, repName: string): string {
    const name = firstName(repName);
    switch (step.kind) {
      case 'money-goal':
        return this.t('board.step.money-goal', { deal: this.money(step.deal), percent: formatPercent(step.share, this.locale, step.share < 0.1 ? 1 : 0), title: step.goal.title });
      case 'money-commission':
        return this.t('board.step.money-commission', { deal: this.money(step.deal), commission: formatMoney(step.commission, this.locale, { style: 'whole' }), name });
      case 'money-talk':
        return this.t('board.step.money-talk', { name });
      case 'winning-unlock':
        return this.t('board.step.winning-unlock', { amount: this.money(step.bookingsNeeded), multiplier: formatNumber(step.multiplier, this.locale) });
      case 'winning-top':
        return this.t('board.step.winning-top', { name });
      case 'winning-sprint':
        return this.t('board.step.winning-sprint', { name });
      case 'recognition-win':
        return this.t('board.step.recognition-win', { name, win: step.win, preference: step.preference });
      case 'recognition-effort':
        return this.t('board.step.recognition-effort', { name, preference: step.preference });
      case 'growth-blocker':
        return this.t('board.step.growth-blocker', { name, blocker: step.blocker });
      case 'growth-pipeline':
        return this.t('board.step.growth-pipeline', { name });
      case 'growth-stretch':
        return this.t('board.step.growth-stretch', { name });
      case 'purpose-goal':
        return this.t('board.step.purpose-goal', { name, title: step.goal.title });
      case 'purpose-customer':
        return this.t('board.step.purpose-customer', { name, ...(step.win ? { win: step.win } : {}) });
      case 'ask-driver':
        return this.t('board.step.ask-driver', { name });
      default:
        return '';
    }
  }
}
