/**
 * The generated part of docs/benchmarks.md: the run's conditions, the targets with their
 * verdicts, then each measurement's table. Pure: everything measured comes in as arguments.
 */
import { carriedOver, section } from "./doc.mjs";
import { pairsFor, ratioSummary, WINDOW_SETTLE_MS } from "./pairs.mjs";
import { fmt, median, targetRow, verdict } from "./verdicts.mjs";

export const AIMS = {
  readRatio: 0.8,
  readP99Ms: 60,
  writeRatio: 0.6,
  reportMs: 200,
  reportGrowth: 1.5,
  regenerationS: 60,
  regenerationMsPerMessage: 50,
  bundleKiB: 150,
  npmTestS: 300,
};

/**
 * Per-scenario medians over the runs; for a service scenario, from its pair ratios (its rate over
 * its baseline's in each pair of interleaved windows): the median of each run's median, each run's
 * median, and the min–max of every pair.
 */
export function summarise(list, perRun) {
  return list.map((scenario) => {
    const runs = perRun.map((results) => results[scenario.key]);
    const row = {
      ...scenario,
      rps: median(runs.map((r) => r.rps)),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
      runs: runs.map((r) => r.rps),
    };
    if (scenario.baseline) {
      const { ratio, runs: ratioRuns, min, max } = ratioSummary(runs.map((r) => r.pairRatios ?? []));
      Object.assign(row, { ratio, ratioRuns, spread: { min, max } });
    }
    return row;
  });
}

/** Every target this run measured, as { name, value, limit, kind, unit }. */
export function targets({ rows, regeneration, scale, bundles, npmTest }) {
  const list = [];
  for (const r of rows.filter((row) => row.target === "read")) {
    list.push({
      name: `${r.label}: req/s ÷ raw`,
      value: r.ratio,
      spread: r.spread,
      limit: AIMS.readRatio,
      kind: "atLeast",
      unit: "ratio",
    });
    list.push({
      name: `${r.label}: p99`,
      value: r.p99,
      limit: AIMS.readP99Ms,
      kind: "atMost",
      unit: "ms",
    });
  }
  for (const r of rows.filter((row) => row.target === "write")) {
    list.push({
      name: `${r.label}: req/s ÷ raw one-batch`,
      value: r.ratio,
      spread: r.spread,
      limit: AIMS.writeRatio,
      kind: "atLeast",
      unit: "ratio",
    });
  }
  if (scale) {
    const [base, big] = scale.rows;
    list.push({
      name: "province-year report from stored facts, 1× history (median)",
      value: base.stored.median,
      limit: AIMS.reportMs,
      kind: "atMost",
      unit: "ms",
    });
    list.push({
      name: `province-year report from stored facts, ${big.label} ÷ 1×`,
      value: big.stored.median / base.stored.median,
      limit: AIMS.reportGrowth,
      kind: "atMost",
      unit: "ratio",
    });
  }
  const regen = regeneration.scale ?? regeneration.demo;
  if (regen) {
    list.push({
      name: `province month regenerated (${regen.where}): cron → queue drained`,
      value: regen.seconds,
      limit: AIMS.regenerationS,
      kind: "atMost",
      unit: "s",
    });
    list.push({
      name: `province month regenerated (${regen.where}): per message`,
      value: (regen.seconds * 1000) / regen.units,
      limit: AIMS.regenerationMsPerMessage,
      kind: "atMost",
      unit: "ms",
    });
  }
  for (const b of bundles) {
    list.push({
      name: `bundle ${b.app} (gzip)`,
      value: b.gzip / 1024,
      limit: AIMS.bundleKiB,
      kind: "atMost",
      unit: "kib",
    });
  }
  if (npmTest) {
    // A run that failed stopped early: its wall time says nothing about the budget.
    list.push({
      name:
        npmTest.status === 0
          ? "`npm test` wall time (turbo cache off)"
          : `\`npm test\` wall time: the run failed (exit ${npmTest.status}) after ${npmTest.seconds.toFixed(0)} s`,
      value: npmTest.status === 0 ? npmTest.seconds : Number.NaN,
      limit: AIMS.npmTestS,
      kind: "atMost",
      unit: "s",
    });
  }
  return list;
}

