/**
 * Interleaved windows: a service scenario and its baseline are measured in alternating short
 * windows, so the two sides of each pair see nearly the same machine even when other work comes
 * and goes within seconds. Pure: the windows' samples come in, rates and ratios go out.
 */
import { median, percentile } from "./verdicts.mjs";

/** The first part of every window of a non-sequential scenario, not counted: the connections' pipeline fills again. */
export const WINDOW_SETTLE_MS = 100;
/** Each side of a sequential (sync) scenario is measured for this long in all, at least. */
export const SEQUENTIAL_TOTAL_MS = 10_000;

/** How many pairs of windows fill `durationMs` (each side's measured time); a sequential scenario takes at least 10 s. */
export function pairsFor({ durationMs, windowMs }, sequential = false) {
  const pairs = Math.max(1, Math.round(durationMs / windowMs));
  return sequential ? Math.max(pairs, Math.ceil(SEQUENTIAL_TOTAL_MS / windowMs)) : pairs;
}

/**
 * The order the windows run in, as side indices: pair by pair, the first pair's order, then the
 * reverse, and so on (0 1, 1 0, 0 1 …), so a steady rise or fall in load favours neither side.
 */
export function interleave(sides, pairs) {
  const forward = Array.from({ length: sides }, (_, i) => i);
  const backward = [...forward].reverse();
  return Array.from({ length: pairs }, (_, pair) => (pair % 2 === 0 ? forward : backward)).flat();
}

const mean = (values) => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * A window's rate: completed requests per second of its measured time, or for a sequential
 * scenario (one connection, calls one after another) 1 ÷ its mean call time. NaN when nothing completed.
 */
export function windowRate({ latencies, durationMs }, sequential = false) {
  if (latencies.length === 0) return Number.NaN;
  return sequential ? 1000 / mean(latencies) : latencies.length / (durationMs / 1000);
}

/** One side's windows of a run taken together: its rate over all of them, p50 and p99 over all their requests. */
export function combineWindows(windows, sequential = false) {
  const all = Float64Array.from(windows.flatMap((w) => Array.from(w.latencies))).sort();
  const durationMs = windows.reduce((sum, w) => sum + w.durationMs, 0);
  return {
    windows: windows.length,
    requests: all.length,
    rps: windowRate({ latencies: all, durationMs }, sequential),
    mean: all.length === 0 ? Number.NaN : mean(all),
    p50: percentile(all, 50),
    p99: percentile(all, 99),
  };
}

/** Each pair's service rate over its baseline's rate in the same pair. */
export function pairRatios(baselineWindows, serviceWindows, sequential = false) {
  if (baselineWindows.length !== serviceWindows.length)
    throw new Error("a pair needs one window of each side");
  return serviceWindows.map(
    (window, i) => windowRate(window, sequential) / windowRate(baselineWindows[i], sequential),
  );
}

/**
 * A service scenario's ratio over the runs, from each run's pair ratios: each run's median of its
 * pairs, the median of those run medians, and the spread (min–max) of every pair's ratio.
 */
export function ratioSummary(pairRatiosPerRun) {
  const all = pairRatiosPerRun.flat();
  if (all.length === 0 || all.some((ratio) => !Number.isFinite(ratio))) {
    return {
      ratio: Number.NaN,
      runs: pairRatiosPerRun.map(() => Number.NaN),
      min: Number.NaN,
      max: Number.NaN,
    };
  }
  const runs = pairRatiosPerRun.map(median);
  return { ratio: median(runs), runs, min: Math.min(...all), max: Math.max(...all), pairs: all.length };
}
