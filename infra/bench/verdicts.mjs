/**
 * The bench's arithmetic and wording, kept pure so infra/test can pin them: medians, percentiles,
 * and each target's verdict (met or missed, and by how much). The pair ratios are in pairs.mjs.
 */

export const median = (values) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** `sorted` ascending; the smallest value at or above the p-th percentile (nearest rank). */
export const percentile = (sorted, p) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

export const fmt = {
  rps: (n) => Math.round(n).toLocaleString("en-US"),
  ms: (n) => n.toFixed(1),
  ratio: (n) => `${n.toFixed(2)}×`,
  /** The spread of a ratio's pairs: `0.58–0.71`. */
  range: ({ min, max }) => `${min.toFixed(2)}–${max.toFixed(2)}`,
  seconds: (n) => `${n.toFixed(1)} s`,
  kib: (bytes) => `${(bytes / 1024).toFixed(1)} KiB`,
};

const UNITS = {
  ratio: (n) => `${n.toFixed(2)}×`,
  ms: (n) => `${n.toFixed(1)} ms`,
  s: (n) => `${n.toFixed(1)} s`,
  kib: (n) => `${n.toFixed(1)} KiB`,
};

/**
 * A target: `value` measured against `limit`, `atLeast` (ratios) or `atMost` (times, sizes),
 * in `unit` (ratio, ms, s, kib). Returns whether it is met and the gap, absolute and relative to the limit.
 */
export function verdict({ value, limit, kind, unit }) {
  if (!Number.isFinite(value))
    return { met: false, gap: Number.NaN, relative: Number.NaN, text: "not measured" };
  const met = kind === "atLeast" ? value >= limit : value <= limit;
  const gap = Math.abs(value - limit);
  const relative = gap / limit;
  const show = UNITS[unit] ?? String;
  const pct = `${(relative * 100).toFixed(0)} %`;
  const text = met
    ? `met, ${show(gap)} (${pct}) to spare`
    : `**missed** by ${show(gap)} (${pct} ${kind === "atLeast" ? "short" : "over"})`;
  return { met, gap, relative, text };
}

/** The aim as the doc writes it: `≥ 0.80×`, `≤ 60.0 ms`. */
export const aimText = ({ limit, kind, unit }) =>
  `${kind === "atLeast" ? "≥" : "≤"} ${(UNITS[unit] ?? String)(limit)}`;

/** A markdown table row of a target: what, measured (with its pairs' min–max when it has one), aim, verdict. */
export function targetRow(target) {
  const value = Number.isFinite(target.value) ? (UNITS[target.unit] ?? String)(target.value) : "—";
  const shown =
    target.spread && Number.isFinite(target.value) ? `${value} (${fmt.range(target.spread)})` : value;
  return `| ${target.name} | ${shown} | ${aimText(target)} | ${verdict(target).text} |`;
}
