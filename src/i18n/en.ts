/**
 * English messages: the complete catalog every other language falls back to. Each element
 * keeps its strings in a file of its own under `en/`, merged here.
 */
import { common } from './en/common.js';
import { goalCard } from './en/goal-card.js';
import { goalEditor } from './en/goal-editor.js';
import { meter } from './en/meter.js';
import { feed } from './en/recognition-feed.js';
import { feedComposer, feedActions } from './en/recognition-feed-parts.js';
import { checkin } from './en/checkin.js';
import { checkinEditor } from './en/checkin-editor.js';
import { profile } from './en/profile.js';
import { profileEditor } from './en/profile-editor.js';
import { whatIf } from './en/what-if.js';
import { charts } from './en/charts.js';
import { board } from './en/board.js';
import { celebrate } from './en/celebrations.js';
import { sync } from './en/http.js';
import { problems } from './en/problems.js';
import { errors } from './en/errors.js';

export const en = {
  ...common,
  ...goalCard,
  ...goalEditor,
  ...meter,
  ...feed,
  ...feedComposer,
  ...feedActions,
  ...checkin,
  ...checkinEditor,
  ...profile,
  ...profileEditor,
  ...whatIf,
  ...charts,
  ...board,
  ...celebrate,
  ...sync,
  ...problems,
  ...errors,
} as const satisfies Record<string, string | ((params: never) => string)>;
