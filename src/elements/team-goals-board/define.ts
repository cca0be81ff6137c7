import { define } from '../../define.js';
import { TeamGoalsBoard } from './team-goals-board.js';

define('team-goals-board', TeamGoalsBoard);

declare global {
  interface HTMLElementTagNameMap {
    'team-goals-board': TeamGoalsBoard;
  }
}
