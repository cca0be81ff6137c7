/**
 * chart.js inside a Lit element, on the element's lifecycle: loaded with `import()` the first
 * time an element has data to draw and comes within a screen of the viewport (a page without
 * charts never downloads it; one whose charts sit far down or in a hidden view downloads it when
 * the reader comes near, or prints), created once the element is connected and its canvas
 * rendered, updated in place when the data or the theme changes, destroyed when the element
 * disconnects.
 *
 * Colours come from the element's own computed custom properties (`--_text`, `--_accent`, …,
 * see `src/styles/tokens.ts`), so a chart follows `theme="dark"`, the system's colour scheme and
 * an integrator's `--goalpost-color-*` like the rest of the element. A canvas cannot read CSS,
 * so the controller watches what can change them (the element's and the page's attributes, the
 * system's colour scheme) and redraws when the colours differ.
 *
 * Sizing: chart.js's own responsive mode, which watches the canvas's parent with a
 * ResizeObserver; the element gives that parent a height in CSS.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart, ChartConfiguration } from 'chart.js';
import type * as ChartJs from 'chart.js';

/** What `import('chart.js')` resolves to. Type-only: importing this module downloads nothing. */
export type ChartModule = typeof ChartJs;
export type ChartLoader = () => Promise<ChartModule>;

/** Colours and preferences a chart is drawn with, read from the host. */
export interface ChartTheme {
  text: string;
  muted: string;
  surface: string;
  border: string;
  accent: string;
  positive: string;
  warning: string;
  danger: string;
  font: string;
  dark: boolean;
  reducedMotion: boolean;
}

let loading: Promise<ChartModule> | undefined;
let requests = 0;

/**
 * chart.js, loaded once per page, with only the parts Goalpost draws registered: lines with
 * points and fills, bars, linear and category scales, tooltips and legends. Tree-shaking keeps
 * the rest (pie, radar, time scales, …) out of the bundle.
 */
export function loadChartJs(): Promise<ChartModule> {
  loading ??= (async () => {
    requests += 1;
    const module = await import('chart.js');
    const { Chart: ChartClass, LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler, Tooltip, Legend, BarController, BarElement } = module;
    ChartClass.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler, Tooltip, Legend, BarController, BarElement);
    return module;
  })();
  // A failed download (offline) may be tried again by the next chart.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** How many times this page asked for chart.js: zero on a page that shows no chart. */
export function chartJsRequests(): number {
  return requests;
}

const PALETTE = ['text', 'muted', 'surface', 'border', 'accent', 'positive', 'warning', 'danger'] as const;

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour as chart.js can use it, `#rrggbb` or `rgba(…)`: a 2D context normalises what it
 * is given, so `oklch(…)` or `rebeccapurple` from an integrator's theme work too.
 */
export function canvasColor(value: string, fallback = '#000000'): string {
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe || !value.trim()) return fallback;
  probe.fillStyle = fallback;
  probe.fillStyle = value.trim();
  return String(probe.fillStyle);
}

/** `color` at `alpha` opacity, for fills and bands under lines. */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return `rgba(${parseInt(hex[1]!, 16)}, ${parseInt(hex[2]!, 16)}, ${parseInt(hex[3]!, 16)}, ${alpha})`;
  const rgba = /^rgba?\(([^,]+),([^,]+),([^,)]+)/.exec(color);
  return rgba ? `rgba(${rgba[1]!.trim()}, ${rgba[2]!.trim()}, ${rgba[3]!.trim()}, ${alpha})` : color;
}

/** Reads the theme a host is showing now. */
export function readTheme(host: HTMLElement): ChartTheme {
  const style = getComputedStyle(host);
  const colours = Object.fromEntries(PALETTE.map((name) => [name, canvasColor(style.getPropertyValue(`--_${name}`))])) as Record<(typeof PALETTE)[number], string>;
  return {
    ...colours,
    font: style.fontFamily || 'system-ui, sans-serif',
    dark: style.colorScheme.includes('dark'),
    reducedMotion: typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
  };
}

export interface ChartControllerOptions<T> {
  /** The canvas to draw on, once rendered. */
  canvas: () => HTMLCanvasElement | null | undefined;
  /** What to draw, or undefined while there is nothing to draw yet. Redraws when it changes identity. */
  data: () => T | undefined;
  /** The chart for the data in the theme; a fresh object each call. */
  config: (data: T, theme: ChartTheme) => ChartConfiguration;
  /** Where chart.js comes from; `loadChartJs` by default. */
  loader?: ChartLoader;
}

type Host = ReactiveControllerHost & HTMLElement;

