import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GoalpostElement } from '../goalpost-element.js';
import { LiveQuery } from '../../controllers/live-query.js';
import { fields } from '../../styles/fields.js';
import { tokens, controls, card } from '../../styles/tokens.js';
import { whatIfStyles } from './commission-what-if.styles.js';
import { loadWhatIfData } from './what-if-data.js';
import type { WhatIfData } from './what-if-data.js';
import { dealDateProblem, dealEffects, extraBookingsRange, latestDealDate, outlinePlan, whatIf } from '../../core/what-if.js';
import type { DealEffect, HypotheticalDeal, PlanOutline, TierOutline, WhatIfResult } from '../../core/what-if.js';
import { formatMoney, money, parseMoneyInput, toMajor } from '../../core/money.js';
import type { IsoDate, Money } from '../../core/types.js';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format.js';
import { whatIf as whatIfMessages } from '../../i18n/en/what-if.js';

/** One row of the deals form, as typed. */
interface DealDraft {
  id: string;
  amountText: string;
  closedOn: string;
  /** The amount field has been left once: show its problem from then on. */
  touched: boolean;
}

/** The figures of a what-if, as `goalpost-whatif-change` reports them. */
export interface WhatIfChangeDetail {
  personId: string;
  goalId?: string;
  /** The deals that counted (valid rows only), and the slider's extra bookings this period. */
  deals: Array<{ amount: Money; closedOn: IsoDate }>;
  extra: Money;
  added: Money;
  commissionBefore: Money;
  commissionAfter: Money;
  gain: Money;
  /** Highest tier reached this period, before and after (indexes into the plan's tiers). */
  tierBefore: number;
  tierAfter: number;
  /** What the deals add to the goal followed, as money and as a share of its target. */
  goalFunding?: { goalId: string; added: Money; share?: number };
}

interface Computed {
  outline: PlanOutline;
  result: WhatIfResult;
  effects: Map<string, DealEffect>;
  deals: HypotheticalDeal[];
  extra: number;
}

let dealIds = 0;

/**
 * A rep's compensation plan in words and as a tier table, and a sandbox: add hypothetical deals
 * (amount and close date) and slide extra bookings for this period, and see commission before
 * and after, the tier crossed, how much of the gain the accelerator pays, what it does for a
 * personal goal, the retroactive cliff, and how a per-period and a cumulative basis compare.
 * Nothing is ever written to storage.
 *
 * @fires {CustomEvent<WhatIfChangeDetail>} goalpost-whatif-change - When the person changes a deal or the slider, with the new figures.
 * @csspart card - The frame.
 * @csspart plan - The plan in words and its tier table.
 * @csspart deals - The hypothetical deals form and the slider.
 * @csspart results - What the deals would do.
 */
export class CommissionWhatIf extends GoalpostElement {
  static override styles = [tokens, controls, fields, card, whatIfStyles];
  static override messages = { ...whatIfMessages };

  @state() private rows: DealDraft[] = [];
  @state() private extra = 0;
  @state() private announcement = '';

  /** The rep whose plan to try; defaults to the viewer. */
  @property({ attribute: 'person-id', reflect: true }) personId?: string;

  /** The goal to show funding for; defaults to the rep's goal taking the largest share of commission. */
  @property({ attribute: 'goal-id', reflect: true }) goalId?: string;

  /**
   * Deals to start from, such as the opportunity on the CRM page the element sits on. Setting it
   * replaces the rows; the person can then change, add and remove them. Never stored.
   */
  @property({ attribute: false }) deals?: ReadonlyArray<{ amount: Money; closedOn: IsoDate }>;

  private computed?: Computed;
  private computedKey?: string;
  private computedFor?: WhatIfData;
  private computeError?: unknown;
  private announceTimer?: ReturnType<typeof setTimeout>;

