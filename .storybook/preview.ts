import type { Preview } from '@storybook/web-components-vite';
import '../src/define-all.js';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
