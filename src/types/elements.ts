/**
 * What each Goalpost tag takes from a page written in a framework: the properties it may set,
 * the attribute spelling of each property that has a different one, and the events the element
 * fires. `goalpost/react` and `goalpost/vue` build their JSX and template types from these maps.
 *
 * Everything here is a type: importing it adds no code to a bundle.
 */
import type { GoalpostElement } from '../elements/goalpost-element.js';
import type { GoalpostProvider } from '../elements/goalpost-provider/goalpost-provider.js';
import type { GoalCard } from '../elements/goal-card/goal-card.js';
import type { QuotaToGoalMeter } from '../elements/quota-to-goal-meter/quota-to-goal-meter.js';
import type { RecognitionFeed } from '../elements/recognition-feed/recognition-feed.js';
import type { GoalCheckin } from '../elements/goal-checkin/goal-checkin.js';
import type { MotivationProfileElement } from '../elements/motivation-profile/motivation-profile.js';
import type { TeamGoalsBoard } from '../elements/team-goals-board/team-goals-board.js';
import type { CommissionWhatIf } from '../elements/commission-what-if/commission-what-if.js';
import type { AttainmentChart } from '../elements/attainment-chart/attainment-chart.js';
import type { TeamDistributionChart } from '../elements/team-distribution-chart/team-distribution-chart.js';
import type { SyncStatus } from '../elements/sync-status/sync-status.js';

/** Each default tag and the class registered under it. */
export interface GoalpostTagClasses {
  'goalpost-provider': GoalpostProvider;
  'goal-card': GoalCard;
  'quota-to-goal-meter': QuotaToGoalMeter;
  'recognition-feed': RecognitionFeed;
  'goal-checkin': GoalCheckin;
  'motivation-profile': MotivationProfileElement;
  'team-goals-board': TeamGoalsBoard;
  'commission-what-if': CommissionWhatIf;
  'attainment-chart': AttainmentChart;
  'team-distribution-chart': TeamDistributionChart;
  'goalpost-sync-status': SyncStatus;
}

export type GoalpostTag = keyof GoalpostTagClasses;

/** What every element but the provider takes: its own storage and viewer, and a pinned colour scheme. */
type Shared<E extends GoalpostElement> = Pick<E, 'storage' | 'viewer' | 'theme'>;

/**
 * The properties a page may set, by tag. Objects and arrays (`storage`, `goal`, `deals`,
 * `suggestedValues`, `source`) can only be passed as properties.
 */
export interface GoalpostProperties {
  'goalpost-provider': Pick<GoalpostProvider, 'storage' | 'endpoint' | 'dbName' | 'viewerId' | 'viewerRole' | 'locale' | 'currency' | 'now'>;
  'goal-card': Shared<GoalCard> & Pick<GoalCard, 'goalId' | 'goal' | 'variant' | 'mode'>;
  'quota-to-goal-meter': Shared<QuotaToGoalMeter> & Pick<QuotaToGoalMeter, 'personId' | 'goalId' | 'variant'>;
  'recognition-feed': Shared<RecognitionFeed> &
    Pick<RecognitionFeed, 'teamId' | 'personId' | 'kind' | 'pageSize' | 'hideComposer' | 'heading' | 'suggestedValues'>;
  'goal-checkin': Shared<GoalCheckin> & Pick<GoalCheckin, 'goalId' | 'personId' | 'cadence' | 'composing'>;
  'motivation-profile': Shared<MotivationProfileElement> & Pick<MotivationProfileElement, 'personId'>;
  'team-goals-board': Shared<TeamGoalsBoard> &
    Pick<TeamGoalsBoard, 'managerId' | 'sortBy' | 'sortDirection' | 'atRiskOnly' | 'expandedRep'>;
  'commission-what-if': Shared<CommissionWhatIf> & Pick<CommissionWhatIf, 'personId' | 'goalId' | 'deals'>;
  'attainment-chart': Shared<AttainmentChart> & Pick<AttainmentChart, 'personId'>;
  'team-distribution-chart': Shared<TeamDistributionChart> & Pick<TeamDistributionChart, 'teamId' | 'managerId' | 'bandWidth'>;
  'goalpost-sync-status': Shared<SyncStatus> & Pick<SyncStatus, 'source'>;
}

/**
 * The attributes whose spelling differs from their property's (`goal-id` for `goalId`), by tag.
 * Attributes spelt like their property (`variant`, `theme`, `now`) are covered by the properties.
 */
