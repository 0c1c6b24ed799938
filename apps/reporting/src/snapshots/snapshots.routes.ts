import { idParam } from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import * as z from "zod";
import { runExample, runsExample, snapshotListExample } from "../examples";
import { REPORT_FILES, reportQuery, reportView } from "../reports/reports.routes";

const tags = ["snapshots"];

export const snapshotSummary = z.object({
  orgUnitId: z.string(),
  name: z.string(),
  period: z.string(),
  periodKind: z.enum(["month", "quarter", "year", "range", "history"]),
  startsOn: z.string(),
  endsOn: z.string(),
  generatedAt: z.string(),
  runId: z.string(),
});

export const listSnapshots = defineRoute({
  method: "get",
  path: "/org-units/:id/snapshots",
  operationId: "listSnapshots",
  summary: "Stored reports of an org unit and every unit below it",
  description:
    "One per unit and period (regenerating replaces it), newest period first. `period` narrows to one period label.",
  tags,
  params: idParam("orgUnit"),
  query: z.object({
    period: z
      .string()
      .max(40)
      .optional()
      .meta({ description: "Only this period label, e.g. 2025-05", example: "2025-05" }),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
  response: z.object({ items: z.array(snapshotSummary) }),
  examples: { response: snapshotListExample },
});

export const getSnapshot = defineRoute({
  method: "get",
  path: "/org-units/:id/snapshot",
  operationId: "getSnapshot",
  summary: "A stored report of an org unit for a period, as JSON, CSV, XLSX or a printable page",
  description:
    'The report the scheduled run (or a regeneration) stored, as it was then; viewers get small cells as "<5". 404 when none is stored for that period.',
  tags,
  params: idParam("orgUnit"),
  query: reportQuery.pick({ period: true, format: true, lang: true, indicators: true }),
  response: reportView,
  files: REPORT_FILES,
});

export const regenerateSnapshot = defineRoute({
  method: "post",
  path: "/org-units/:id/snapshots",
  operationId: "regenerateSnapshot",
  summary: "Ask for an org unit's stored report of a closed period to be (re)generated",
  description:
    "Records a run and enqueues one message for the unit; the consumer replaces the stored report (and the unit's stored facts) of that period. Officers, boards and admins; viewers 403. The period must have ended (422 otherwise).",
  tags,
  params: idParam("orgUnit"),
  body: z.object({ period: z.string().min(1).max(40) }).strict(),
  response: z.object({ runId: z.string(), periods: z.array(z.string()), unitsQueued: z.number().int() }),
  status: 201,
  examples: { request: { period: "2025-05" }, response: runExample },
});

const runView = z.object({
  id: z.string(),
  trigger: z.enum(["cron", "request"]),
  cron: z.string().nullable(),
  periods: z.array(z.string()),
  unitsQueued: z.number().int(),
  generated: z.number().int(),
  failed: z.number().int(),
  startedAt: z.string(),
  failures: z.array(
    z.object({ orgUnitId: z.string(), attempts: z.number().int(), error: z.string().nullable() }),
  ),
});

export const listRuns = defineRoute({
  method: "get",
  path: "/runs",
  operationId: "listRuns",
  summary: "Recent generation runs: what each queued, generated and failed",
  description:
    "The latest runs (scheduled and requested), newest first, each with how many units it queued, how many were generated and which failed with what error. Province and national admins only.",
  tags,
  query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
  response: z.object({ items: z.array(runView) }),
  examples: { response: runsExample },
});