const aimOf = (r) => {
  if (!r.baseline) return r.key === "bare" ? "floor" : "baseline";
  if (r.target === "write") return `≥ ${AIMS.writeRatio}× raw one-batch`;
  return `≥ ${AIMS.readRatio}× raw, p99 ≤ ${AIMS.readP99Ms} ms`;
};

const metOf = (r) => {
  if (!r.baseline) return "";
  const ratioMet = r.ratio >= (r.target === "write" ? AIMS.writeRatio : AIMS.readRatio);
  const p99Met = r.target === "write" || r.p99 <= AIMS.readP99Ms;
  return ratioMet && p99Met ? "yes" : "**no**";
};

/** Requests per second: whole numbers, or one decimal below 100 (the sync calls are a few a second). */
const rate = (n) => (n < 100 ? n.toFixed(1) : fmt.rps(n));

function loadTables(rows, meta) {
  const shown = (p) =>
    p
      .replaceAll(meta.subjects.clubId, "{club}")
      .replaceAll(meta.subjects.personId, "{person}")
      .replaceAll(meta.subjects.adminOrg, "{province}")
      .replaceAll(meta.asOf, "{date}")
      .replace(/people=[^&]+/, "people={2 members}");
  const perOperation = rows.filter((r) => r.operations);
  const services = rows.filter((r) => r.baseline);
  const ratioShown = (r) =>
    r.ratio === undefined ? "—" : Number.isFinite(r.ratio) ? fmt.ratio(r.ratio) : "not measured";
  const spreadShown = (r) => (r.spread && Number.isFinite(r.spread.min) ? fmt.range(r.spread) : "—");
  return [
    "| scenario | request | req/s | p50 ms | p99 ms | ratio to baseline | pairs min–max | aim | met |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | :---: |",
    ...rows.map(
      (r) =>
        `| ${r.label} | \`${r.method ?? "GET"} ${shown(r.path)}\` | ${rate(r.rps)} | ${fmt.ms(r.p50)} | ${fmt.ms(r.p99)} | ${ratioShown(r)} | ${spreadShown(r)} | ${aimOf(r)} | ${metOf(r)} |`,
    ),
    "",
    ...(perOperation.length > 0
      ? [
          "Sync, per call and per operation (one connection; each call carries its operations; time per operation is the call's median over its operations):",
          "",
          "| scenario | operations per call | calls/s | operations/s | p50 per call | p50 per operation |",
          "| --- | ---: | ---: | ---: | ---: | ---: |",
          ...perOperation.map(
            (r) =>
              `| ${r.label} | ${r.operations} | ${r.rps.toFixed(1)} | ${fmt.rps(r.rps * r.operations)} | ${fmt.ms(r.p50)} ms | ${(r.p50 / r.operations).toFixed(2)} ms |`,
          ),
          "",
        ]
      : []),
    "Each run: the 1-minute load average as it began, requests per second (over all the scenario's windows), and each service's ratio (the median of the run's pairs):",
    "",
    `| scenario | ${rows[0].runs.map((_, i) => `run ${i + 1}`).join(" | ")} |`,
    `| --- | ${rows[0].runs.map(() => "---:").join(" | ")} |`,
    ...(meta.runLoads
      ? [`| 1-minute load average | ${meta.runLoads.map((n) => n.toFixed(2)).join(" | ")} |`]
      : []),
    ...rows.map(
      (r) => `| ${r.label} | ${r.runs.map((n) => (n < 100 ? n.toFixed(1) : fmt.rps(n))).join(" | ")} |`,
    ),
    ...services.map(
      (r) =>
        `| ${r.label}: ratio | ${r.ratioRuns.map((n) => (Number.isFinite(n) ? fmt.ratio(n) : "—")).join(" | ")} |`,
    ),
  ];
}