  private readonly data = new LiveQuery(this, {
    collections: ['bookings', 'goals', 'plans', 'people'],
    args: () => [this.personId ?? this.currentViewer?.personId, this.goalId, this.today()] as const,
    enabled: ([personId]) => Boolean(personId),
    load: (storage, [personId, goalId, today], signal) => loadWhatIfData(storage, personId!, goalId, today, signal),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('personId')) {
      this.rows = [];
      this.extra = 0;
    }
    if (changed.has('deals')) {
      this.rows = (this.deals ?? []).map((deal) => {
        dealIds += 1;
        return { id: `deal-${dealIds}`, amountText: formatNumber(toMajor(deal.amount), this.locale), closedOn: deal.closedOn, touched: true };
      });
    }
    try {
      this.computed = this.compute(this.data.value);
      this.computeError = undefined;
    } catch (error) {
      // Data the engine cannot price (a booking in another currency, say): say so, do not break.
      this.computed = undefined;
      this.computeError = error;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Figures

  /** A deal row's problem, if it has one; rows with a problem do not count. */
  private dealProblem(draft: DealDraft, currency: string): string | undefined {
    const amount = parseMoneyInput(draft.amountText, currency, this.locale);
    if (!amount || amount.amount <= 0) return this.t('whatIf.deal.badAmount');
    const date = dealDateProblem(draft.closedOn, this.today());
    if (date === 'invalid') return this.t('whatIf.deal.badDate');
    if (date === 'past') return this.t('whatIf.deal.pastDate');
    if (date === 'too-far') return this.t('whatIf.deal.farDate');
    return undefined;
  }

  private validDeals(currency: string): HypotheticalDeal[] {
    return this.rows
      .filter((draft) => this.dealProblem(draft, currency) === undefined)
      .map((draft) => ({ id: draft.id, amount: parseMoneyInput(draft.amountText, currency, this.locale)!.amount, closedOn: draft.closedOn }));
  }

  private compute(view: WhatIfData | undefined): Computed | undefined {
    const plan = view?.plan;
    if (!view || !plan) return undefined;
    const deals = this.validDeals(plan.currency);
    const today = this.today();
    const key = JSON.stringify([deals, this.extra, today]);
    if (this.computed && this.computedKey === key && this.computedFor === view) return this.computed;
    const input = { plan, bookings: view.bookings, asOf: today, deals, extra: this.extra, ...(view.goal ? { goal: view.goal } : {}) };
    const computed: Computed = {
      outline: outlinePlan(plan, view.bookings, today),
      result: whatIf(input),
      effects: new Map(dealEffects(input).map((effect) => [effect.id, effect])),
      deals,
      extra: this.extra,
    };
    this.computedKey = key;
    this.computedFor = view;
    return computed;
  }

  // ---------------------------------------------------------------------------------------------
  // Handlers

  private addDeal(): void {
    dealIds += 1;
    this.rows = [...this.rows, { id: `deal-${dealIds}`, amountText: '', closedOn: this.today(), touched: false }];
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLInputElement>(`#amount-${this.rows.at(-1)!.id}`)?.focus();
    });
    this.changed();
  }

  private removeDeal(id: string): void {
    const index = this.rows.findIndex((d) => d.id === id);
    this.rows = this.rows.filter((d) => d.id !== id);
    void this.updateComplete.then(() => {
      // Keep focus in the form: the next row's amount, or the add button.
      const next = this.rows[index] ?? this.rows[index - 1];
      const target = next ? this.renderRoot.querySelector<HTMLElement>(`#amount-${next.id}`) : this.renderRoot.querySelector<HTMLElement>('.add');
      target?.focus();
    });
    this.changed();
  }

  private editDeal(id: string, change: Partial<DealDraft>): void {
    this.rows = this.rows.map((d) => (d.id === id ? { ...d, ...change } : d));
    this.changed();
  }

