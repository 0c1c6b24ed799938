import { vietnamDate } from "@ishc/domain";
import { createServiceApp } from "@ishc/edge-kit";
import reports from "./reports/reports.index";
import { consumeBatch, enqueueRun, type ReportingBindings, type SnapshotMessage } from "./snapshots/generate";
import snapshots from "./snapshots/snapshots.index";

const app = createServiceApp({
  service: "reporting",
  title: "ISHC reporting service",
  version: "0.2.0",
  description:
    "Indicators rolled up the org tree (club → commune/ward → province) for any month, quarter, year, range or all history to a day, as the tree stood then; as JSON, CSV (UTF-8 with BOM), an XLSX workbook or a printable report in Vietnamese or English; viewers see small cells as \"<5\". A monthly cron enqueues one message per org unit on a Queue; the consumer stores each unit's facts and its subtree's report (snapshot), replacing what was there.",
  tags: {
    reports: "Indicators of an org unit's subtree for a period, on demand",
    snapshots: "Stored reports, generation runs and regeneration",
  },
  routers: [reports, snapshots],
});

export default {
  fetch: app.fetch,
  async scheduled(controller: ScheduledController, env: ReportingBindings, ctx: ExecutionContext) {
    ctx.waitUntil(
      enqueueRun(env, {
        trigger: "cron",
        cron: controller.cron,
        today: vietnamDate(controller.scheduledTime),
      }).then((run) => console.log(JSON.stringify({ level: "info", msg: "report run queued", ...run }))),
    );
  },
  async queue(batch: MessageBatch<SnapshotMessage>, env: ReportingBindings) {
    await consumeBatch(batch, env);
  },
} satisfies ExportedHandler<ReportingBindings, SnapshotMessage>;
