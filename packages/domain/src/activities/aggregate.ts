/**
 * The arithmetic of activity reports: totals that add up the same whichever
 * way they are grouped (by area, type, purpose, club or in one), with every
 * area present even when nothing was done in it.
 */
import { ACTIVITY_AREAS, type ActivityArea, AREA_NAMES } from "./catalogue";
import { halfDaysToDays } from "./measures";

/** What one group of activities adds up to. Labour days and hours are whole half days and minutes. */
export type ActivityTotals = {
  activities: number;
  sessions: number;
  participantPlaces: number;
  labourHalfDays: number;
  minutes: number;
  moneyVnd: number;
  goodsVnd: number;
  peopleReached: number;
};

export const ZERO_TOTALS: ActivityTotals = {
  activities: 0,
  sessions: 0,
  participantPlaces: 0,
  labourHalfDays: 0,
  minutes: 0,
  moneyVnd: 0,
  goodsVnd: 0,
  peopleReached: 0,
};

const KEYS = Object.keys(ZERO_TOTALS) as (keyof ActivityTotals)[];

/** SQL sums come back null over no rows; a total is a whole number. */
export function totalsOf(row: Partial<Record<keyof ActivityTotals, number | null>>): ActivityTotals {
  return Object.fromEntries(KEYS.map((key) => [key, Number(row[key] ?? 0)])) as ActivityTotals;
}

export function addTotals(a: ActivityTotals, b: ActivityTotals): ActivityTotals {
  return Object.fromEntries(KEYS.map((key) => [key, a[key] + b[key]])) as ActivityTotals;
}

export const sumTotals = (rows: readonly ActivityTotals[]) => rows.reduce(addTotals, ZERO_TOTALS);

/** Totals as a report shows them: labour days and hours rather than half days and minutes. */
export function publishTotals(totals: ActivityTotals) {
  const { labourHalfDays, minutes, ...rest } = totals;
  return { ...rest, labourDays: halfDaysToDays(labourHalfDays), hours: minutes / 60 };
}

/** One row per area, in the catalogue's order 1–8, zero where nothing was recorded. */
export function byEveryArea<T extends { area: string }>(rows: readonly (T & Partial<ActivityTotals>)[]) {
  return ACTIVITY_AREAS.map((area: ActivityArea) => {
    const found = rows.filter((row) => row.area === area).map((row) => totalsOf(row));
    return { area, number: AREA_NAMES[area].number, ...publishTotals(sumTotals(found)) };
  });
}