function regenerationTable(regeneration) {
  const list = [regeneration.demo, regeneration.scale, ...(regeneration.more ?? [])].filter(Boolean);
  return [
    "| province | periods per unit | messages (units) | drained in | per message | aim |",
    "| --- | --- | ---: | ---: | ---: | --- |",
    ...list.map(
      (r) =>
        `| ${r.where} | ${r.periods} | ${r.units.toLocaleString("en-US")} | ${r.seconds.toFixed(1)} s | ${((r.seconds * 1000) / r.units).toFixed(1)} ms | ≤ ${AIMS.regenerationS} s, ≤ ${AIMS.regenerationMsPerMessage} ms per message |`,
    ),
  ];
}

/** The scale section's body (between its markers), from `measureScale`'s result. */
export function scaleBody(scale, meta) {
  const [base, big] = scale.rows;
  const growth = (kind) => big[kind].median / base[kind].median;
  const line = (kind) =>
    `${kind === "stored" ? "Stored" : "Live"}: ${base[kind].median.toFixed(0)} ms at 1× (${verdict({ value: base[kind].median, limit: AIMS.reportMs, kind: "atMost", unit: "ms" }).text}); ×${growth(kind).toFixed(2)} at ${big.label} (${verdict({ value: growth(kind), limit: AIMS.reportGrowth, kind: "atMost", unit: "ratio" }).text}).`;
  return [
    `- Run: ${meta.date}, \`${meta.command}\`, load average ${meta.loadNow()}`,
    `- Province: ${scale.source}; ${base.sizes.clubs.toLocaleString("en-US")} clubs, ${base.sizes.units.toLocaleString("en-US")} org units under it`,
    "",
    "| history | memberships | meetings | attendances | activities | journal entries | stored facts rows | `period=2024` stored median / p95 | `&fresh=true` live median / p95 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...scale.rows.map(
      (r) =>
        `| ${r.label} | ${r.sizes.members} | ${r.sizes.meetings} | ${r.sizes.attendance} | ${r.sizes.activities} | ${r.sizes.entries} | ${r.sizes.facts} | ${r.stored.median.toFixed(0)} / ${r.stored.p95.toFixed(0)} ms | ${r.live.median.toFixed(0)} / ${r.live.p95.toFixed(0)} ms |`,
    ),
    "",
    `- ${line("stored")}`,
    `- ${line("live")}`,
  ].join("\n");
}

export function npmTestBody(npmTest, meta) {
  return [
    `- Run: ${meta.date}, \`TURBO_FORCE=true npm test\` (every task run, nothing from turbo's cache), load average ${npmTest.loadStart.toFixed(2)} before it`,
    `- Wall time: **${npmTest.seconds.toFixed(0)} s**, exit ${npmTest.status}${npmTest.status === 0 ? "" : ` — it failed: ${npmTest.tail}`}`,
    npmTest.status === 0
      ? `- ${verdict({ value: npmTest.seconds, limit: AIMS.npmTestS, kind: "atMost", unit: "s" }).text} against ${AIMS.npmTestS / 60} minutes on ${meta.cores} cores`
      : `- Not a measurement of the ${AIMS.npmTestS / 60}-minute budget: turbo stops at the first failing task`,
  ].join("\n");
}

/** How the load was applied and the ratios taken, as the doc's "Load" line says it. */
export function loadLine(opts) {
  const pairs = pairsFor(opts);
  const syncPairs = pairsFor(opts, true);
  const s = (ms) => `${ms / 1000} s`;
  return [
    `${opts.connections} connections; each service scenario measured together with its raw baseline in interleaved windows:`,
    `a ${s(opts.warmupMs)} warm-up of each, then ${pairs} pair(s) of ${s(opts.windowMs)} windows (the first ${WINDOW_SETTLE_MS} ms of each not counted),`,
    "baseline then service, then service then baseline, alternately;",
    "a pair's ratio is the service's req/s over the baseline's in that pair, a run's ratio the median of its pairs',",
    `the ratio shown the median of the ${opts.runs} run(s)' ratios, with the min–max of every pair's ratio beside it;`,
    "req/s over all of a scenario's windows (a baseline of two services over the windows of both), p50 and p99 over all their requests, each the median over the runs;",
    `the two sync scenarios on one connection, ${syncPairs} pairs of windows of at least ${s(opts.windowMs)} and one call, no warm-up past the checked first call, their rate 1 ÷ mean call time`,
  ].join(" ");
}

