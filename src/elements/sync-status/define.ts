import { define } from '../../define.js';
import { SyncStatus } from './sync-status.js';

define('goalpost-sync-status', SyncStatus);

declare global {
  interface HTMLElementTagNameMap {
    'goalpost-sync-status': SyncStatus;
  }
}
