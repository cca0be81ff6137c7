/**
 * Registers every Goalpost element under its default tag. This module (and each element's
 * `define.js`) is the only code with side effects; `goalpost` itself registers nothing.
 */
import './elements/goalpost-provider/define.js';
import './elements/goal-card/define.js';
import './elements/quota-to-goal-meter/define.js';
import './elements/recognition-feed/define.js';
import './elements/goal-checkin/define.js';
import './elements/motivation-profile/define.js';
import './elements/team-goals-board/define.js';
import './elements/commission-what-if/define.js';
import './elements/attainment-chart/define.js';
import './elements/team-distribution-chart/define.js';
import './elements/sync-status/define.js';
