import { AGGREGATIONS, DIMENSIONS, INDICATOR_IDS, SECTIONS, UNITS } from "@ishc/domain";
import { idParam } from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import * as z from "zod";
import { indicatorsExample, reportExample } from "../examples";

const published = z.union([z.number(), z.literal("<5"), z.null()]).meta({
  description:
    'Exact; for viewers, counts of people under 5 are "<5" and a part whose rest is under 5 is null',
});

export const indicatorView = z.object({
  id: z.enum(INDICATOR_IDS),
  section: z.enum(SECTIONS),
  name: z.string(),
  unit: z.enum(UNITS),
  aggregation: z.enum(AGGREGATIONS),
  value: published,
  numerator: published.optional(),
  denominator: published.optional(),
  target: z.number().optional().meta({ description: "The share of clubs a Decision 1336 target asks for" }),
  met: z.boolean().nullable().optional(),
  breakdown: z.record(z.string(), z.record(z.string(), published)).optional(),
});

export const clubTargetsView = z.object({
  clubId: z.string(),
  name: z.string(),
  members: published,
  membersBorrowedShare: z.number().nullable(),
  holdsBothFunds: z.boolean(),
  areasActive: z.number().int(),
  meetingEveryMonth: z.boolean(),
  monthsWithoutMeeting: z.array(z.string()),
  compositionMet: z.boolean(),
  targets: z.object({ membersBorrowed: z.boolean(), bothFunds: z.boolean(), allAreas: z.boolean() }),
});

export const reportView = z
  .object({
    orgUnit: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    period: z.object({
      label: z.string(),
      kind: z.enum(["month", "quarter", "year", "range", "history"]),
      start: z.string(),
      end: z.string(),
    }),
    asOf: z
      .string()
      .meta({ description: "Stocks are as of the end of this day: the period's end, or today" }),
    lang: z.enum(["vi", "en"]),
    treeAsOf: z.literal("period").meta({
      description:
        "Units count where they stood in the tree during the period (flows by day, stocks at the end)",
    }),
    source: z.enum(["live", "stored"]).meta({
      description: "live: from the records now; stored: merged from the facts the scheduled run stored",
    }),
    computedAt: z.string(),
    suppressed: z.boolean().meta({ description: "true for viewers: small cells shown as <5" }),
    indicators: z.array(indicatorView),
    clubs: z.array(clubTargetsView),
  })
  .meta({ id: "Report" });

export const reportQuery = z.object({
  period: z.string().max(40).optional().meta({
    description:
      "2025-05 (month), 2025-Q2 (quarter), 2025 (year), 2025-01-01..2025-06-30 (range), ..2025-06-30 (all history to that day); the month just ended when left out. It may not start after today; one running past today is reported as of today.",
    example: "2025-05",
  }),
  indicators: z.string().optional().meta({
    description: "Comma-separated indicator ids (GET /reporting/indicators); all when left out",
    example: "clubs,members",
  }),
  format: z
    .enum(["json", "csv", "xlsx", "html"])
    .default("json")
    .meta({ description: "json; csv (UTF-8 with BOM); xlsx (a workbook); html (a printable report)" }),
  lang: z
    .enum(["vi", "en"])
    .default("vi")
    .meta({ description: "Names and headers in Vietnamese or English" }),
  fresh: z
    .enum(["true", "false"])
    .optional()
    .meta({ description: "true: always from the records now, never from stored monthly facts" }),
});

/** The report's other forms, for `format=csv|xlsx|html`. */
export const REPORT_FILES = [
  { mediaType: "text/csv", description: "The indicators as CSV, UTF-8 with a BOM for Excel" },
  {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    description: "An XLSX workbook with Vietnamese headers",
  },
  { mediaType: "text/html", description: "A printable report laid out like the province's yearly report" },
] as const;

export const getReport = defineRoute({
  method: "get",
  path: "/org-units/:id/report",
  operationId: "getReport",
  summary: "The indicators of an org unit's subtree for a period, as JSON, CSV, XLSX or a printable page",
  description:
    'Clubs (by founding period and status, holding both funds, meeting the make-up targets), members (by sex, age band and poverty status), meetings, attendance, health checks and clubs meeting every month, activities by area, labour days by purpose, community-service and cultural sessions, home-care visits and people visited, trainings, communications, grants by fund and source, fund balances, loans, borrowers by poverty status, outstanding principal, PAR30, on-time rate, interest, write-offs, the share of members who have borrowed, and the Decision 1336 targets per club and rolled up. Units count where they stood in the tree during the period. Viewers get small cells as "<5". `format=csv|xlsx|html` answers a file (text/csv with BOM; an .xlsx workbook; a printable HTML page) instead of JSON.',
  tags: ["reports"],
  params: idParam("orgUnit"),
  query: reportQuery,
  response: reportView,
  examples: { response: reportExample },
  files: REPORT_FILES,
});

export const indicatorDefinitionView = z.object({
  id: z.string(),
  section: z.enum(SECTIONS),
  vi: z.string(),
  en: z.string(),
  unit: z.enum(UNITS),
  aggregation: z.enum(AGGREGATIONS),
  disaggregations: z.array(z.enum(DIMENSIONS)),
  people: z.boolean(),
  target: z.number().optional(),
});

export const listIndicators = defineRoute({
  method: "get",
  path: "/indicators",
  operationId: "listIndicators",
  summary: "The indicators a report can give: names, units, how each adds up and its breakdowns",
  description:
    "Each indicator's id (for `indicators=` on a report), Vietnamese and English name, unit, aggregation (count, count_distinct, sum, ratio, as_of_end), the dimensions it is broken down by, whether it counts people (suppressed under 5 for viewers) and, for a Decision 1336 target, the share of clubs it asks for.",
  tags: ["reports"],
  response: z.object({ items: z.array(indicatorDefinitionView) }),
  examples: { response: indicatorsExample },
});