export interface GoalpostAttributes {
  'goalpost-provider': {
    'db-name': GoalpostProvider['dbName'];
    'viewer-id': GoalpostProvider['viewerId'];
    'viewer-role': GoalpostProvider['viewerRole'];
  };
  'goal-card': { 'goal-id': GoalCard['goalId'] };
  'quota-to-goal-meter': { 'person-id': QuotaToGoalMeter['personId']; 'goal-id': QuotaToGoalMeter['goalId'] };
  'recognition-feed': {
    'team-id': RecognitionFeed['teamId'];
    'person-id': RecognitionFeed['personId'];
    'page-size': RecognitionFeed['pageSize'];
    'hide-composer': RecognitionFeed['hideComposer'];
  };
  'goal-checkin': { 'goal-id': GoalCheckin['goalId']; 'person-id': GoalCheckin['personId'] };
  'motivation-profile': { 'person-id': MotivationProfileElement['personId'] };
  'team-goals-board': {
    'manager-id': TeamGoalsBoard['managerId'];
    'sort-by': TeamGoalsBoard['sortBy'];
    'sort-direction': TeamGoalsBoard['sortDirection'];
    'at-risk-only': TeamGoalsBoard['atRiskOnly'];
    'expanded-rep': TeamGoalsBoard['expandedRep'];
  };
  'commission-what-if': { 'person-id': CommissionWhatIf['personId']; 'goal-id': CommissionWhatIf['goalId'] };
  'attainment-chart': { 'person-id': AttainmentChart['personId'] };
  'team-distribution-chart': {
    'team-id': TeamDistributionChart['teamId'];
    'manager-id': TeamDistributionChart['managerId'];
    'band-width': TeamDistributionChart['bandWidth'];
  };
  'goalpost-sync-status': Record<never, never>;
}

/** Every `goalpost-*` event, with the `CustomEvent` (and its `detail`) a listener receives. */
export interface GoalpostEventMap {
  'goalpost-goal-save': GlobalEventHandlersEventMap['goalpost-goal-save'];
  'goalpost-goal-delete': GlobalEventHandlersEventMap['goalpost-goal-delete'];
  'goalpost-recognition-post': GlobalEventHandlersEventMap['goalpost-recognition-post'];
  'goalpost-checkin-save': GlobalEventHandlersEventMap['goalpost-checkin-save'];
  'goalpost-checkin-acknowledge': GlobalEventHandlersEventMap['goalpost-checkin-acknowledge'];
  'goalpost-profile-save': GlobalEventHandlersEventMap['goalpost-profile-save'];
  'goalpost-rep-open': GlobalEventHandlersEventMap['goalpost-rep-open'];
  'goalpost-rep-close': GlobalEventHandlersEventMap['goalpost-rep-close'];
  'goalpost-whatif-change': GlobalEventHandlersEventMap['goalpost-whatif-change'];
  'goalpost-sync-resolve': GlobalEventHandlersEventMap['goalpost-sync-resolve'];
  'goalpost-viewer-change': HTMLElementEventMap['goalpost-viewer-change'];
  'goalpost-storage-fallback': HTMLElementEventMap['goalpost-storage-fallback'];
}

/**
 * The events heard on each tag. Events bubble and cross shadow roots, so the provider hears
 * those of every element inside it as well as its own.
 */
export interface GoalpostEvents {
  'goalpost-provider': GoalpostEventMap;
  'goal-card': Pick<GoalpostEventMap, 'goalpost-goal-save' | 'goalpost-goal-delete'>;
  'quota-to-goal-meter': Record<never, never>;
  'recognition-feed': Pick<GoalpostEventMap, 'goalpost-recognition-post'>;
  'goal-checkin': Pick<GoalpostEventMap, 'goalpost-checkin-save' | 'goalpost-checkin-acknowledge'>;
  'motivation-profile': Pick<GoalpostEventMap, 'goalpost-profile-save'>;
  // An opened rep shows a check-in element of the board's own, whose events bubble out of it.
  'team-goals-board': Pick<
    GoalpostEventMap,
    'goalpost-rep-open' | 'goalpost-rep-close' | 'goalpost-checkin-save' | 'goalpost-checkin-acknowledge'
  >;
  'commission-what-if': Pick<GoalpostEventMap, 'goalpost-whatif-change'>;
  'attainment-chart': Record<never, never>;
  'team-distribution-chart': Record<never, never>;
  'goalpost-sync-status': Pick<GoalpostEventMap, 'goalpost-sync-resolve'>;
}

/** `T` with every key optional and `undefined` allowed, as framework props are. */
export type LoosePartial<T> = { [K in keyof T]?: T[K] | undefined };
