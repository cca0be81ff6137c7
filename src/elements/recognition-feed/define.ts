import { define } from '../../define.js';
import { RecognitionFeed } from './recognition-feed.js';

define('recognition-feed', RecognitionFeed);

declare global {
  interface HTMLElementTagNameMap {
    'recognition-feed': RecognitionFeed;
  }
}
