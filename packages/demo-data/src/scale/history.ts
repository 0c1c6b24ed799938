/**
 * Ten times the history: the five years of dated records written again `shift` × 5 years
 * earlier, with ids of their own. Every date and instant moves back by the same years (also
 * inside JSON columns: a loan's schedule), and every reference to a shifted row follows it.
 * A membership is cut to its span's five years (and ends before the person's first stint in
 * that club in the latest span), so no person holds two overlapping stints in one club.
 */
import { ID_PREFIXES, type IdKind, type IsoDate, newId } from "@ishc/domain";
import { addYears, maxDate } from "../calendar";
import type { MembershipRow } from "../generate";
import { createRng } from "../random";
import { REFERENCE_DATE } from "../targets";
import { HISTORY_FROM } from "./meetings";
import type { TableRows } from "./statements";

/** One span of history, in years. */
export const SPAN_YEARS = 5;

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const KIND_OF_PREFIX = new Map(
  Object.entries(ID_PREFIXES).map(([kind, prefix]) => [prefix as string, kind as IdKind]),
);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function timeOfId(id: string): number {
  let ms = 0;
  for (const char of id.slice(4, 14)) ms = ms * 32 + CROCKFORD.indexOf(char);
  return ms;
}

function shiftInstant(ms: number, years: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return Math.max(0, d.getTime());
}

/** The first day a person was a member of a club in the latest span, by `personId clubId`. */
function firstJoined(memberships: readonly MembershipRow[]): Map<string, IsoDate> {
  const first = new Map<string, IsoDate>();
  for (const m of memberships) {
    const key = `${m.personId} ${m.clubId}`;
    const known = first.get(key);
    if (known === undefined || m.joinedOn < known) first.set(key, m.joinedOn);
  }
  return first;
}

/** The `dated` tables moved back `shift` spans (shift ≥ 1), on a stream of their own. */
export function shiftedHistory(dated: readonly TableRows[], seed: number, shift: number): TableRows[] {
  const years = SPAN_YEARS * shift;
  const ids = createRng(seed).fork(`scale-history-${shift}`);
  const newIds = new Map<string, string>();
  for (const { rows } of dated) {
    for (const row of rows) {
      const id = (row as { id?: unknown }).id;
      if (typeof id !== "string") continue;
      const kind = KIND_OF_PREFIX.get(id.slice(0, 3));
      if (!kind) throw new Error(`an id of no known kind: ${id}`);
      newIds.set(id, newId(kind, shiftInstant(timeOfId(id), years), ids.bytes));
    }
  }
  const move = (value: unknown): unknown => {
    if (typeof value === "string") {
      const id = newIds.get(value);
      if (id !== undefined) return id;
      if (DATE.test(value)) return addYears(value, -years);
      if (INSTANT.test(value)) return new Date(shiftInstant(Date.parse(value), years)).toISOString();
      return value;
    }
    if (Array.isArray(value)) return value.map(move);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, move(v)]));
    }
    return value;
  };

  const spanFrom = addYears(HISTORY_FROM, -years);
  const spanTo = addYears(REFERENCE_DATE, -years);
  return dated.map((t) => {
    if (t.name !== "memberships") return { ...t, rows: t.rows.map(move) as object[] };
    const latest = firstJoined(t.rows as MembershipRow[]);
    const rows: MembershipRow[] = [];
    for (const m of t.rows as MembershipRow[]) {
      const moved = move(m) as MembershipRow;
      const joinedOn = maxDate(moved.joinedOn, spanFrom);
      let leftOn = moved.leftOn == null || moved.leftOn > spanTo ? spanTo : moved.leftOn;
      const before = latest.get(`${m.personId} ${m.clubId}`);
      if (before !== undefined && before < leftOn) leftOn = before;
      if (leftOn > joinedOn) rows.push({ ...moved, joinedOn, leftOn });
    }
    return { ...t, rows };
  });
}
