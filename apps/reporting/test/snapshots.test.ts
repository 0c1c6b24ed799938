import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { tokenFor } from "../../../packages/edge-kit/testing/fixtures.ts";
import {
  consumeBatch,
  enqueueRun,
  type ReportingBindings,
  type SnapshotMessage,
} from "../src/snapshots/generate";
import { call, indicator } from "./helpers";
import { seedHandMadeProvince } from "./province";

/** A queue that keeps what is sent, and a batch of it the consumer can take (acks and retries counted). */
function fakeQueue() {
  const sent: SnapshotMessage[] = [];
  const queue = {
    send: async (body: SnapshotMessage) => void sent.push(body),
    sendBatch: async (batch: { body: SnapshotMessage }[]) => void sent.push(...batch.map((m) => m.body)),
  } as unknown as Queue<SnapshotMessage>;
  const batchOf = (messages: SnapshotMessage[]) => {
    const outcome = { acked: 0, retried: 0 };
    const batch = {
      queue: "ishc-reports",
      messages: messages.map((body, i) => ({
        id: String(i),
        timestamp: new Date(),
        body,
        attempts: 1,
        ack: () => {
          outcome.acked += 1;
        },
        retry: () => {
          outcome.retried += 1;
        },
      })),
      ackAll: () => {},
      retryAll: () => {},
    } as unknown as MessageBatch<SnapshotMessage>;
    return { batch, outcome };
  };
  return { sent, queue, batchOf };
}

