import { createHash } from "node:crypto";
import { isId } from "@ishc/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { addYears } from "../calendar";
import { D1_MAX_BOUND_PARAMETERS, type ScaleChunk, type ScaleOptions, scaleProvince } from "./index";

const PASSWORD_HASH = "pbkdf2-sha256$100000$c2FsdA==$aGFzaA==";
/** Generating one copy of the demo province takes a second or two; more on a busy machine. */
const GENERATION_TIMEOUT = 120_000;
/** Reading hundreds of thousands of rows back from the statements. */
const CHECK_TIMEOUT = 30_000;
const DATED_EXACT = [
  "meetings",
  "attendance",
  "health_checks",
  "loans",
  "journal_entries",
  "journal_lines",
  "loan_repayments",
  "activities",
  "activity_participants",
  "activity_beneficiaries",
  "home_care_visits",
  "training_trainees",
  "communications",
];

type Row = Record<string, string | number | null>;

const chunksOf = (options: Omit<ScaleOptions, "passwordHash">) => [
  ...scaleProvince({ ...options, passwordHash: PASSWORD_HASH }),
];

function hashOf(chunks: readonly ScaleChunk[]): string {
  const hash = createHash("sha256");
  for (const chunk of chunks) {
    for (const s of chunk.statements) hash.update(s.sql).update(JSON.stringify(s.params));
  }
  return hash.digest("hex");
}

/** The rows the statements insert (of `only` those tables, if given), per table, read back from their SQL and parameters. */
function rowsOf(chunks: readonly ScaleChunk[], only?: readonly string[]): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  for (const chunk of chunks) {
    for (const { sql, params } of chunk.statements) {
      const [, table, list] = /^INSERT INTO "([a-z_]+)" \(([^)]*)\) VALUES /.exec(sql) ?? [];
      if (!table || !list) throw new Error(`not an INSERT: ${sql.slice(0, 80)}`);
      if (only && !only.includes(table)) continue;
      const columns = list.split(", ").map((c) => c.slice(1, -1));
      const rows = tables.get(table) ?? [];
      for (let i = 0; i < params.length; i += columns.length) {
        rows.push(Object.fromEntries(columns.map((c, j) => [c, params[i + j] ?? null])));
      }
      tables.set(table, rows);
    }
  }
  return tables;
}

const sumRows = (chunks: readonly ScaleChunk[]) => {
  const sums: Record<string, number> = {};
  for (const c of chunks) for (const [t, n] of Object.entries(c.rows)) sums[t] = (sums[t] ?? 0) + n;
  return sums;
};

