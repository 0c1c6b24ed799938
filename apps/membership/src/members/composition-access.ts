import {
  type Composition,
  monthPeriod,
  type PublishedComposition,
  parsePeriod,
  previousPeriod,
  publishComposition,
  vietnamDate,
} from "@ishc/domain";
import type { AccessClaims } from "@ishc/domain/contracts";
import { invalidField, seesPersonalData } from "@ishc/edge-kit";

/**
 * The day a club's composition is counted on. Officers and boards: `asOf`
 * (any date) or a period's last day, default today. Viewers see aggregates
 * of whole months, quarters or years that have ended, never of a day they
 * pick (two nearby days would single out whoever joined or left between):
 * `period`, default last month.
 */
export function compositionDate(
  user: AccessClaims,
  query: { asOf?: string | undefined; period?: string | undefined },
  today: string = vietnamDate(),
): string {
  if (query.asOf && query.period)
    throw invalidField("query.period", "give either asOf or period, not both", "exclusive_with", {
      field: "asOf",
    });
  if (seesPersonalData(user)) return query.period ? parsePeriod(query.period)!.end : (query.asOf ?? today);
  if (query.asOf) {
    throw invalidField(
      "query.asOf",
      "viewers see whole months, quarters or years: give `period` instead",
      "viewer_period_only",
    );
  }
  const period = query.period
    ? parsePeriod(query.period)!
    : previousPeriod(monthPeriod(Number(today.slice(0, 4)), Number(today.slice(5, 7))));
  if (period.kind === "range")
    throw invalidField("query.period", "must be a month, a quarter or a year", "whole_period_required");
  if (period.end >= today)
    throw invalidField("query.period", `has not ended yet (it ends on ${period.end})`, "period_not_ended", {
      date: period.end,
    });
  return period.end;
}

/** Exact figures for those who see personal data; small cells suppressed for viewers. */
export function compositionFor(
  user: AccessClaims,
  composition: Composition,
): Composition | PublishedComposition {
  return seesPersonalData(user) ? composition : publishComposition(composition);
}
