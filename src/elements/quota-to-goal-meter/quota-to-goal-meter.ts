import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../style-props.js';
import { GoalpostElement } from '../goalpost-element.js';
import { METER_ROLE } from '../aria.js';
import { LiveQuery } from '../../controllers/live-query.js';
import { tokens, controls, card } from '../../styles/tokens.js';
import { meterStyles } from './quota-to-goal-meter.styles.js';
import { getOrUndefined, listAll, loadFundingInputs } from '../../context/goal-view.js';
import { goalToFollow, mainDriver, quotaReading } from '../../core/quota-reading.js';
import { goalFundingAsOf } from '../../core/quota-to-goal.js';
import type { QuotaReading } from '../../core/quota-reading.js';
import { formatMoney } from '../../core/money.js';
import { isGoalSummary } from '../../core/types.js';
import type { Driver, GoalSummary, Money, MotivationProfile, Person, PersonalGoal } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format.js';
import { meter } from '../../i18n/en/meter.js';

export type MeterVariant = 'full' | 'compact';

interface MeterView {
  person: Person;
  driver?: Driver;
  reading?: QuotaReading;
  /** The goal followed, when it cannot be funded here (no target, other currency). */
  goal?: PersonalGoal;
  /** The viewer may see this rep's plan. */
  hasPlan: boolean;
}

async function loadMeterView(storage: StorageAdapter, personId: string, goalId: string | undefined, today: string, signal: AbortSignal): Promise<MeterView> {
  // Every read at once: a storage change reaches the DOM after the slowest read, not after all of them in turn.
  const [person, profiles, { plan, bookings }, goals] = await Promise.all([
    storage.get('people', personId, { signal }),
    storage.list('profiles', { where: { ownerId: personId }, limit: 1, signal }),
    loadFundingInputs(storage, personId, today, signal),
    goalId
      ? getOrUndefined(storage.get('goals', goalId, { signal })).then((found) => (found ? [found] : []))
      : listAll<PersonalGoal | GoalSummary>(storage, 'goals', { where: { ownerId: personId }, signal }),
  ]);
  // A summary carries no amounts: the meter shows quota only.
  const whole = goals.filter((g): g is PersonalGoal => !isGoalSummary(g));
  const progressOf = (g: PersonalGoal) => (plan && g.target?.currency === plan.currency ? goalFundingAsOf(plan, bookings, g, today).progress : undefined);
  const goal = goalId ? whole[0] : goalToFollow(whole, progressOf);
  const driver = mainDriver(profiles.items[0] as MotivationProfile | undefined);
  return {
    person,
    ...(driver ? { driver } : {}),
    ...(plan ? { reading: quotaReading(plan, bookings, today, goal) } : {}),
    ...(goal ? { goal } : {}),
    hasPlan: plan !== undefined,
  };
}

/**
 * Quota attainment this period, with the pace marker and the plan's tier thresholds, tied to a
 * personal goal: what this period's commission has funded, what it will fund at today's pace,
 * the next tier to unlock and the bookings still needed. One sentence on top says what it
 * means, phrased for what drives the rep most.
 *
 * @csspart card - The frame.
 * @csspart sentence - The one-sentence reading on top.
 * @csspart attainment - The quota attainment meter.
 * @csspart goal - The goal funding meter.
 */
export class QuotaToGoalMeter extends GoalpostElement {
  static override styles = [tokens, controls, card, meterStyles];
  static override messages = { ...meter };

  @state() private announcement = '';

  /** The rep whose quota to show; defaults to the viewer. */
  @property({ attribute: 'person-id', reflect: true }) personId?: string;

  /** The goal to tie quota to; defaults to the rep's first active goal that earmarks commission. */
  @property({ attribute: 'goal-id', reflect: true }) goalId?: string;

  /** `compact` keeps the sentence and the two meters. */
  @property({ reflect: true }) variant: MeterVariant = 'full';

  private lastAttainment?: number;

  private readonly data = new LiveQuery(this, {
    collections: ['bookings', 'goals', 'plans', 'profiles', 'people'],
    args: () => [this.personId ?? this.currentViewer?.personId, this.goalId, this.today()] as const,
    enabled: ([personId]) => Boolean(personId),
    load: (storage, [personId, goalId, today], signal) => loadMeterView(storage, personId!, goalId, today, signal),
  });

