import { readdirSync, readFileSync } from "node:fs";
import type { D1Database } from "@cloudflare/workers-types";
import { type JournalEntry, outstandingPrincipal, par30, trialBalance } from "@ishc/domain";
import { Miniflare } from "miniflare";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOANS, DEMO_LOANS_FROM, type DemoFunds, demoFunds, fundsSqlStatements } from "./funds";
import { type DemoProvince, generateDemoProvince } from "./generate";
import { toSqlStatements } from "./sql";
import { REFERENCE_DATE } from "./targets";

const PASSWORD_HASH = "pbkdf2-sha256$100000$c2FsdA==$aGFzaA==";
/** Generating the province, and starting workerd to load the funds: seconds on a busy 2-core machine. */
const TIMEOUT = 60_000;
const MIGRATIONS = new URL("../../domain/migrations/", import.meta.url);

let data: DemoProvince;
let funds: DemoFunds;

beforeAll(() => {
  data = generateDemoProvince({ seed: 2025, passwordHash: PASSWORD_HASH });
  funds = demoFunds(data);
}, TIMEOUT);

function journalOf(clubId: string): JournalEntry[] {
  return funds.journalEntries
    .filter((e) => e.clubId === clubId)
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      on: e.on,
      memo: e.memo ?? null,
      loanId: e.loanId ?? null,
      reverses: null,
      lines: funds.journalLines
        .filter((l) => l.entryId === e.id)
        .map((l) => ({ account: l.account, side: l.side, amount: l.amount as never })),
    }));
}

const loanRecords = () =>
  funds.loans.map((loan) => ({
    id: loan.id,
    clubId: loan.clubId,
    borrowerId: loan.personId,
    povertyStatusAtDisbursement: loan.povertyStatusAtDisbursement!,
    disbursedOn: loan.disbursedOn!,
    principal: loan.principal as never,
    schedule: loan.schedule!,
    repayments: funds.loanRepayments
      .filter((r) => r.loanId === loan.id)
      .map((r) => ({ paidOn: r.paidOn, allocations: r.allocations })),
    writtenOffOn: loan.writtenOffOn ?? null,
  }));

describe("the demo province's funds", () => {
  it("lends to 52 different members, more than 400 million đồng over June 2020 – May 2025, mostly to poor and near-poor households", () => {
    expect(funds.loans).toHaveLength(DEMO_LOANS);
    expect(new Set(funds.loans.map((l) => l.personId)).size).toBe(DEMO_LOANS);
    const total = funds.loans.reduce((s, l) => s + l.principal, 0);
    expect(total).toBeGreaterThan(400_000_000);
    for (const loan of funds.loans) {
      expect(loan.disbursedOn! >= DEMO_LOANS_FROM && loan.disbursedOn! <= REFERENCE_DATE).toBe(true);
      expect(loan.appliedBy).not.toBe(loan.approvedBy);
    }
    const priority = funds.loans.filter((l) => l.povertyStatusAtDisbursement !== "none").length;
    expect(priority / DEMO_LOANS).toBeGreaterThan(0.6);
  });

  it("has a few loans late on the reference date and one written off", () => {
    const records = loanRecords();
    expect(funds.loans.filter((l) => l.status === "written_off")).toHaveLength(1);
    const risk = par30(records, REFERENCE_DATE);
    expect(risk.numerator).toBeGreaterThan(0);
    expect(risk.ratio!).toBeLessThan(0.2);
    expect(records.filter((l) => outstandingPrincipal(l, REFERENCE_DATE) > 0).length).toBeGreaterThan(5);
    expect(funds.loans.filter((l) => l.status === "closed").length).toBeGreaterThan(20);
  });

  it("keeps every club's books balanced, with cash never below zero on any day", () => {
    for (const club of data.clubs) {
      const journal = journalOf(club.id!);
      expect(trialBalance(journal, REFERENCE_DATE).difference, club.id).toBe(0);
      const days = [...new Set(journal.map((e) => e.on))].sort();
      for (const day of days) {
        const tb = trialBalance(journal, day);
        const cash = (account: string) => tb.rows.find((r) => r.account === account)!;
        expect(cash("revolving.cash").credit, `${club.id} ${day}`).toBe(0);
        expect(cash("operating.cash").credit, `${club.id} ${day}`).toBe(0);
      }
    }
    const held = data.clubs.filter((c) =>
      funds.fundBalances.some((b) => b.clubId === c.id && b.fund === "revolving"),
    );
    expect(held.length).toBeGreaterThanOrEqual(44);
  });

  it(
    "loads into a freshly migrated local D1 with every constraint enforced",
    async () => {
      const mf = new Miniflare({
        modules: true,
        script: "export default { fetch() { return new Response(null); } }",
        d1Databases: { DB: "demo-funds" },
      });
      try {
        const db: D1Database = await mf.getD1Database("DB");
        for (const file of readdirSync(MIGRATIONS)
          .filter((f) => f.endsWith(".sql"))
          .sort()) {
          const sql = readFileSync(new URL(file, MIGRATIONS), "utf8");
          for (const s of sql.split("--> statement-breakpoint").filter((x) => x.trim()))
            await db.prepare(s).run();
        }
        // Only what the funds rows point at: the tree, clubs and the borrowers.
        const borrowers = new Set(funds.loans.map((l) => l.personId));
        const slim: DemoProvince = {
          ...data,
          people: data.people.filter((p) => borrowers.has(p.id!)),
          memberships: [],
          clubRoles: [],
          meetings: [],
          attendance: [],
          healthChecks: [],
        };
        const own = fundsSqlStatements(data);
        for (const statement of own) {
          expect(statement.startsWith("INSERT INTO ")).toBe(true);
          expect(Buffer.byteLength(statement, "utf8")).toBeLessThan(100_000);
          expect(statement.includes(";")).toBe(false);
        }
        const statements = [...toSqlStatements(slim), ...own];
        await db.batch(statements.map((s) => db.prepare(s)));
        const check = await db
          .prepare(
            `SELECT (SELECT count(*) FROM loans) AS loans,
                    (SELECT sum(CASE side WHEN 'debit' THEN amount ELSE -amount END) FROM journal_lines) AS net,
                    (SELECT count(*) FROM fund_balances WHERE cash < 0) AS negative`,
          )
          .first();
        expect(check).toEqual({ loans: DEMO_LOANS, net: 0, negative: 0 });
      } finally {
        await mf.dispose();
      }
    },
    TIMEOUT,
  );
});
