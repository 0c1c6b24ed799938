import { closedPeriodsOn, foldVietnamese, INDICATORS, parseReportPeriod, vietnamDate } from "@ishc/domain";
import { fileResponse, type HandlerContext, inScope, invalidField, type RouteHandler } from "@ishc/edge-kit";
import { orgUnitById } from "@ishc/queries";
import { computeReport, type Reader } from "./compute";
import { type PresentedReport, presentReport } from "./present";
import { reportCsv, reportHtml, reportXlsx } from "./render";
import type * as routes from "./reports.routes";

const KNOWN = new Set(INDICATORS.map((i) => i.id));

/** `clubs,members` → the ids asked for; 422 naming any that is not an indicator. */
export function indicatorsAskedFor(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const ids = list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !KNOWN.has(id));
  if (ids.length === 0)
    throw invalidField("query.indicators", "name at least one indicator", "indicator_required");
  if (unknown.length > 0) {
    throw invalidField(
      "query.indicators",
      `unknown indicator(s): ${unknown.join(", ")} (see GET /reporting/indicators)`,
      "unknown_indicator",
      { ids: unknown.join(",") },
    );
  }
  return ids;
}

/** The month just ended, the period a report is of when none is named. */
export const lastClosedMonth = (today = vietnamDate()) => closedPeriodsOn(today)[0]!.label;

export function periodOrRefuse(label: string | undefined, today = vietnamDate()) {
  const parsed = parseReportPeriod(label ?? lastClosedMonth(today), today);
  if ("message" in parsed) throw invalidField("query.period", parsed.message, "bad_report_period");
  return parsed;
}

export const readerOf =
  (read: HandlerContext["read"]): Reader =>
  (...statements) =>
    read(...(statements as [never])) as Promise<unknown[]>;

/** A file name from a unit or period name: folded to ASCII, words joined by dashes. */
const asciiName = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** The report in the format asked for: JSON, or a file the route declares. */
export function answerIn(format: "json" | "csv" | "xlsx" | "html", report: PresentedReport) {
  const base = `bao-cao-${asciiName(report.orgUnit.name) || report.orgUnit.id}-${asciiName(report.period.label)}`;
  switch (format) {
    case "csv":
      return fileResponse(reportCsv(report), "text/csv; charset=utf-8", `${base}.csv`);
    case "xlsx":
      return fileResponse(
        reportXlsx(report),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        `${base}.xlsx`,
      );
    case "html":
      return fileResponse(reportHtml(report), "text/html; charset=utf-8");
    default:
      return report;
  }
}

export const getReport: RouteHandler<typeof routes.getReport> = async (
  { user, db, read },
  { params, query },
) => {
  const { period, asOf } = periodOrRefuse(query.period);
  const only = indicatorsAskedFor(query.indicators);
  const { head, report } = await computeReport(readerOf(read), db, params.id, period, asOf, {
    preferStored: query.fresh !== "true",
    first: [orgUnitById(db, params.id)],
  });
  const unit = inScope(
    user,
    head[0] as { id: string; name: string; kind: string; path: string }[],
    "org unit",
  );
  const presented = presentReport(report, {
    orgUnit: { id: unit.id, name: unit.name, kind: unit.kind },
    period,
    asOf,
    lang: query.lang,
    viewer: user.role === "viewer",
    ...(only ? { only } : {}),
  });
  return answerIn(query.format, presented);
};

export const listIndicators: RouteHandler<typeof routes.listIndicators> = async ({ read }) => {
  await read();
  return { items: INDICATORS.map((i) => ({ ...i, disaggregations: [...i.disaggregations] })) };
};
