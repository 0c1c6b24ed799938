/** Days and instants as the generator draws them (UTC dates, office hours in Vietnam time). */
import { addDays, type IsoDate, isIsoDate } from "@ishc/domain";
import type { Rng } from "./random";

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export const pad2 = (n: number) => String(n).padStart(2, "0");
const dayNumber = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
export const daysBetween = (from: IsoDate, to: IsoDate) => dayNumber(to) - dayNumber(from);
export const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function dateBetween(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

/** An instant during office hours (08:00–17:00, Vietnam time) on `date`. */
export function instantOn(rng: Rng, date: IsoDate, hour?: number): number {
  const minutes = hour === undefined ? rng.int(8 * 60, 17 * 60 - 1) : hour * 60;
  return Date.parse(`${date}T00:00:00Z`) - VIETNAM_OFFSET_MS + minutes * 60_000;
}

export const isoTimestamp = (ms: number) => new Date(ms).toISOString();

/** The same day `years` later (29 February becomes 1 March in a common year). */
export function addYears(date: IsoDate, years: number): IsoDate {
  const shifted = `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  return shifted.endsWith("-02-29") && !isIsoDate(shifted)
    ? addDays(shifted.replace(/-29$/, "-28"), 1)
    : shifted;
}