  /** Leaving an amount field shows its problem from then on; nothing changed, so nothing is reported. */
  private touch(id: string): void {
    if (this.rows.some((d) => d.id === id && !d.touched)) this.rows = this.rows.map((d) => (d.id === id ? { ...d, touched: true } : d));
  }

  private slide(event: Event): void {
    this.extra = Number((event.target as HTMLInputElement).value) || 0;
    this.changed();
  }

  /** After user input: recompute, tell the page, and announce the new commission once typing settles. */
  private changed(): void {
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const computed = this.computed;
      const view = this.data.value;
      if (!computed || !view?.plan) return;
      const { result } = computed;
      const currency = view.plan.currency;
      const detail: WhatIfChangeDetail = {
        personId: view.person.id,
        deals: computed.deals.map((d) => ({ amount: money(d.amount, currency), closedOn: d.closedOn })),
        extra: money(computed.extra, currency),
        added: result.added,
        commissionBefore: result.commissionBefore,
        commissionAfter: result.commissionAfter,
        gain: result.gain,
        tierBefore: result.current.tierBefore,
        tierAfter: result.current.tierAfter,
      };
      if (view.goal) detail.goalId = view.goal.id;
      if (result.goal) {
        detail.goalFunding = { goalId: result.goal.goal.id, added: result.goal.added, ...(result.goal.share !== undefined ? { share: result.goal.share } : {}) };
      }
      this.emit<WhatIfChangeDetail>('goalpost-whatif-change', detail);
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => {
        const current = result.current;
        this.announcement = this.t('whatIf.live', {
          period: this.periodName(current.period),
          after: this.money(current.payoutAfter),
          delta: this.signed(current.gain),
        });
      }, 400);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Formatting

  private money(value: Money): string {
    return formatMoney(value, this.locale, { style: 'whole' });
  }

  private signed(value: Money): string {
    const text = this.money({ ...value, amount: Math.abs(value.amount) });
    return value.amount < 0 ? `−${text}` : `+${text}`;
  }

  private pct(share: number, digits = 0): string {
    return formatPercent(share, this.locale, digits);
  }

  private multiplier(value: number): string {
    return formatNumber(value, this.locale);
  }

  private range(tier: TierOutline): string {
    if (tier.to === null && tier.from === 0) return this.t('whatIf.range.all');
    if (tier.from === 0) return this.t('whatIf.range.below', { to: this.pct(tier.to!) });
    if (tier.to === null) return this.t('whatIf.range.above', { from: this.pct(tier.from) });
    const from = this.pct(tier.from);
    const to = this.pct(tier.to);
    // "50–100%" where the locale writes a bare number then "%", "50 %–100 %" elsewhere.
    const bare = /^[\d.,]+%$/.test(from) && /^[\d.,]+%$/.test(to);
    return this.t('whatIf.range.between', { from: bare ? from.slice(0, -1) : from, to });
  }

  private pay(tier: TierOutline, outline: PlanOutline): string {
    if (tier.multiplier === 1) return this.t('whatIf.pay.base', { rate: this.pct(outline.baseRate, 2) });
    if (tier.multiplier === 0.5) return this.t('whatIf.pay.half');
    if (tier.multiplier === 0) return this.t('whatIf.pay.nothing');
    return this.t('whatIf.pay.multiple', { multiplier: this.multiplier(tier.multiplier) });
  }

  /** "Quarterly plan: quota $895,000, $53,500 at 100%. Below 50% pays half rate; …; capped at 3× target." */
  private planWords(outline: PlanOutline): string {
    const lead = this.t('whatIf.plan.lead', { period: outline.period, quota: this.money(outline.quota), incentive: this.money(outline.targetIncentive) });
    const clauses = outline.tiers.map((tier, index) => {
      const words = { range: this.range(tier), pay: this.pay(tier, outline) };
      const clause = index === 0 ? this.t('whatIf.plan.first', words) : this.t('whatIf.plan.next', words);
      return tier.retroactive ? clause + this.t('whatIf.plan.retroactive') : clause;
    });
    if (outline.cap && outline.capMultiple !== null) {
      clauses.push(this.t('whatIf.plan.cap', { multiple: this.multiplier(outline.capMultiple), cap: this.money(outline.cap) }));
    }
    return `${lead} ${clauses.join('; ')}.`;
  }