export class ChartController<T> implements ReactiveController {
  private instance?: Chart;
  private drawn?: { data: T; theme: string; canvas: HTMLCanvasElement };
  private theme?: ChartTheme;
  private generation = 0;
  private connected = false;
  private readonly observers: Array<() => void> = [];
  private failure?: { error: unknown; data: T };
  /**
   * Whether the host has come within a screen of the viewport. Until then there is no chart to
   * see, so chart.js waits; once near, the chart stays drawn.
   */
  private near = typeof IntersectionObserver !== 'function';

  constructor(
    private readonly host: Host,
    private readonly options: ChartControllerOptions<T>,
  ) {
    host.addController(this);
  }

  /** The chart.js instance, once drawn; undefined before and after. */
  get chart(): Chart | undefined {
    return this.instance;
  }

  /** Why chart.js could not be loaded, if it could not; the element then shows its table. */
  get error(): unknown {
    return this.failure?.error;
  }

  hostConnected(): void {
    this.connected = true;
    this.watchTheme();
    this.watchNearness();
    // Lit does not re-render on reconnection; ask for one so a moved element draws again.
    if (this.drawn) this.host.requestUpdate();
  }

  hostUpdated(): void {
    void this.draw();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.generation += 1;
    for (const stop of this.observers.splice(0)) stop();
    this.destroy();
  }

  /** Tries again after chart.js failed to load (the network came back). */
  retry(): void {
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /** Reads the theme again and redraws if it changed; call after changing colours from outside. */
  refreshTheme(): void {
    this.theme = undefined;
    void this.draw();
  }

  private destroy(): void {
    this.instance?.destroy();
    this.instance = undefined;
    this.drawn = undefined;
  }

  private async draw(): Promise<void> {
    if (!this.connected) return;
    const data = this.options.data();
    const canvas = this.options.canvas();
    if (data === undefined || !canvas) {
      if (this.instance && (!canvas || canvas !== this.drawn?.canvas)) this.destroy();
      return;
    }
    if (!this.near) return;
    // A failed download is not retried on every render: only for new data, or after `retry()`.
    if (this.failure?.data === data) return;
    const theme = (this.theme ??= readTheme(this.host));
    const themeKey = JSON.stringify(theme);
    if (this.instance && this.drawn?.canvas === canvas && this.drawn.data === data && this.drawn.theme === themeKey) return;
    const generation = ++this.generation;
    let module: ChartModule;
    try {
      module = await (this.options.loader ?? loadChartJs)();
    } catch (error) {
      if (generation !== this.generation) return;
      this.failure = { error, data };
      this.host.requestUpdate();
      return;
    }
    // Disconnected, or a newer draw started, while chart.js loaded.
    if (generation !== this.generation || !this.connected || !canvas.isConnected) return;
    this.failure = undefined;
    const config = this.options.config(data, theme);
    const sameType = (this.instance?.config as { type?: string } | undefined)?.type === (config as { type?: string }).type;
    if (this.instance && this.drawn?.canvas === canvas && sameType) {
      this.instance.data = config.data;
      this.instance.options = config.options ?? {};
      this.instance.update(theme.reducedMotion ? 'none' : undefined);
    } else {
      this.destroy();
      this.instance = new module.Chart(canvas, config);
    }
    this.drawn = { data, theme: themeKey, canvas };
  }

  /**
   * Draws once the host comes within a screen of the viewport (at once if it already is), or when
   * the page is about to print. Inside a scrolling box or a cross-origin frame the margin does not
   * apply: there the chart draws as it comes into view.
   */
  private watchNearness(): void {
    if (this.near) return;
    const come = () => {
      this.near = true;
      stop();
      void this.draw();
    };
    const nearness = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) come();
    }, { rootMargin: '100% 0px' });
    const stop = () => {
      nearness.disconnect();
      removeEventListener('beforeprint', come);
    };
    nearness.observe(this.host);
    addEventListener('beforeprint', come);
    this.observers.push(stop);
  }

  /** Redraw when the theme may have changed: the host's or the page's attributes, or the system scheme. */
  private watchTheme(): void {
    const changed = () => {
      const next = readTheme(this.host);
      if (this.theme && JSON.stringify(next) === JSON.stringify(this.theme)) return;
      this.theme = next;
      void this.draw();
    };
    if (typeof MutationObserver === 'function') {
      const attributes = new MutationObserver(changed);
      attributes.observe(this.host, { attributes: true, attributeFilter: ['theme', 'class', 'style'] });
      attributes.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'class', 'style', 'data-theme'] });
      if (document.body) attributes.observe(document.body, { attributes: true, attributeFilter: ['theme', 'class', 'style', 'data-theme'] });
      this.observers.push(() => attributes.disconnect());
    }
    if (typeof matchMedia === 'function') {
      for (const query of ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)']) {
        const list = matchMedia(query);
        list.addEventListener('change', changed);
        this.observers.push(() => list.removeEventListener('change', changed));
      }
    }
  }
}