  // Before the render, so a new announcement goes out with the figures it reads, in one update.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const reading = this.data.value?.reading;
    if (!reading) return;
    const attainment = reading.pace.attainment;
    if (this.lastAttainment !== undefined && attainment !== this.lastAttainment) {
      const goal = reading.funding?.progress !== undefined && reading.goal
        ? this.t('meter.say.default.goal', { title: reading.goal.title, percent: this.pct(reading.funding.progress) })
        : '';
      this.announcement = this.t('meter.live', { percent: this.pct(attainment), goal });
    }
    this.lastAttainment = attainment;
  }

  private money(value: Money): string {
    return formatMoney(value, this.locale, { style: 'whole' });
  }

  private pct(share: number): string {
    return formatPercent(share, this.locale);
  }

  private multiplier(value: number): string {
    return formatNumber(value, this.locale);
  }

  /** Third person when someone other than the rep is looking. */
  private who(view: MeterView): { name?: string } {
    const viewer = this.currentViewer;
    return viewer && viewer.personId !== view.person.id ? { name: view.person.name.split(' ')[0]! } : {};
  }

  private sentence(view: MeterView, reading: QuotaReading): string {
    const who = this.who(view);
    const { pace, unlock, goal, funding } = reading;
    const percent = this.pct(pace.attainment);
    const goalPercent = funding?.progress !== undefined ? this.pct(funding.progress) : undefined;
    const next = unlock ? this.t('meter.say.winning.next', { amount: this.money(unlock.bookingsNeeded), multiplier: this.multiplier(unlock.multiplier) }) : '';
    switch (view.driver) {
      case 'money':
        return goal && funding && reading.periodFunding
          ? this.t('meter.say.money', { ...who, commission: this.money(reading.commissionThisPeriod), earmarked: this.money(reading.periodFunding.earmarkedSoFar), title: goal.title, percent: goalPercent! })
          : this.t('meter.say.money.noGoal', { ...who, commission: this.money(reading.commissionThisPeriod) });
      case 'winning': {
        const amount = this.money({ ...pace.aheadBy, amount: Math.abs(pace.aheadBy.amount) });
        return pace.aheadBy.amount >= 0
          ? this.t('meter.say.winning.ahead', { ...who, amount, percent, next })
          : this.t('meter.say.winning.behind', { ...who, amount, percent, next });
      }
      case 'recognition': {
        const toQuota = pace.quota.amount - pace.booked.amount;
        return toQuota > 0
          ? this.t('meter.say.recognition.below', { ...who, amount: this.money({ amount: toQuota, currency: pace.quota.currency }) })
          : this.t('meter.say.recognition.above', { ...who, percent });
      }
      case 'growth':
        return this.t('meter.say.growth', { ...who, percent, projected: this.pct(pace.projectedAttainment), days: pace.daysLeft });
      case 'purpose':
        if (goal && goalPercent) return this.t('meter.say.purpose', { ...who, title: goal.title, percent: goalPercent });
        break;
      default:
        break;
    }
    const paceWords = pace.status === 'ahead' ? this.t('meter.pace.ahead') : pace.status === 'behind' ? this.t('meter.pace.behind') : this.t('meter.pace.on');
    const goalWords = goal && goalPercent ? this.t('meter.say.default.goal', { title: goal.title, percent: goalPercent }) : '';
    return this.t('meter.say.default', { ...who, percent, pace: paceWords, goal: goalWords });
  }

  protected override render(): TemplateResult {
    return html`<section class="card" part="card" aria-labelledby="title" aria-busy=${this.data.loading ? 'true' : 'false'}>
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderBody() {
    const personId = this.personId ?? this.currentViewer?.personId;
    if (!personId) return html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('meter.attainmentLabel')}</h3><p class="muted">${this.t('meter.nothing')}</p>`;
    const error = this.data.error;
    const view = this.data.value;
    if (error && !view) {
      return html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('meter.attainmentLabel')}</h3>
        ${this.renderReadError(error, () => this.data.refresh())}`;
    }
    if (!view) {
      return html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('meter.attainmentLabel')}</h3><div class="skeleton" role="status" aria-label=${this.t('common.loading')}><span></span><span></span><span></span></div>`;
    }
    // A later read failed (a damaged record, storage gone): say so above the last good figures.
    const stale = error
      ? html`<div class="error-box" role="alert">${this.t('common.error', { message: this.errorText(error) })}</div>`
      : nothing;
    const reading = view.reading;
    if (!reading) return html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('meter.attainmentLabel')}</h3>${stale}<p class="muted">${this.t('meter.noPlan')}</p>`;
    const compact = this.variant === 'compact';
    return html`
      <header>
        <h3 aria-level=${this.headingAria(3)} id="title">${this.t('meter.title', { period: this.periodName(reading.pace.period) })}</h3>
        <span class="days">${this.t('meter.daysLeft', { days: reading.pace.daysLeft })}</span>
      </header>
      ${stale}
      <p class="sentence" part="sentence">${this.sentence(view, reading)}</p>
      ${this.renderAttainment(reading, compact)}
      ${this.renderGoal(view, reading, compact)}
      ${compact ? nothing : this.renderInsights(reading)}
    `;
  }

  private renderAttainment(reading: QuotaReading, compact: boolean) {
    const { pace, plan } = reading;
    const thresholds = plan.tiers.map((tier) => tier.from).filter((from) => from > 0);
    // The scale reaches past the top threshold so the last tier has room, and past the rep.
    const scale = Math.min(3, Math.max(1.25, (thresholds.at(-1) ?? 1) + 0.25, pace.attainment * 1.05, pace.projectedAttainment * 1.02));
    const at = (share: number) => `${(Math.min(Math.max(share, 0), scale) / scale) * 100}%`;
    const percent = this.pct(pace.attainment);
    const amount = this.money({ ...pace.aheadBy, amount: Math.abs(pace.aheadBy.amount) });
    const paceText = pace.status === 'ahead' ? this.t('meter.ahead', { amount }) : pace.status === 'behind' ? this.t('meter.behind', { amount }) : this.t('meter.onPace');
    return html`<div part="attainment">
      <div class="labels">
        <span>${this.t('meter.booked')} <strong>${this.money(pace.booked)}</strong> · ${percent}</span>
        <span>${this.t('meter.quota')} ${this.money(pace.quota)}</span>
      </div>
      <div
        class="track"
        role=${METER_ROLE}
        aria-label=${this.t('meter.attainmentLabel')}
        aria-valuemin="0"
        aria-valuemax=${Math.round(scale * 100)}
        aria-valuenow=${Math.round(pace.attainment * 100)}
        aria-valuetext=${this.t('meter.attainmentText', { percent, booked: this.money(pace.booked), quota: this.money(pace.quota), expected: this.pct(pace.expectedAttainment), pace: paceText })}
      >
        ${compact ? nothing : html`<div class="projected" style=${styleProps({ width: at(pace.projectedAttainment) })}></div>`}
        <div class="fill ${pace.status === 'ahead' ? 'ahead' : ''}" style=${styleProps({ width: at(pace.attainment) })}></div>
        ${thresholds.map((from) => html`<div class="tick" style=${styleProps({ insetInlineStart: at(from) })}></div>`)}
        <div class="marker" style=${styleProps({ insetInlineStart: at(pace.expectedAttainment) })} title=${this.t('meter.paceMarker', { percent: this.pct(pace.expectedAttainment) })}></div>
      </div>
      <div class="tick-labels" aria-hidden="true">
        ${plan.tiers.map((tier, index) => html`<span class=${index === 0 ? 'first' : ''} style=${styleProps({ insetInlineStart: at(tier.from) })}>${this.t('meter.tier', { percent: this.pct(tier.from), multiplier: this.multiplier(tier.multiplier) })}</span>`)}
      </div>
      <p class="status">
        <span class=${pace.status === 'behind' ? 'behind' : pace.status === 'ahead' ? 'ahead' : ''}><span aria-hidden="true">${pace.status === 'ahead' ? '▲ ' : pace.status === 'behind' ? '▼ ' : '● '}</span>${paceText}</span>
        ${compact ? nothing : html`<span>${this.t('meter.projected', { percent: this.pct(pace.projectedAttainment) })}</span>
          <span>${this.t('meter.commission')}: ${this.money(reading.commissionThisPeriod)}</span>`}
      </p>
      ${compact ? nothing : html`<div class="legend" aria-hidden="true">
        <span><span class="swatch pace-swatch"></span>${this.t('meter.paceMarker', { percent: this.pct(pace.expectedAttainment) })}</span>
        ${plan.tiers.length > 1 ? html`<span><span class="swatch tier-swatch"></span>${this.t('meter.tierThresholds')}</span>` : nothing}
      </div>`}
    </div>`;
  }

  private renderGoal(view: MeterView, reading: QuotaReading, compact: boolean) {
    const goal = reading.goal ?? view.goal;
    if (!goal) {
      // Only the rep is asked to write a goal; anyone else is told none is shared with them.
      const own = this.currentViewer?.personId === view.person.id;
      return html`<p class="muted">${own ? this.t('meter.noGoal') : this.t('meter.noGoalShared', { name: view.person.name })}</p>`;
    }
    const funding = reading.funding;
    if (!funding || funding.progress === undefined || !goal.target) return html`<p class="muted">${this.t('meter.goalCurrency')}</p>`;
    const projectedExtra = (reading.periodFunding?.earmarkedProjected.amount ?? 0) - (reading.periodFunding?.earmarkedSoFar.amount ?? 0);
    const projectedShare = Math.min(1, (funding.funded.amount + Math.max(0, projectedExtra)) / goal.target.amount);
    return html`<div class="goal-meter" part="goal">
      <div class="labels">
        <span class="goal-title" dir="auto">${goal.title}</span>
        <span>${this.money(funding.funded)} / ${this.money(goal.target)} · <strong>${this.pct(funding.progress)}</strong></span>
      </div>
      <div
        class="track"
        role=${METER_ROLE}
        aria-label=${this.t('meter.goalLabel', { title: goal.title })}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${Math.round(funding.progress * 100)}
        aria-valuetext=${this.t('meter.goalText', { percent: this.pct(funding.progress), funded: this.money(funding.funded), target: this.money(goal.target), projected: this.pct(projectedShare) })}
      >
        ${compact ? nothing : html`<div class="projected" style=${styleProps({ width: `${projectedShare * 100}%` })}></div>`}
        <div class="fill" style=${styleProps({ width: `${funding.progress * 100}%` })}></div>
      </div>
    </div>`;
  }

  private renderInsights(reading: QuotaReading) {
    const { unlock, goal, funding, need, periodFunding } = reading;
    const items: TemplateResult[] = [];
    if (unlock) {
      items.push(html`<li><span aria-hidden="true">🔓</span><span>${this.t('meter.nextUnlock', {
        amount: this.money(unlock.bookingsNeeded),
        percent: this.pct(unlock.from),
        multiplier: this.multiplier(unlock.multiplier),
        extra: this.money(unlock.extraPayout),
      })}${unlock.unlockBonus.amount > 0 ? ` ${this.t('meter.nextUnlockJump', { bonus: this.money(unlock.unlockBonus) })}` : ''}</span></li>`);
    } else {
      items.push(html`<li><span aria-hidden="true">🏆</span><span>${this.t('meter.topTier')}</span></li>`);
    }
    if (goal && funding && periodFunding) {
      items.push(html`<li><span aria-hidden="true">💰</span><span>${this.t('meter.thisPeriodFunds', {
        soFar: this.money(periodFunding.earmarkedSoFar),
        projected: this.money(periodFunding.earmarkedProjected),
        title: goal.title,
      })}</span></li>`);
    }
    if (goal && funding) {
      let text: string;
      if ((funding.remaining?.amount ?? 0) === 0) text = this.t('meter.funded', { title: goal.title });
      else if (goal.fundingShare === 0) text = this.t('meter.noEarmark', { title: goal.title });
      else if (!need) text = this.t('meter.needUnreachable', { title: goal.title });
      else if (need.pastDue) text = this.t('meter.needPastDue', { amount: this.money(need.bookingsNeeded), title: goal.title });
      else text = this.t('meter.need', { amount: this.money(need.bookingsNeeded), title: goal.title, date: formatDate(need.closeBy, this.locale) });
      items.push(html`<li><span aria-hidden="true">🎯</span><span>${text}</span></li>`);
    }
    return html`<ul class="insights">${items}</ul>`;
  }
}