  // ---------------------------------------------------------------------------------------------
  // Render

  protected override render(): TemplateResult {
    return html`<section class="card" part="card" aria-labelledby="title" aria-busy=${this.data.loading ? 'true' : 'false'}>
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderBody() {
    const personId = this.personId ?? this.currentViewer?.personId;
    const plainTitle = html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('whatIf.titlePlain')}</h3>`;
    if (!personId) return html`${plainTitle}<p class="muted">${this.t('whatIf.nothing')}</p>`;
    const error = this.data.error;
    const view = this.data.value;
    if (error && !view) {
      return html`${plainTitle}
        ${this.renderReadError(error, () => this.data.refresh())}`;
    }
    if (!view) {
      return html`${plainTitle}<div class="skeleton" role="status" aria-label=${this.t('common.loading')}><span></span><span></span><span></span></div>`;
    }
    if (this.computeError !== undefined) {
      const message = this.errorText(this.computeError);
      return html`${plainTitle}<div class="error-box" role="alert">${this.t('common.error', { message })}</div>`;
    }
    const computed = this.computed;
    if (!view.plan || !computed) return html`${plainTitle}<p class="muted">${this.t('whatIf.noPlan')}</p>`;
    const { outline, result } = computed;
    return html`
      <header>
        <h3 aria-level=${this.headingAria(3)} id="title">${this.t('whatIf.title', { period: this.periodName(result.current.period) })}</h3>
        <span class="badge">${this.t('whatIf.hypothetical')}</span>
      </header>
      <p class="note" id="nothing-saved">${this.t('whatIf.nothingSaved')}</p>
      ${this.renderPlan(outline, result)}
      ${this.renderDeals(view, computed)}
      ${this.renderResults(view, computed)}
    `;
  }