describe("scaleProvince", () => {
  let twoCopies: ScaleChunk[];
  let oneSpan: ScaleChunk[];
  let tenSpans: ScaleChunk[];
  beforeAll(() => {
    twoCopies = chunksOf({ seed: 7, copies: 2, history: 2 });
    oneSpan = chunksOf({ seed: 7, copies: 1, history: 1 });
    tenSpans = chunksOf({ seed: 7, copies: 1, history: 10 });
  }, GENERATION_TIMEOUT);

  it(
    "yields a chunk per copy and span, in order",
    () => {
      expect(twoCopies.map((c) => [c.copy, c.shift])).toEqual([
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ]);
      expect(twoCopies[2]?.province.root).toEqual(twoCopies[0]?.province.root);
    },
    CHECK_TIMEOUT,
  );

  it(
    "gives the same statements for the same seed and other ones for another seed",
    () => {
      // The first copy does not depend on how many follow it.
      const again = chunksOf({ seed: 7, copies: 1, history: 2 });
      expect(hashOf(again)).toBe(hashOf(twoCopies.slice(0, 2)));
      expect(hashOf(again)).not.toBe(hashOf(twoCopies.slice(2)));
      const other = chunksOf({ seed: 8, copies: 1, history: 1 });
      expect(hashOf(other)).not.toBe(hashOf(oneSpan));
    },
    GENERATION_TIMEOUT,
  );

  it(
    "keeps every statement within D1's bound parameters, one parameter per placeholder",
    () => {
      for (const chunk of [...twoCopies, ...tenSpans]) {
        for (const { sql, params } of chunk.statements) {
          expect(params.length).toBeLessThanOrEqual(D1_MAX_BOUND_PARAMETERS);
          expect(sql.split("?").length - 1).toBe(params.length);
          expect(sql).not.toMatch(/'/);
        }
      }
    },
    CHECK_TIMEOUT,
  );

  it(
    "counts in each chunk the rows its statements insert",
    () => {
      for (const chunk of twoCopies) {
        const counted = Object.fromEntries([...rowsOf([chunk])].map(([t, rows]) => [t, rows.length]));
        const stated = Object.fromEntries(Object.entries(chunk.rows).filter(([, n]) => n > 0));
        expect(counted).toEqual(stated);
      }
    },
    CHECK_TIMEOUT,
  );

  it(
    "gives every row of a table its own valid id across copies and spans, and logins and codes once",
    () => {
      // A club's id is its org unit's: ids are unique within each table.
      for (const [table, rows] of rowsOf(twoCopies)) {
        const seen = new Set<string>();
        for (const row of rows) {
          if (row.id === undefined) continue;
          expect(isId(String(row.id)), `${table} ${row.id}`).toBe(true);
          expect(seen.has(String(row.id)), `${table} ${row.id} twice`).toBe(false);
          seen.add(String(row.id));
        }
      }
      const tables = rowsOf(twoCopies);
      const logins = (tables.get("users") ?? []).map((u) => u.login);
      expect(new Set(logins).size).toBe(logins.length);
      const codes = (tables.get("org_units") ?? []).map((u) => u.code);
      expect(new Set(codes).size).toBe(codes.length);
    },
    CHECK_TIMEOUT,
  );

  it(
    "puts every copy's communes under the first copy's province",
    () => {
      const units = rowsOf(twoCopies, ["org_units"]).get("org_units") ?? [];
      const provinces = units.filter((u) => u.kind === "province");
      expect(provinces.map((p) => p.id)).toEqual([twoCopies[0]?.province.root.provinceId]);
      expect(units.filter((u) => u.kind === "national")).toHaveLength(1);
      const communes = units.filter((u) => u.kind === "commune" || u.kind === "ward");
      expect(communes.length).toBeGreaterThan(11);
      for (const c of communes) expect(c.parent_id).toBe(provinces[0]?.id);
    },
    CHECK_TIMEOUT,
  );

  it(
    "holds five years of monthly meetings per club in the latest span",
    () => {
      const meetings = rowsOf(oneSpan, ["meetings"]).get("meetings") ?? [];
      const days = meetings.map((m) => String(m.held_on)).sort();
      expect(days[0]! >= "2020-06-01").toBe(true);
      expect(days[0]! < "2020-07-01").toBe(true);
      expect(days.at(-1)! <= "2025-05-31").toBe(true);
      const months = new Set(days.map((d) => d.slice(0, 7)));
      expect(months.size).toBe(60);
    },
    CHECK_TIMEOUT,
  );

  it(
    "has ten times the dated rows of one span at ten spans, and the same undated rows",
    () => {
      const one = sumRows(oneSpan);
      const ten = sumRows(tenSpans);
      for (const table of DATED_EXACT) {
        expect(one[table], table).toBeGreaterThan(0);
        expect(ten[table], table).toBe(10 * (one[table] ?? 0));
      }
      // Memberships are cut to each span's five years: those ended before a span are not copied.
      expect(ten.memberships).toBeGreaterThan(5 * (one.memberships ?? 0));
      expect(ten.memberships).toBeLessThanOrEqual(10 * (one.memberships ?? 0));
      for (const table of ["org_units", "clubs", "people", "users", "club_roles", "fund_balances"]) {
        expect(ten[table], table).toBe(one[table]);
      }
    },
    CHECK_TIMEOUT,
  );

  it(
    "moves each older span's meetings back five years at a time",
    () => {
      const latest = (rowsOf(tenSpans.slice(0, 1), ["meetings"]).get("meetings") ?? [])
        .map((m) => String(m.held_on))
        .sort();
      for (const shift of [1, 9]) {
        const older = (rowsOf([tenSpans[shift]!], ["meetings"]).get("meetings") ?? [])
          .map((m) => String(m.held_on))
          .sort();
        expect(older).toEqual(latest.map((d) => addYears(d, -5 * shift)).sort());
      }
    },
    CHECK_TIMEOUT,
  );

  it(
    "never gives a person two overlapping stints in one club, nor an open one in an older span",
    () => {
      const stints = new Map<string, [string, string][]>();
      for (const chunk of tenSpans) {
        for (const m of rowsOf([chunk], ["memberships"]).get("memberships") ?? []) {
          if (chunk.shift > 0) expect(m.left_on).not.toBeNull();
          const key = `${m.person_id} ${m.club_id}`;
          stints.set(key, [
            ...(stints.get(key) ?? []),
            [String(m.joined_on), String(m.left_on ?? "9999-12-31")],
          ]);
        }
      }
      for (const list of stints.values()) {
        list.sort((a, b) => a[0].localeCompare(b[0]));
        for (let i = 1; i < list.length; i++) expect(list[i]![0] >= list[i - 1]![1]).toBe(true);
      }
    },
    CHECK_TIMEOUT,
  );

  it(
    "keeps the books: the fund balances hold the cash of every span",
    () => {
      const tables = rowsOf(tenSpans, ["fund_balances", "journal_entries", "journal_lines"]);
      const cash = new Map<string, number>();
      for (const b of tables.get("fund_balances") ?? []) cash.set(`${b.club_id} ${b.fund}`, Number(b.cash));
      const entriesOf = new Map((tables.get("journal_entries") ?? []).map((e) => [e.id, e]));
      const fromLines = new Map<string, number>();
      for (const line of tables.get("journal_lines") ?? []) {
        const account = String(line.account);
        if (!account.endsWith(".cash")) continue;
        const fund = account.slice(0, -".cash".length);
        const key = `${entriesOf.get(line.entry_id)?.club_id} ${fund}`;
        const signed = line.side === "debit" ? Number(line.amount) : -Number(line.amount);
        fromLines.set(key, (fromLines.get(key) ?? 0) + signed);
      }
      expect(fromLines.size).toBeGreaterThan(0);
      for (const [key, value] of fromLines) expect(cash.get(key), key).toBe(value);
    },
    CHECK_TIMEOUT,
  );
});
