/**
 * The page's main-thread time split into script, layout and style, as a Chromium timeline trace
 * shows it (served by bench/support/page-metrics-plugin.mjs, registered in
 * bench/wtr.bench.config.mjs). `measure` traces some work between two `performance.mark`s, so
 * only what happened between them counts, not the round trips to the runner around them.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Milliseconds of main-thread time, by kind. */
export interface MainThreadTime {
  /** JavaScript: running it (microtasks too), compiling it and collecting its garbage. */
  script: number;
  /** Layout, including a layout that script forced. */
  layout: number;
  /** Style recalculation. */
  style: number;
  /** Every task the main thread ran, script and rendering work alike. */
  task: number;
}

/** One interval in two clocks: `wall` as the timeline shows it; `cpu` the main thread's own CPU time. */
export interface Split {
  wall: MainThreadTime;
  cpu: MainThreadTime;
  /** Wall time between the marks. */
  elapsed: number;
}

let marks = 0;

/**
 * Runs `work` and answers its result with the main-thread time it spent. The interval starts when
 * `work` calls `begin` (set-up before that does not count), or with `work` if it never does, and
 * ends when its promise settles.
 */
export async function measure<T>(work: (begin: () => void) => Promise<T>, save?: string): Promise<{ result: T; time: Split }> {
  marks += 1;
  const from = `goalpost-bench-start-${marks}`;
  const to = `goalpost-bench-end-${marks}`;
  const start = `${from}-work`;
  await executeServerCommand('trace-start');
  let begun = false;
  const begin = () => {
    if (begun) return;
    begun = true;
    performance.mark(from);
  };
  performance.mark(start);
  let result: T;
  try {
    result = await work(begin);
  } finally {
    performance.mark(to);
  }
  const time = await executeServerCommand<Split & { cpu?: MainThreadTime }, { from: string; to: string; save?: string }>('trace-stop', { from: begun ? from : start, to, save });
  for (const mark of [start, from, to]) performance.clearMarks(mark);
  if (!time.cpu) throw new Error('the trace holds no thread times: CPU time cannot be told');
  return { result, time };
}

/** Starts a sampling profile of the page (for finding where time goes; not used by the tables). */
export function startProfile(intervalUs = 100): Promise<boolean> {
  return executeServerCommand('cpu-profile-start', { intervalUs });
}

/** Stops the profile: the functions with the most self time; the whole profile goes to `save` when given. */
export function stopProfile(top = 25, save?: string): Promise<{ totalMs: number; top: Array<{ fn: string; ms: number }> }> {
  return executeServerCommand('cpu-profile-stop', { top, save });
}
