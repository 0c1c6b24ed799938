/**
 * Calendar dates are `YYYY-MM-DD` strings in Vietnam's time zone
 * (Asia/Ho_Chi_Minh, UTC+7 all year since 1975, no daylight saving), so a
 * meeting held at 06:30 local time on the 1st is on the 1st, not the 31st.
 */
export type IsoDate = string;

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar date in Vietnam at the given instant. */
export function vietnamDate(instant: Date | number = Date.now()): IsoDate {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant at which a Vietnamese calendar date begins. */
export function startOfVietnamDay(date: IsoDate): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - VIETNAM_OFFSET_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Whole years between a birth date and a date (the age a person states). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const years = yearOf(on) - yearOf(birthDate);
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * Age when only some people's full birth date is known: with a date, the exact
 * age; with a year alone, the age reached during `on`'s year (how registers
 * that keep only the year of birth count a person's age).
 */
export function ageOnWithYear(birth: { birthDate: IsoDate | null; birthYear: number }, on: IsoDate): number {
  return birth.birthDate ? ageOn(birth.birthDate, on) : yearOf(on) - birth.birthYear;
}
