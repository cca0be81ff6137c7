/**
 * Small statistics and printing helpers for the benchmarks. Every comparison is measured as a
 * pair in the same run (subject and baseline back to back, order alternating), so a machine
 * that is busy with other work slows both sides of a pair alike and the paired ratio stays
 * meaningful even when absolute times drift.
 */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  p25: number;
  p75: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
  };
}

export function fmt(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const d = abs >= 1000 ? 0 : abs >= 100 ? 1 : digits;
  return value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

/** `median [p25–p75] (min–max)` */
export function spread(s: Summary, unit = ''): string {
  return `${fmt(s.median)}${unit} [IQR ${fmt(s.p25)}–${fmt(s.p75)}; range ${fmt(s.min)}–${fmt(s.max)}]`;
}

export interface PairedRow {
  name: string;
  subject: string;
  baseline: string;
  unit: string;
  subjectValues: number[];
  baselineValues: number[];
  /** Per-run ratio subject / baseline (or baseline / subject when `invert`). */
  ratioLabel: string;
  invert?: boolean;
}

export interface Target {
  name: string;
  actual: string;
  goal: string;
  pass: boolean;
}

/** Collects rows and prints one compact, greppable block per bench file. */
export class Report {
  private lines: string[] = [];
  private targets: Target[] = [];

  constructor(private readonly title: string) {}

  /** Prints subject and baseline summaries and the paired ratio; returns the ratio summary. */
  paired(row: PairedRow): Summary {
    const s = summarize(row.subjectValues);
    const b = summarize(row.baselineValues);
    const ratios = row.subjectValues.map((v, i) => (row.invert ? row.baselineValues[i]! / v : v / row.baselineValues[i]!));
    const r = summarize(ratios);
    this.lines.push(
      `| ${row.name} | ${row.subject}: ${spread(s, row.unit)} | ${row.baseline}: ${spread(b, row.unit)} | ${row.ratioLabel} ${fmt(r.median)}× (range ${fmt(r.min)}–${fmt(r.max)}×) | n=${s.n} |`,
    );
    return r;
  }

  single(name: string, values: readonly number[], unit: string, note = ''): Summary {
    const s = summarize(values);
    this.lines.push(`| ${name} | ${spread(s, unit)} | ${note} | | n=${s.n} |`);
    return s;
  }

  target(name: string, actual: string, goal: string, pass: boolean): void {
    this.targets.push({ name, actual, goal, pass });
  }

  print(): void {
    const out = [
      '',
      `=== BENCH ${this.title} ===`,
      '| measure | subject median [IQR; range] | baseline median [IQR; range] | paired ratio median (range) | runs |',
      '|---|---|---|---|---|',
      ...this.lines,
    ];
    if (this.targets.length) {
      out.push('', '| target | measured | goal | result |', '|---|---|---|---|');
      for (const t of this.targets) out.push(`| ${t.name} | ${t.actual} | ${t.goal} | ${t.pass ? 'PASS' : 'MISS'} |`);
    }
    out.push(`=== END ${this.title} ===`, '');
    console.log(out.join('\n'));
  }
}

export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves once the next frame has been drawn: a task queued from its animation-frame callback
 * runs after that frame's style, layout and paint.
 */
export const frameDrawn = (): Promise<void> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Lets the page settle (GC, pending frames) between measurements. */
export async function settle(): Promise<void> {
  await nextFrame();
  await sleep(30);
  await nextFrame();
}
