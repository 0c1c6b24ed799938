import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { carriedOver, GENERATED_MARK, previousSection, section, withGenerated } from "../bench/doc.mjs";
import { AIMS, summarise, targets } from "../bench/render.mjs";
import { aimText, median, medianRatio, percentile, targetRow, verdict } from "../bench/verdicts.mjs";

describe("bench arithmetic", () => {
  it("takes the median of odd and even counts without reordering the input", () => {
    const values = [5, 1, 3];
    assert.equal(median(values), 3);
    assert.deepEqual(values, [5, 1, 3]);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });

  it("divides each run by its own baseline before taking the median", () => {
    // Run by run: 0.5, 0.9, 0.8 → 0.8; the ratio of the medians would be 90 / 100 = 0.9.
    assert.equal(medianRatio([50, 90, 80], [100, 100, 100]), 0.8);
    assert.equal(medianRatio([50, 90, 160], [100, 100, 200]), 0.8);
    assert.throws(() => medianRatio([1, 2], [1]), /one baseline per run/);
  });

  it("reads percentiles by nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(percentile(sorted, 50), 50);
    assert.equal(percentile(sorted, 99), 99);
    assert.equal(percentile([7], 95), 7);
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

  it("writes the aim with its unit", () => {
    assert.equal(aimText({ limit: 150, kind: "atMost", unit: "kib" }), "≤ 150.0 KiB");
    assert.equal(aimText({ limit: 0.6, kind: "atLeast", unit: "ratio" }), "≥ 0.60×");
  });

  it("lists the targets of what a run measured: reads twice (ratio and p99), writes once, each bundle", () => {
    const perRun = [
      {
        raw: { rps: 100, p50: 1, p99: 2 },
        read: { rps: 90, p50: 1, p99: 70 },
        w: { rps: 50, p50: 1, p99: 2 },
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