describe("snapshots and files", () => {
  let world: Awaited<ReturnType<typeof seedHandMadeProvince>>;
  let admin: string;

  beforeAll(async () => {
    world = await seedHandMadeProvince(env.DB);
    admin = await tokenFor(env.DB, "province_admin", world.province);
  }, 60_000);

  it("answers CSV with a BOM and Vietnamese, a real XLSX workbook and a printable page", async () => {
    const base = `/org-units/${world.province.id}/report?period=2025-05`;
    const csv = await call("GET", `${base}&format=csv`, admin);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text).toContain("Số hội viên");
    expect(csv.text).toContain("\r\n");
    const xlsx = await call("GET", `${base}&format=xlsx`, admin);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(xlsx.headers.get("content-disposition")).toMatch(/attachment; filename="bao-cao-.*\.xlsx"/);
    expect([...xlsx.bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const inside = new TextDecoder().decode(xlsx.bytes);
    for (const part of [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/styles.xml",
    ])
      expect(inside).toContain(part);
    expect(inside).toContain("Số câu lạc bộ");
    const page = await call("GET", `${base}&format=html`, admin);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.text).toContain("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG");
    expect(page.text).toContain("1.200.000");
    const english = await call("GET", `${base}&format=html&lang=en`, admin);
    expect(english.text).toContain("REPORT ON THE INTERGENERATIONAL SELF-HELP CLUBS");
    expect(english.text).toContain("1,200,000");
  });

  it("stores one snapshot per unit and period, the same count when run twice, and serves reports from stored facts", async () => {
    const { queue, sent, batchOf } = fakeQueue();
    const bindings: ReportingBindings = { DB: env.DB, REPORT_QUEUE: queue };
    // A run on 2025-06-02: May 2025 and all history to 2025-05-31.
    const run = await enqueueRun(bindings, { trigger: "cron", cron: "0 19 1 * *", today: "2025-06-02" });
    expect(run.periods).toEqual(["2025-05", "..2025-05-31"]);
    const units = (await env.DB.prepare("SELECT count(*) AS n FROM org_units").first<{ n: number }>())!.n;
    expect(sent).toHaveLength(units);
    const first = batchOf(sent);
    await consumeBatch(first.batch, bindings);
    expect(first.outcome).toEqual({ acked: units, retried: 0 });
    const count = async () =>
      (await env.DB.prepare("SELECT count(*) AS n FROM report_snapshots").first<{ n: number }>())!.n;
    expect(await count()).toBe(units * 2);
    // Again (a redelivery, or the cron twice): replaced, not added.
    await consumeBatch(batchOf(sent).batch, bindings);
    expect(await count()).toBe(units * 2);
    const items = await env.DB.prepare(
      "SELECT status, count(*) AS n FROM report_run_items WHERE run_id = ? GROUP BY status",
    )
      .bind(run.runId)
      .all<{ status: string; n: number }>();
    expect(items.results).toEqual([{ status: "generated", n: units }]);

    // The stored report and a report merged from stored facts match the live figures.
    const live = (
      await call("GET", `/org-units/${world.province.id}/report?period=2025-05&fresh=true`, admin)
    ).json;
    const merged = (await call("GET", `/org-units/${world.province.id}/report?period=2025-05`, admin)).json;
    const snapshot = (await call("GET", `/org-units/${world.province.id}/snapshot?period=2025-05`, admin))
      .json;
    expect(live.source).toBe("live");
    expect(merged.source).toBe("stored");
    expect(merged.indicators).toEqual(live.indicators);
    expect(snapshot.indicators).toEqual(live.indicators);
    expect(indicator(snapshot, "outstanding_principal").value).toBe(1_200_000);
    const history = (await call("GET", `/org-units/${world.province.id}/report?period=..2025-05-31`, admin))
      .json;
    expect(history.source).toBe("stored");
    expect(indicator(history, "labour_days").value).toBe(7);

    const list = await call("GET", `/org-units/${world.communeA.id}/snapshots?period=2025-05`, admin);
    expect(list.json.items.map((i: { orgUnitId: string }) => i.orgUnitId).sort()).toEqual(
      [world.communeA.id, world.clubA.id, world.clubC.id].sort(),
    );
    const runs = await call("GET", "/runs", admin);
    expect(runs.json.items[0]).toMatchObject({ id: run.runId, generated: units, failed: 0 });
  });

  it("regenerates a unit from its records as they are now, not from the facts it stored before", async () => {
    const { queue, sent, batchOf } = fakeQueue();
    const bindings: ReportingBindings = { DB: env.DB, REPORT_QUEUE: queue };
    await enqueueRun(bindings, { trigger: "cron", today: "2025-06-02" });
    await consumeBatch(batchOf(sent).batch, bindings);
    const meetingsOf = async (fresh: boolean) =>
      indicator(
        (
          await call(
            "GET",
            `/org-units/${world.clubA.id}/${fresh ? "report" : "snapshot"}?period=2025-05${fresh ? "&fresh=true" : ""}`,
            admin,
          )
        ).json,
        "meetings",
      ).value as number;
    const before = await meetingsOf(false);
    expect(before).toBe(await meetingsOf(true));
    // A meeting of May entered late: the club's stored facts for May are now out of date.
    await env.DB.prepare(
      "INSERT INTO meetings (id, club_id, held_on, topic) VALUES (?, ?, '2025-05-28', 'Bổ sung')",
    )
      .bind("mtg_LATEENTRY0000000000000000", world.clubA.id)
      .run();
    sent.length = 0;
    await enqueueRun(bindings, { trigger: "request", today: "2025-06-02", units: [world.clubA.id] });
    const again = batchOf(sent);
    await consumeBatch(again.batch, bindings);
    expect(again.outcome).toEqual({ acked: 1, retried: 0 });
    expect(await meetingsOf(false)).toBe(before + 1);
    expect(await meetingsOf(true)).toBe(before + 1);
  });

  it("records a unit that fails, and lets an officer ask for a regeneration", async () => {
    const { queue, batchOf } = fakeQueue();
    const bindings: ReportingBindings = { DB: env.DB, REPORT_QUEUE: queue };
    const run = await enqueueRun(bindings, { trigger: "request", units: [], periods: [] });
    const failing = batchOf([{ runId: run.runId, orgUnitId: world.clubA.id, periods: ["2999-01"] }]);
    await consumeBatch(failing.batch, bindings);
    expect(failing.outcome).toEqual({ acked: 0, retried: 1 });
    const runs = await call("GET", "/runs", admin);
    expect(runs.json.items.find((r: { id: string }) => r.id === run.runId)).toMatchObject({
      failed: 1,
      failures: [{ orgUnitId: world.clubA.id, attempts: 1, error: "2999-01 is not a closed period" }],
    });
    const officer = await tokenFor(env.DB, "commune_officer", world.communeA);
    const asked = await call("POST", `/org-units/${world.clubA.id}/snapshots`, officer, {
      period: "2025-04",
    });
    expect(asked.status, asked.text).toBe(201);
    expect(asked.json).toMatchObject({ periods: ["2025-04"], unitsQueued: 1 });
    const future = await call("POST", `/org-units/${world.clubA.id}/snapshots`, officer, {
      period: "2999-01",
    });
    expect(future.status).toBe(422);
    expect(future.json.errors).toEqual([
      expect.objectContaining({ field: "period", rule: "closed_period_required" }),
    ]);
    const viewer = await tokenFor(env.DB, "viewer", world.province);
    expect(
      (await call("POST", `/org-units/${world.clubA.id}/snapshots`, viewer, { period: "2025-04" })).status,
    ).toBe(403);
  });
});