/** The whole generated part. `previous` is the doc as it was, for the sections this run did not measure. */
export function renderGenerated({ rows, regeneration, scale, bundles, npmTest, meta, opts, previous }) {
  const list = targets({ rows, regeneration, scale, bundles, npmTest });
  const met = list.filter((t) => verdict(t).met).length;
  const notRun = [
    ...(scale ? [] : ["the province-year report at scale (`--scale`)"]),
    ...(npmTest ? [] : ["`npm test` wall time (`--npm-test`)"]),
  ];
  return [
    "## Latest run",
    "",
    `- Date: ${meta.date}`,
    `- Command: \`${meta.command}\``,
    `- Machine: ${meta.cpu}, ${meta.cores} cores, ${meta.platform}; Node ${process.version}`,
    `- Runtime: miniflare ${meta.versions.miniflare}, workerd ${meta.versions.workerd} (wrangler ${meta.versions.wrangler} for the bundles)`,
    `- Bundles: ${meta.bundle ? `membership from \`${meta.bundle}\` (given with --bundle), the others` : "each app's dist/index.js"} built from ${meta.source.head}${meta.source.dirty ? " plus uncommitted changes in apps/ or packages/" : ""}`,
    `- 1-minute load average: ${meta.loadStart.toFixed(2)} just before the load began, ${meta.loadEnd.toFixed(2)} after it${meta.loadStart > meta.busyLoad || meta.loadEnd > meta.busyLoad ? " — other work was competing for the cores, so absolute figures are low; the ratios, taken pair by pair of adjacent windows, suffer less" : ""}`,
    `- Load: ${loadLine(opts)}`,
    `- Data: the demo province (default seed); club \`${meta.subjects.clubId}\` (${meta.subjects.clubMembers} members on ${meta.asOf}), person \`${meta.subjects.personId}\`, ${meta.subjects.clubsUnder} clubs under the province; token from \`POST /membership/auth/login\` as \`${meta.admin}\``,
    `- Writes: paid-out loans for each write scenario, repaid 1,000 đồng at a time in turn, each request (and each sync operation) with a fresh \`Idempotency-Key\`; activities of the club with ${meta.subjects.participants.length} of its members taking part on ${meta.asOf}`,
    `- Not run this time: ${notRun.length > 0 ? notRun.join(", ") : "nothing"}`,
    "",
    `### Targets: ${met} of ${list.length} met`,
    "",
    "| target | measured | aim | verdict |",
    "| --- | ---: | --- | --- |",
    ...list.map(targetRow),
    "",
    "### Requests against raw baselines",
    "",
    ...loadTables(rows, meta),
    "",
    "### Regenerating a province month (reporting cron → queue → consumer)",
    "",
    ...regenerationTable(regeneration),
    "",
    "### Bundle sizes",
    "",
    "| worker | dist/index.js | gzip | aim |",
    "| --- | ---: | ---: | --- |",
    ...bundles.map(
      (b) => `| ${b.app} | ${fmt.kib(b.bytes)} | ${fmt.kib(b.gzip)} | ≤ ${AIMS.bundleKiB} KiB |`,
    ),
    "",
    "### The province-year report at scale",
    "",
    section(
      "scale",
      scale
        ? scaleBody(scale, meta)
        : carriedOver(
            previous,
            "scale",
            "not re-run by the latest run (it needs `--scale`); from an earlier run.",
            "Not run yet: `npm run bench -- --scale`.",
          ),
    ),
    "",
    "### `npm test` wall time",
    "",
    section(
      "npm-test",
      npmTest
        ? npmTestBody(npmTest, meta)
        : carriedOver(
            previous,
            "npm-test",
            "not re-run by the latest run (it needs `--npm-test`); from an earlier run.",
            "Not run yet: `npm run bench -- --npm-test`.",
          ),
    ),
    "",
  ].join("\n");
}
