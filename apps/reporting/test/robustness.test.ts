import { env } from "cloudflare:workers";
import { describeRobustness } from "../../../packages/edge-kit/testing/robustness.ts";
import { lastClosedMonth } from "../src/reports/reports.handlers";

describeRobustness("reporting", {
  numRuns: 20,
  seed: async ({ tree }) => {
    // A stored report of commune A for the month just ended (what GET …/snapshot reads by default).
    const period = lastClosedMonth();
    const stored = {
      orgUnit: { id: tree.communeA.id, name: tree.communeA.name, kind: "commune" },
      period: { label: period, kind: "month", start: `${period}-01`, end: `${period}-28` },
      asOf: `${period}-28`,
      source: "live",
      computedAt: new Date().toISOString(),
      indicators: [],
      clubs: [],
    };
    await env.DB.prepare(
      `INSERT INTO report_snapshots (org_unit_id, period, period_kind, starts_on, ends_on, path, report, generated_at, run_id)
       VALUES (?, ?, 'month', ?, ?, ?, ?, ?, 'run_seed')`,
    )
      .bind(
        tree.communeA.id,
        period,
        `${period}-01`,
        `${period}-28`,
        tree.communeA.path,
        JSON.stringify(stored),
        stored.computedAt,
      )
      .run();
    return {
      ids: { "org-units": tree.communeA.id },
      bodies: { "POST /org-units/{id}/snapshots": { period } },
    };
  },
});
