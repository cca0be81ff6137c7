// A test-runner plugin for the benchmarks: what the page's main thread spent its time on, read
// from Chromium through the DevTools protocol of the page the bench runs in (the Chrome launcher
// drives it with puppeteer). Wall-clock timers in the page cannot tell script from layout, nor
// this page's work from whatever else the machine is doing; a trace can.
//
// Commands (called through bench/support/page-metrics.ts):
// - `trace-start`: starts a timeline trace of the page.
// - `trace-stop` ({ from, to }): stops it and answers the main thread's time between the
//   `performance.mark`s named `from` and `to`, split into script, layout, style and all tasks,
//   each twice: `wall` as the timeline shows it, `cpu` in the thread's own CPU time (what the
//   work costs with the machine to itself). `save` writes the trace (DevTools opens it).
// - `cpu-profile-start` / `cpu-profile-stop`: a sampling profile; stop answers the functions with
//   the most self time (and writes the whole .cpuprofile to `save` when given).
//
// Why a trace and not `Performance.getMetrics`: its ScriptDuration counts only script that Blink
// calls into (event listeners, callbacks) and misses promise continuations run as microtasks,
// which is most of what an async read and a Lit render are: it read 0.6 ms for work that the
// trace shows taking tens of milliseconds.
import { writeFile } from 'node:fs/promises';

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', '__metadata'];

/** Trace events that are JavaScript running (or being compiled, or its garbage collected), as DevTools counts "Scripting". */
const SCRIPT = new Set([
  'FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback',
  'EventDispatch', 'v8.compile', 'v8.compileModule', 'v8.produceCache', 'v8.produceModuleCache', 'V8.Execute', 'v8.callFunction',
  'MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCCompactor', 'V8.GCIncrementalMarking', 'V8.GC_MC_BACKGROUND_MARKING',
]);
/** Rendering work, which may run nested inside script (a forced layout) and then is not script. */
const LAYOUT = new Set(['Layout']);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);
const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Sorted, merged intervals. */
function union(intervals) {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function length(intervals) {
  return intervals.reduce((sum, [a, b]) => sum + (b - a), 0);
}

/** `a` less everything in `b` (both merged). */
function minus(a, b) {
  const out = [];
  for (const [start, end] of a) {
    let from = start;
    for (const [s, e] of b) {
      if (e <= from || s >= end) continue;
      if (s > from) out.push([from, s]);
      from = Math.max(from, e);
    }
    if (from < end) out.push([from, end]);
  }
  return out;
}

function clip(intervals, lo, hi) {
  return intervals.map(([a, b]) => [Math.max(a, lo), Math.min(b, hi)]).filter(([a, b]) => b > a);
}

/**
 * Main-thread time between two marks. Wall intervals come from `ts`/`dur`; CPU intervals from
 * `tts`/`tdur`, clipped to the CPU time at which the marks fell.
 */
function summarize(events, from, to) {
  const start = events.find((e) => e.name === from && e.cat.includes('blink.user_timing'));
  const end = events.find((e) => e.name === to && e.cat.includes('blink.user_timing'));
  if (!start || !end) throw new Error(`marks ${from} / ${to} not in the trace`);
  const pid = start.pid;
  const tid = start.tid;
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  // Thread time of the marks: instant events may lack `tts`, so take it from the events around them.
  const cpuAt = (ts) => {
    let best;
    for (const e of mine) {
      if (e.tts === undefined || e.tdur === undefined) continue;
      if (e.ts <= ts && ts <= e.ts + e.dur) {
        // Inside `e`: scale its thread time by how far in the mark fell.
        const share = e.dur > 0 ? (ts - e.ts) / e.dur : 0;
        const at = e.tts + share * e.tdur;
        if (!best || e.dur < best.dur) best = { dur: e.dur, at };
      }
    }
    return best?.at;
  };
  const cpuFrom = start.tts ?? cpuAt(start.ts);
  const cpuTo = end.tts ?? cpuAt(end.ts);
  const split = (wallOf, lo, hi) => {
    const of = (names) => union(clip(mine.filter((e) => names.has(e.name)).map(wallOf).filter(Boolean), lo, hi));
    const layout = of(LAYOUT);
    const style = minus(of(STYLE), layout);
    const script = minus(minus(of(SCRIPT), layout), style);
    const task = of(TASK);
    return { script: length(script) / 1000, layout: length(layout) / 1000, style: length(style) / 1000, task: length(task) / 1000 };
  };
  const wall = split((e) => [e.ts, e.ts + e.dur], start.ts, end.ts);
  const cpu = cpuFrom === undefined || cpuTo === undefined
    ? undefined
    : split((e) => (e.tts === undefined || e.tdur === undefined ? undefined : [e.tts, e.tts + e.tdur]), cpuFrom, cpuTo);
  return { wall, cpu, elapsed: (end.ts - start.ts) / 1000 };
}

/** Self time per function, most first, from a CDP profile. */
function topSelf(profile, top) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < profile.samples.length; i += 1) {
    const node = byNode.get(profile.samples[i]);
    // Each sample accounts for the time until the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { totalMs: total, top: [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => ({ fn, ms })) };
}

export function pageMetricsPlugin() {
  /** Per page: one protocol session, and the trace being recorded on it. */
  const clients = new WeakMap();

  function clientOf(session) {
    if (session.browser.type !== 'puppeteer') throw new Error(`page metrics need Chromium driven by puppeteer, not ${session.browser.type}`);
    const page = session.browser.getPage(session.id);
    let found = clients.get(page);
    if (!found) {
      found = page.createCDPSession().then(async (cdp) => {
        await cdp.send('Profiler.enable');
        return { cdp, events: undefined };
      });
      clients.set(page, found);
    }
    return found;
  }

  return {
    name: 'goalpost-page-metrics',
    async executeCommand({ command, payload, session }) {
      if (command === 'trace-start') {
        const state = await clientOf(session);
        state.events = [];
        state.collect ??= (event) => state.events?.push(...event.value);
        state.cdp.on('Tracing.dataCollected', state.collect);
        await state.cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
        return true;
      }
      if (command === 'trace-stop') {
        const state = await clientOf(session);
        const done = new Promise((resolve) => state.cdp.once('Tracing.tracingComplete', resolve));
        await state.cdp.send('Tracing.end');
        await done;
        state.cdp.off('Tracing.dataCollected', state.collect);
        const events = state.events;
        state.events = undefined;
        if (payload?.save) await writeFile(payload.save, JSON.stringify({ traceEvents: events }));
        return summarize(events, payload.from, payload.to);
      }
      if (command === 'cpu-profile-start') {
        const { cdp } = await clientOf(session);
        await cdp.send('Profiler.setSamplingInterval', { interval: payload?.intervalUs ?? 100 });
        await cdp.send('Profiler.start');
        return true;
      }
      if (command === 'cpu-profile-stop') {
        const { cdp } = await clientOf(session);
        const { profile } = await cdp.send('Profiler.stop');
        if (payload?.save) await writeFile(payload.save, JSON.stringify(profile));
        return topSelf(profile, payload?.top ?? 25);
      }
      return undefined;
    },
  };
}
