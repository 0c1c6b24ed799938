import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { carriedOver, GENERATED_MARK, previousSection, section, withGenerated } from "../bench/doc.mjs";
import {
  combineWindows,
  interleave,
  pairRatios,
  pairsFor,
  ratioSummary,
  SEQUENTIAL_TOTAL_MS,
  windowRate,
} from "../bench/pairs.mjs";
import { AIMS, loadLine, renderGenerated, summarise, targets } from "../bench/render.mjs";
import { aimText, median, percentile, targetRow, verdict } from "../bench/verdicts.mjs";

describe("bench arithmetic", () => {
  it("takes the median of odd and even counts without reordering the input", () => {
    const values = [5, 1, 3];
    assert.equal(median(values), 3);
    assert.deepEqual(values, [5, 1, 3]);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });

  it("reads percentiles by nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(percentile(sorted, 50), 50);
    assert.equal(percentile(sorted, 99), 99);
    assert.equal(percentile([7], 95), 7);
  });
});

/** A window of `count` requests of `ms` each over `durationMs`. */
const window = (count, ms, durationMs = 1000) => ({
  latencies: Float64Array.from({ length: count }, () => ms),
  durationMs,
});

describe("interleaved windows", () => {
  it("fills each side's measured time with pairs of windows, and the sync scenarios' ten seconds at least", () => {
    assert.equal(pairsFor({ durationMs: 5000, windowMs: 1000 }), 5);
    assert.equal(pairsFor({ durationMs: 5000, windowMs: 2000 }), 3);
    assert.equal(pairsFor({ durationMs: 1000, windowMs: 5000 }), 1);
    assert.equal(pairsFor({ durationMs: 5000, windowMs: 1000 }, true), SEQUENTIAL_TOTAL_MS / 1000);
    assert.equal(pairsFor({ durationMs: 30_000, windowMs: 1000 }, true), 30);
  });

  it("reverses the order of the two sides every other pair, so a steady drift favours neither", () => {
    assert.deepEqual(interleave(2, 4), [0, 1, 1, 0, 0, 1, 1, 0]);
    assert.deepEqual(interleave(1, 3), [0, 0, 0]);
  });

  it("rates a window by its completed requests, or a sequential one by its mean call time", () => {
    assert.equal(windowRate(window(450, 20, 900)), 500);
    assert.equal(windowRate({ latencies: Float64Array.from([300, 500]), durationMs: 1000 }, true), 2.5);
    assert.ok(Number.isNaN(windowRate(window(0, 1))));
  });

  it("takes a side's req/s over all its windows and its p50 and p99 over all their requests", () => {
    // 98 quick requests in one window, a slow one in each of the two others: p99 falls on a slow one.
    const quick = window(98, 5);
    const slow = (ms) => window(1, ms);
    const all = combineWindows([quick, slow(200), slow(300)]);
    assert.equal(all.requests, 100);
    assert.equal(all.rps, 100 / 3);
    assert.equal(all.p50, 5);
    assert.equal(all.p99, 200);
    assert.equal(all.windows, 3);
    const calls = combineWindows([window(1, 400), window(3, 200)], true);
    assert.equal(calls.rps, 4);
  });

  it("divides each pair's service window by the baseline window of the same pair", () => {
    const baseline = [window(1000, 1), window(400, 1), window(1000, 1)];
    const service = [window(800, 1), window(360, 1), window(600, 1)];
    assert.deepEqual(pairRatios(baseline, service), [0.8, 0.9, 0.6]);
    // Per sync call: the raw batch's mean time over the service's.
    assert.deepEqual(pairRatios([window(10, 40)], [window(2, 400)], true), [0.1]);
    assert.throws(() => pairRatios(baseline, service.slice(1)), /one window of each side/);
  });

  it("takes the median of each run's median pair ratio, with the min and max of every pair", () => {
    const summary = ratioSummary([
      [0.5, 0.7, 0.6],
      [0.9, 0.8, 1.0, 0.85],
      [0.75, 0.4, 0.8],
    ]);
    assert.deepEqual(summary.runs, [0.6, 0.875, 0.75]);
    assert.equal(summary.ratio, 0.75);
    assert.equal(summary.min, 0.4);
    assert.equal(summary.max, 1.0);
    assert.equal(summary.pairs, 10);
  });

  it("calls a ratio with a pair that measured nothing not measured rather than a number", () => {
    const summary = ratioSummary([[0.8, Number.POSITIVE_INFINITY]]);
    assert.ok(Number.isNaN(summary.ratio));
    assert.equal(verdict({ value: summary.ratio, limit: 0.8, kind: "atLeast", unit: "ratio" }).met, false);
    assert.ok(Number.isNaN(ratioSummary([]).ratio));
  });

  it("says in the doc how the windows are laid out and how the ratios are taken", () => {
    const line = loadLine({ connections: 10, warmupMs: 1000, durationMs: 5000, windowMs: 1000, runs: 3 });
    assert.match(line, /5 pair\(s\) of 1 s windows/);
    assert.match(line, /median of its pairs'/);
    assert.match(line, /min–max of every pair's ratio/);
    assert.match(line, /10 pairs of windows of at least 1 s/);
  });
});

describe("target verdicts", () => {
  it("says a ratio below its floor is missed and by how much", () => {
    const v = verdict({ value: 0.6, limit: 0.8, kind: "atLeast", unit: "ratio" });
    assert.equal(v.met, false);
    assert.ok(Math.abs(v.gap - 0.2) < 1e-9);
    assert.equal(v.text, "**missed** by 0.20× (25 % short)");
  });

  it("says a time under its ceiling is met with what is left", () => {
    const v = verdict({ value: 45, limit: 60, kind: "atMost", unit: "ms" });
    assert.equal(v.met, true);
    assert.equal(v.text, "met, 15.0 ms (25 %) to spare");
    assert.equal(verdict({ value: 60, limit: 60, kind: "atMost", unit: "ms" }).met, true);
    assert.equal(
      verdict({ value: 61, limit: 60, kind: "atMost", unit: "ms" }).text,
      "**missed** by 1.0 ms (2 % over)",
    );
  });

  it("never calls a figure that was not measured met", () => {
    assert.equal(verdict({ value: Number.NaN, limit: 1, kind: "atMost", unit: "s" }).met, false);
    assert.match(
      targetRow({ name: "x", value: Number.NaN, limit: 1, kind: "atMost", unit: "s" }),
      /\| — \|.*not measured/,
    );
  });

  it("shows a ratio's pairs min–max beside it", () => {
    assert.equal(
      targetRow({
        name: "r",
        value: 0.75,
        spread: { min: 0.4, max: 1 },
        limit: 0.8,
        kind: "atLeast",
        unit: "ratio",
      }),
      "| r | 0.75× (0.40–1.00) | ≥ 0.80× | **missed** by 0.05× (6 % short) |",
    );
  });

  it("writes the aim with its unit", () => {
    assert.equal(aimText({ limit: 150, kind: "atMost", unit: "kib" }), "≤ 150.0 KiB");
    assert.equal(aimText({ limit: 0.6, kind: "atLeast", unit: "ratio" }), "≥ 0.60×");
  });

  it("lists the targets of what a run measured: reads twice (ratio and p99), writes once, each bundle", () => {
    // The pair ratios decide, not the rates over the run: the read's 0.7 over the run is 0.85 pair by pair.
    const perRun = [
      {
        raw: { rps: 100, p50: 1, p99: 2 },
        read: { rps: 70, p50: 1, p99: 70, pairRatios: [0.85, 0.9, 0.5] },
        w: { rps: 90, p50: 1, p99: 2, pairRatios: [0.5, 0.55] },
        rw: { rps: 100, p50: 1, p99: 2 },
      },
    ];
    const rows = summarise(
      [
        { key: "raw", label: "raw" },
        { key: "read", label: "read", baseline: "raw", target: "read" },
        { key: "rw", label: "raw write" },
        { key: "w", label: "write", baseline: "rw", target: "write" },
      ],
      perRun,
    );
    const list = targets({
      rows,
      regeneration: { demo: { where: "demo", units: 50, seconds: 2 } },
      bundles: [{ app: "membership", bytes: 300_000, gzip: 160 * 1024 }],
    });
    const byName = Object.fromEntries(list.map((t) => [t.name, verdict(t).met]));
    assert.deepEqual(byName, {
      "read: req/s ÷ raw": true,
      "read: p99": false,
      "write: req/s ÷ raw one-batch": false,
      "province month regenerated (demo): cron → queue drained": true,
      "province month regenerated (demo): per message": true,
      "bundle membership (gzip)": false,
    });
    assert.equal(list.find((t) => t.name === "read: p99").limit, AIMS.readP99Ms);
    const read = rows.find((row) => row.key === "read");
    assert.equal(read.ratio, 0.85);
    assert.deepEqual(read.spread, { min: 0.5, max: 0.9 });
    assert.equal(list.find((t) => t.name === "read: req/s ÷ raw").spread, read.spread);
    assert.equal(rows.find((row) => row.key === "raw").ratio, undefined);
  });

  it("writes each ratio with its pairs' min–max, each run's ratio and load average, and the load before and after", () => {
    const list = [
      { key: "raw", label: "raw read", path: "/raw/person?id=per_1" },
      { key: "read", label: "one person", path: "/membership/people/per_1", baseline: "raw", target: "read" },
    ];
    const perRun = [
      {
        raw: { rps: 500, p50: 10, p99: 40 },
        read: { rps: 400, p50: 12, p99: 50, pairRatios: [0.7, 0.9, 0.8] },
      },
      { raw: { rps: 300, p50: 20, p99: 60 }, read: { rps: 250, p50: 22, p99: 70, pairRatios: [0.85, 0.75] } },
    ];
    const opts = { connections: 10, warmupMs: 1000, durationMs: 5000, windowMs: 1000, runs: 2 };
    const meta = {
      date: "2026-01-01T00:00:00Z",
      command: "npm run bench",
      cpu: "cpu",
      cores: 2,
      platform: "Linux",
      versions: { miniflare: "m", workerd: "w", wrangler: "v" },
      source: { head: "abc", dirty: false },
      subjects: {
        clubId: "org_1",
        personId: "per_1",
        adminOrg: "org_0",
        clubsUnder: 1,
        clubMembers: 1,
        participants: [],
      },
      asOf: "2026-01-01",
      admin: "admin",
      loadStart: 1.2,
      loadEnd: 3.4,
      runLoads: [1.2, 2.5],
      busyLoad: 1.5,
      loadNow: () => "1.00",
    };
    const doc = renderGenerated({
      rows: summarise(list, perRun),
      regeneration: {},
      bundles: [],
      meta,
      opts,
      previous: "",
    });
    assert.match(
      doc,
      /\| one person \| `GET \/membership\/people\/\{person\}` \| 325 \| 17\.0 \| 60\.0 \| 0\.80× \| 0\.70–0\.90 \|/,
    );
    assert.match(doc, /\| one person: req\/s ÷ raw \| 0\.80× \(0\.70–0\.90\) \| ≥ 0\.80× \| met/);
    assert.match(doc, /\| one person: ratio \| 0\.80× \| 0\.80× \|/);
    assert.match(doc, /\| 1-minute load average \| 1\.20 \| 2\.50 \|/);
    assert.match(doc, /1\.20 just before the load began, 3\.40 after it — other work was competing/);
    assert.match(doc, /5 pair\(s\) of 1 s windows/);
  });

  it("does not count a failed npm test's early stop as within the budget", () => {
    const base = { rows: [], regeneration: {}, bundles: [] };
    const failed = targets({ ...base, npmTest: { seconds: 55, status: 1 } });
    assert.equal(failed.length, 1);
    assert.equal(verdict(failed[0]).met, false);
    assert.match(failed[0].name, /failed \(exit 1\) after 55 s/);
    const passed = targets({ ...base, npmTest: { seconds: 250, status: 0 } });
    assert.equal(verdict(passed[0]).met, true);
  });
});

describe("docs/benchmarks.md rewrite", () => {
  const doc = [
    "# Benchmarks",
    "",
    "Prose kept.",
    "",
    GENERATED_MARK,
    "",
    "old",
    section("scale", "- Run: then\n| a |"),
    "",
  ].join("\n");

  it("keeps the prose above the mark and replaces everything below it", () => {
    const next = withGenerated(doc, "new part", "# Intro");
    assert.ok(next.startsWith("# Benchmarks\n\nProse kept.\n\n"));
    assert.equal(next.split(GENERATED_MARK).length, 2);
    assert.ok(next.endsWith(`${GENERATED_MARK}\n\nnew part\n`));
    assert.ok(!next.includes("old"));
  });

  it("starts a document that has no mark with the given intro", () => {
    assert.equal(withGenerated("", "part", "# Intro\n"), `# Intro\n\n${GENERATED_MARK}\n\npart\n`);
  });

  it("carries a section the run did not measure over, once marked, however often", () => {
    assert.equal(previousSection(doc, "scale"), "- Run: then\n| a |");
    const once = carriedOver(doc, "scale", "not re-run.", "none");
    assert.equal(once, "_Carried over: not re-run._\n\n- Run: then\n| a |");
    const again = withGenerated(doc, section("scale", once), "");
    assert.equal(carriedOver(again, "scale", "not re-run.", "none"), once);
    assert.equal(carriedOver(doc, "npm-test", "x", "none"), "none");
  });

  it("reads sections only below the mark", () => {
    const above = [section("scale", "prose copy"), GENERATED_MARK, ""].join("\n");
    assert.equal(previousSection(above, "scale"), undefined);
  });
});
