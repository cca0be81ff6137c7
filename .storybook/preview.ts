import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import '../src/define-all.js';
import { eventsToActions, manifestArgTypes, storybookManifest } from '../stories/manifest.js';

// Docs pages and controls come from the committed custom-elements.json (`npm run manifest`).
setCustomElementsManifest(storybookManifest());

const preview: Preview = {
  // Every element gets a docs page: its description, the first story with the manifest's tables
  // (attributes, properties, events, slots, CSS parts, custom properties), then every story.
  tags: ['autodocs'],
  argTypesEnhancers: [manifestArgTypes],
  decorators: [eventsToActions],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    // Any axe violation marks the story failed in the Accessibility panel (and in a test run);
    // scripts/story-smoke.mjs fails the build on the same result.
    a11y: { test: 'error' },
  },
};
export default preview;
