import { foldVietnamese } from "./vietnamese-text";

/**
 * When two records are the same person, for the one rule JSON enrolment and
 * the CSV import share: the same name without diacritics, case or extra spaces,
 * and the same year of birth, unless both give a full birth date and the dates
 * differ.
 */
export type PersonIdentity = { fullName: string; birthYear: number; birthDate?: string | null };

/** The key two records of the same person share. */
export function samePersonKey(fullName: string, birthYear: number): string {
  return `${foldVietnamese(fullName)}|${birthYear}`;
}

export function isSamePerson(a: PersonIdentity, b: PersonIdentity): boolean {
  if (samePersonKey(a.fullName, a.birthYear) !== samePersonKey(b.fullName, b.birthYear)) return false;
  return !(a.birthDate && b.birthDate && a.birthDate !== b.birthDate);
}

/** The year of birth a person input gives, from the year or the date. */
export function birthYearOf(person: { birthYear?: number | null; birthDate?: string | null }): number | null {
  if (person.birthYear != null) return person.birthYear;
  return person.birthDate ? Number(person.birthDate.slice(0, 4)) : null;
}
