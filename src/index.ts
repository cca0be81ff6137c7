/**
 * Goalpost's public API. Importing it registers nothing: call `define()` with the classes you
 * want, or import `goalpost/define` to register every element under its default tag.
 */
export { define, tagFor, GOALPOST_VERSION } from './define.js';
export type { DefineOutcome } from './define.js';

export { GoalpostElement } from './elements/goalpost-element.js';
export { GoalpostProvider } from './elements/goalpost-provider/goalpost-provider.js';
export { GoalCard } from './elements/goal-card/goal-card.js';
export type { GoalSaveDetail } from './elements/goal-card/goal-card.js';
export type { ProfileSaveDetail } from './elements/motivation-profile/motivation-profile.js';
export type { RepToggleDetail } from './elements/team-goals-board/team-goals-board.js';
export type { SyncResolveDetail } from './elements/sync-status/sync-status.js';
export { QuotaToGoalMeter } from './elements/quota-to-goal-meter/quota-to-goal-meter.js';
export { RecognitionFeed } from './elements/recognition-feed/recognition-feed.js';
export { GoalCheckin } from './elements/goal-checkin/goal-checkin.js';
export { MotivationProfileElement } from './elements/motivation-profile/motivation-profile.js';
export { TeamGoalsBoard } from './elements/team-goals-board/team-goals-board.js';
export { CommissionWhatIf } from './elements/commission-what-if/commission-what-if.js';
export type { WhatIfChangeDetail } from './elements/commission-what-if/commission-what-if.js';
export { AttainmentChart } from './elements/attainment-chart/attainment-chart.js';
export { TeamDistributionChart } from './elements/team-distribution-chart/team-distribution-chart.js';
export { SyncStatus } from './elements/sync-status/sync-status.js';
export { ChartController, loadChartJs } from './controllers/chart-controller.js';

export { provideGoalpost } from './context/host-provider.js';
export type { GoalpostContextValues, HostProvider } from './context/host-provider.js';
export { storageContext, viewerContext, localeContext, currencyContext, clockContext } from './context/keys.js';

export type { StorageAdapter, ListQuery, Page, ChangeEvent, BatchOp } from './storage/adapter.js';
export type { StorageFallback } from './storage/adapter.js';
export { MemoryAdapter } from './storage/memory.js';
// For writing your own adapter (docs/storage-adapters.md): supply raw reads and writes, and the
// base adapter applies privacy, validation and versions.
export { BaseAdapter, RawBackend } from './storage/base-adapter.js';
export type { RawStore, RawWriter, ScanResult } from './storage/base-adapter.js';
export type { RawChange } from './storage/changes.js';
export { selectRecords } from './storage/query.js';
export type { ScanQuery, Position } from './storage/query.js';
export { IndexedDbAdapter } from './storage/indexeddb.js';
export type { IndexedDbAdapterOptions } from './storage/indexeddb.js';
export type { AdapterOptions } from './storage/adapter.js';
export { HttpAdapter, createHttpStorage } from './storage/http.js';
export type { HttpAdapterOptions } from './storage/http.js';
export { HttpUnavailableError } from './storage/http-transport.js';
export { isSyncSource } from './storage/sync-state.js';
export type { SyncState, SyncSnapshot, SyncIssue, SyncSource, IssueChoice } from './storage/sync-state.js';
export { whatIf, outlinePlan } from './core/what-if.js';
export { teamDistribution, stretchRatio } from './core/distribution.js';

export * from './core/types.js';
export * from './core/errors.js';
export { money, fromMajor, toMajor, formatMoney, add, subtract, sum, isKnownCurrency } from './core/money.js';
export { commissionFor, periodCommissions, bookingsForCommission, nextUnlock, cliffs, hasCliff, describePlanModel } from './core/commission.js';
export { goalFunding, goalFundingAsOf, pace, periodFundingForGoal, bookingsNeededForGoal } from './core/quota-to-goal.js';
export { visibleRecord, summarizeGoal } from './core/privacy.js';
export { assertMayWrite } from './core/privacy-writes.js';
export { validateRecord, assertValid, isSafeLink } from './core/validation.js';
export { registerMessages, loadMessages } from './i18n/messages.js';
export { problemText, errorText } from './i18n/problem-text.js';
export { periodText } from './i18n/period.js';