  private renderPlan(outline: PlanOutline, result: WhatIfResult) {
    const unitPeriod = outline.period;
    return html`<div class="plan" part="plan">
      <h4 aria-level=${this.headingAria(4)}>${this.t('whatIf.planHeading')}</h4>
      <p class="plan-words">${this.planWords(outline)}</p>
      <p class="muted small">${this.t('whatIf.plan.model', { model: outline.model })} ${this.t('whatIf.plan.basis', { basis: outline.basis, period: outline.period })}</p>
      <div class="table-scroll">
        <table class="tiers">
          <caption>${this.t('whatIf.table.caption', { name: outline.name })}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('whatIf.table.attainment')}</th>
              <th scope="col">${this.t('whatIf.table.bookings', { period: unitPeriod })}</th>
              <th scope="col">${this.t('whatIf.table.multiplier')}</th>
              <th scope="col">${this.t('whatIf.table.rate')}</th>
              <th scope="col">${this.t('whatIf.table.retroactive')}</th>
            </tr>
          </thead>
          <tbody>
            ${outline.tiers.map((tier) => {
              const now = tier.tier === result.current.tierBefore;
              const then = tier.tier === result.current.tierAfter && result.current.tierAfter !== result.current.tierBefore;
              return html`<tr class=${now ? 'now' : then ? 'then' : ''} aria-current=${now ? 'true' : 'false'}>
                <th scope="row">${this.range(tier)}
                  ${now ? html`<span class="tag">${this.t('whatIf.table.now')}</span>` : nothing}
                  ${then ? html`<span class="tag then">${this.t('whatIf.table.then')}</span>` : nothing}
                </th>
                <td>${tier.bookingsTo
                  ? this.t('whatIf.table.bookingsRange', { from: this.money(tier.bookingsFrom), to: this.money(tier.bookingsTo) })
                  : this.t('whatIf.table.bookingsFrom', { from: this.money(tier.bookingsFrom) })}</td>
                <td>×${this.multiplier(tier.multiplier)}</td>
                <td>${this.pct(tier.rate, 2)}</td>
                <td>${tier.retroactive ? this.t('whatIf.table.yes') : this.t('whatIf.table.no')}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <p class="small">${outline.cap && outline.capMultiple !== null
        ? this.t('whatIf.table.cap', { cap: this.money(outline.cap), multiple: this.multiplier(outline.capMultiple) })
        : this.t('whatIf.table.noCap')}</p>
    </div>`;
  }

  private renderDeals(view: WhatIfData, computed: Computed) {
    const plan = view.plan!;
    const today = this.today();
    const latest = latestDealDate(today);
    const range = extraBookingsRange(plan, computed.result.current.bookedBefore.amount);
    const extraText = this.t('whatIf.extraText', { amount: this.money(money(this.extra, plan.currency)), period: plan.period });
    return html`<div class="sandbox" part="deals">
      <fieldset class="deals" aria-describedby="nothing-saved">
        <legend>${this.t('whatIf.deals')}</legend>
        ${this.rows.map((draft, index) => {
          const n = index + 1;
          const problem = this.dealProblem(draft, plan.currency);
          const amountProblem = problem === this.t('whatIf.deal.badAmount');
          const showAmount = amountProblem && draft.touched;
          const dateProblem = problem !== undefined && !amountProblem;
          const effect = computed.effects.get(draft.id);
          return html`<div class="deal" role="group" aria-label=${this.t('whatIf.deal', { n })}>
            <div class="field">
              <label for="amount-${draft.id}">${this.t('whatIf.deal.amount')}</label>
              <input
                id="amount-${draft.id}"
                inputmode="decimal"
                autocomplete="off"
                .value=${draft.amountText}
                aria-invalid=${showAmount ? 'true' : 'false'}
                aria-describedby="problem-${draft.id}"
                @input=${(e: Event) => this.editDeal(draft.id, { amountText: (e.target as HTMLInputElement).value })}
                @blur=${() => this.touch(draft.id)}
              />
            </div>
            <div class="field">
              <label for="date-${draft.id}">${this.t('whatIf.deal.date')}</label>
              <input
                id="date-${draft.id}"
                type="date"
                min=${today}
                max=${latest}
                .value=${draft.closedOn}
                aria-invalid=${dateProblem ? 'true' : 'false'}
                aria-describedby="problem-${draft.id}"
                @input=${(e: Event) => this.editDeal(draft.id, { closedOn: (e.target as HTMLInputElement).value })}
              />
            </div>
            <button class="button quiet remove" aria-label=${this.t('whatIf.deal.remove', { n })} @click=${() => this.removeDeal(draft.id)}>
              <span aria-hidden="true">✕</span>
            </button>
            <p class="deal-note" id="problem-${draft.id}">
              ${showAmount || dateProblem
                ? html`<span class="field-error">${problem}</span>`
                : effect ? this.renderEffect(view, computed, draft, effect) : nothing}
            </p>
          </div>`;
        })}
        <button class="button add" @click=${this.addDeal}>${this.t('whatIf.deal.add')}</button>
      </fieldset>
      <div class="field slider">
        <label for="extra">${this.t('whatIf.extra', { period: plan.period })}</label>
        <div class="slider-row">
          <input
            id="extra"
            type="range"
            min="0"
            max=${range.max}
            step=${range.step}
            .value=${String(this.extra)}
            aria-valuetext=${extraText}
            aria-describedby="extra-hint"
            @input=${this.slide}
          />
          <output for="extra">+${this.money(money(this.extra, plan.currency))}</output>
        </div>
        <span class="hint" id="extra-hint">${this.t('whatIf.extraHint')}</span>
      </div>
    </div>`;
  }

  private renderEffect(view: WhatIfData, computed: Computed, draft: DealDraft, effect: DealEffect) {
    const deal = computed.deals.find((d) => d.id === draft.id);
    const later = deal && deal.closedOn >= computed.result.current.period.end
      ? computed.result.periods.find((p) => deal.closedOn >= p.period.start && deal.closedOn < p.period.end)
      : undefined;
    const gain = this.money(effect.gain);
    const text = view.goal && effect.goalShare !== undefined
      ? this.t('whatIf.deal.aloneGoal', { gain, share: this.pct(effect.goalShare, effect.goalShare < 0.01 ? 1 : 0), title: view.goal.title })
      : this.t('whatIf.deal.alone', { gain });
    return html`<span class="muted">${text}${later ? ` ${this.t('whatIf.deal.later', { period: this.periodName(later.period) })}` : ''}</span>`;
  }

  private renderResults(view: WhatIfData, computed: Computed) {
    const { result, outline } = computed;
    const plan = view.plan!;
    const { current } = result;
    const tried = result.added.amount > 0;
    const thisPeriod = this.periodName(current.period);
    const later = result.periods.slice(1);
    return html`<section class="results" part="results" aria-labelledby="results-title">
      <h4 aria-level=${this.headingAria(4)} id="results-title">${this.t('whatIf.results')}</h4>
      <dl class="figures">
        <div>
          <dt>${this.t('whatIf.commission', { period: thisPeriod })}</dt>
          <dd class="commission">${tried
            ? html`${this.money(current.payoutBefore)} → <strong>${this.money(current.payoutAfter)}</strong> <span class="delta">(${this.signed(current.gain)})</span>`
            : html`<strong>${this.money(current.payoutBefore)}</strong>`}</dd>
        </div>
        <div>
          <dt>${this.t('whatIf.booked', { period: thisPeriod })}</dt>
          <dd>${tried ? html`${this.money(current.bookedBefore)} → ` : nothing}<strong>${this.money(current.bookedAfter)}</strong>
            <span class="muted">· ${this.t('whatIf.ofQuota', { percent: this.pct(current.bookedAfter.amount / plan.quota) })}</span></dd>
        </div>
        ${later.map((p) => html`<div>
          <dt>${this.t('whatIf.commission', { period: this.periodName(p.period) })}</dt>
          <dd>${this.t('whatIf.change', { before: this.money(p.payoutBefore), after: this.money(p.payoutAfter), delta: this.signed(p.gain) })}</dd>
        </div>`)}
        ${later.length > 0 ? html`<div>
          <dt>${this.t('whatIf.total')}</dt>
          <dd class="total">${this.t('whatIf.change', { before: this.money(result.commissionBefore), after: this.money(result.commissionAfter), delta: this.signed(result.gain) })}</dd>
        </div>` : nothing}
      </dl>
      ${tried ? nothing : html`<p class="muted">${this.t('whatIf.tryIt')}</p>`}
      <ul class="insights">
        ${tried ? this.renderTierInsight(outline, result) : nothing}
        ${tried ? this.renderSplit(result) : nothing}
        ${tried ? this.renderCapped(outline, result) : nothing}
        ${tried ? this.renderGoal(view, result) : nothing}
        ${outline.cliffs.map((cliff) => html`<li class="cliff"><span aria-hidden="true">⚠️</span><span>${this.t('whatIf.cliff', { at: this.money(cliff.at), period: this.t('whatIf.periodNoun', { period: plan.period }), oneMore: this.money(cliff.oneMore) })}
          ${result.cliffsCrossed.some((c) => c.tier === cliff.tier)
            ? this.t('whatIf.cliff.crossed')
            : cliff.passed ? this.t('whatIf.cliff.passed') : this.t('whatIf.cliff.away', { away: this.money(cliff.away) })}</span></li>`)}
        ${result.basis ? this.renderBasis(result) : nothing}
      </ul>
    </section>`;
  }

  private renderTierInsight(outline: PlanOutline, result: WhatIfResult) {
    if (result.crossed.length === 0) {
      const tier = outline.tiers[result.current.tierAfter]!;
      return html`<li><span aria-hidden="true">📶</span><span>${this.t('whatIf.sameTier', { range: this.range(tier) })}</span></li>`;
    }
    return result.crossed.map((crossing) => html`<li class="crossed"><span aria-hidden="true">🔓</span><span>${this.t('whatIf.crossed', {
      from: this.pct(crossing.from),
      multiplier: this.multiplier(crossing.multiplier),
      period: this.periodName(crossing.period),
      retroactive: crossing.retroactive,
    })}</span></li>`);
  }

  private renderSplit(result: WhatIfResult) {
    const words = {
      gain: this.money(result.gain),
      base: this.money(result.atBaseRate),
      added: this.money(result.added),
      accelerator: this.money({ ...result.fromAccelerator, amount: Math.abs(result.fromAccelerator.amount) }),
    };
    const text = result.fromAccelerator.amount > 0
      ? this.t('whatIf.split', words)
      : result.fromAccelerator.amount < 0
        ? this.t('whatIf.splitLess', words)
        : this.t('whatIf.splitEven', words);
    return html`<li class="split"><span aria-hidden="true">⚡</span><span>${text}</span></li>`;
  }

  private renderCapped(outline: PlanOutline, result: WhatIfResult) {
    if (!outline.cap) return nothing;
    return result.periods.filter((p) => p.cappedAfter).map((p) => html`<li><span aria-hidden="true">⛔</span><span>${this.t('whatIf.capped', { cap: this.money(outline.cap!), period: this.periodName(p.period) })}</span></li>`);
  }

  private renderGoal(view: WhatIfData, result: WhatIfResult) {
    const goal = view.goal;
    if (!goal || !result.goal) return nothing;
    const change = result.goal;
    let text: string;
    if (goal.fundingShare === 0) text = this.t('whatIf.goalNone', { title: goal.title });
    else if (change.after.progress === 1 && (change.before.progress ?? 0) < 1) text = this.t('whatIf.goalFull', { title: goal.title, added: this.money(change.added) });
    else {
      text = this.t('whatIf.goal', {
        share: this.pct(change.share ?? 0, (change.share ?? 0) < 0.01 ? 1 : 0),
        title: goal.title,
        added: this.money(change.added),
        before: this.pct(change.before.progress ?? 0),
        after: this.pct(change.after.progress ?? 0),
      });
    }
    return html`<li class="goal"><span aria-hidden="true">🎯</span><span>${text}</span></li>`;
  }

  private renderBasis(result: WhatIfResult) {
    const basis = result.basis!;
    const plan = this.data.value!.plan!;
    const difference = basis.difference.amount;
    const more = difference === 0
      ? this.t('whatIf.basis.same')
      : this.t('whatIf.basis.more', {
        difference: this.money({ ...basis.difference, amount: Math.abs(difference) }),
        basis: difference > 0 ? this.t('whatIf.basis.cumulative') : this.t('whatIf.basis.perPeriod'),
      });
    const yours = this.t('whatIf.basis.yours', { basis: basis.actual === 'cumulative' ? this.t('whatIf.basis.cumulative') : this.t('whatIf.basis.perPeriod') });
    return html`<li class="basis"><span aria-hidden="true">⚖️</span><span>${this.t('whatIf.basis', {
      perPeriod: this.money(basis.perPeriod),
      cumulative: this.money(basis.cumulative),
      period: plan.period,
      through: formatDate(basis.through, this.locale),
    })} ${more} ${yours}</span></li>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goalpost-whatif-change': CustomEvent<WhatIfChangeDetail>;
  }
}
