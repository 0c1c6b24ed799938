import { env } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  seedClub,
  seedClubRecords,
  seedOrgFixture,
  tokenFor,
} from "../../../packages/edge-kit/testing/fixtures.ts";
import { call } from "./helpers";

/**
 * Any sequence of money operations through the worker — grants, expenses, reversals,
 * loans paid out, repaid (in part, in full, too much), written off — leaves each club's
 * books balanced, no fund's cash below zero on any day (back-dated payments included), the
 * running cash the guards keep equal to the journal's, and every loan's `owed` equal to its
 * schedule less what was repaid.
 */
type Op =
  | { kind: "grant"; fund: "operating" | "revolving"; amount: number }
  | { kind: "expense"; amount: number }
  | { kind: "backdatedExpense"; amount: number; daysBack: number }
  | { kind: "reverseLast" }
  | { kind: "lend"; principal: number }
  | { kind: "repay"; loan: number; amount: number }
  | { kind: "writeOff"; loan: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("grant" as const),
      fund: fc.constantFrom("operating" as const, "revolving" as const),
      amount: fc.integer({ min: 1, max: 5_000_000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("expense" as const),
      amount: fc.integer({ min: 1, max: 2_000_000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("backdatedExpense" as const),
      amount: fc.integer({ min: 1, max: 2_000_000 }),
      daysBack: fc.integer({ min: 1, max: 6 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reverseLast" as const) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("lend" as const),
      principal: fc.integer({ min: 1_000_000, max: 4_000_000 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("repay" as const),
      loan: fc.nat(4),
      amount: fc.oneof(fc.integer({ min: 1, max: 1_200_000 }), fc.integer({ min: 1, max: 5_000_000 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("writeOff" as const), loan: fc.nat(4) }) },
);

describe("the books after any sequence of operations (property, through the worker)", () => {
  let tree: Awaited<ReturnType<typeof seedOrgFixture>>;
  let maker: string;
  let checker: string;

  beforeAll(async () => {
    tree = await seedOrgFixture(env.DB);
    maker = await tokenFor(env.DB, "commune_officer", tree.communeA);
    checker = await tokenFor(env.DB, "commune_officer", tree.communeA);
  }, 60_000);

  it("stay balanced, never overdrawn, with owed = schedule − repaid", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const club = await seedClub(env.DB, tree.communeA, "CLB thuộc tính");
        const { personId } = await seedClubRecords(env.DB, club);
        await call("POST", `/clubs/${club.id}/loan-terms`, maker, {
          effectiveFrom: "2024-01-01",
          minAmount: 1_000_000,
          maxAmount: 5_000_000,
          termMonths: 3,
          monthlyRateBp: 70,
          method: "declining",
        });
        // Both funds start with some money, so most operations have something to move.
        for (const [fund, amount] of [
          ["revolving", 8_000_000],
          ["operating", 1_000_000],
        ] as const) {
          const seeded = await call("POST", `/clubs/${club.id}/grants`, maker, {
            fund,
            source: "peoples_committee",
            amount,
            receivedOn: "2024-01-02",
          });
          expect(seeded.status).toBe(201);
        }
        const loans: string[] = [];
        let lastEntry: string | undefined;
        const dayOf = (i: number) => `2024-0${1 + Math.floor(i / 3)}-${String(10 + (i % 3) * 5)}`;
        for (const [i, o] of ops.entries()) {
          const day = dayOf(i);
          if (o.kind === "grant") {
            const res = await call("POST", `/clubs/${club.id}/grants`, maker, {
              fund: o.fund,
              source: "association",
              amount: o.amount,
              receivedOn: day,
            });
            expect(res.status).toBe(201);
            lastEntry = res.json.id;
          } else if (o.kind === "expense") {
            const res = await call("POST", `/clubs/${club.id}/expenses`, maker, {
              amount: o.amount,
              paidOn: day,
              purpose: "Chi hoạt động",
            });
            expect([201, 409]).toContain(res.status);
            if (res.status === 201) lastEntry = res.json.id;
          } else if (o.kind === "backdatedExpense") {
            // Before days already posted: refused if any later day's cash would go below zero.
            const res = await call("POST", `/clubs/${club.id}/expenses`, maker, {
              amount: o.amount,
              paidOn: dayOf(Math.max(0, i - o.daysBack)),
              purpose: "Chi bổ sung",
            });
            expect([201, 409]).toContain(res.status);
            if (res.status === 201) lastEntry = res.json.id;
          } else if (o.kind === "reverseLast") {
            if (!lastEntry) continue;
            const res = await call("POST", `/entries/${lastEntry}/reversals`, maker, {
              on: day,
              reason: "Sửa sai",
            });
            expect([201, 409]).toContain(res.status);
          } else if (o.kind === "lend") {
            const applied = await call("POST", `/clubs/${club.id}/loans`, maker, {
              personId,
              principal: o.principal,
              purpose: "crops",
              appliedOn: day,
            });
            expect(applied.status).toBe(201);
            await call("POST", `/loans/${applied.json.id}/approval`, checker, { approvedOn: day });
            const paid = await call("POST", `/loans/${applied.json.id}/disbursement`, maker, {
              disbursedOn: day,
            });
            expect([200, 409]).toContain(paid.status);
            if (paid.status === 200) loans.push(applied.json.id);
          } else if (o.kind === "repay") {
            const loan = loans[o.loan % Math.max(loans.length, 1)];
            if (!loan) continue;
            const res = await call("POST", `/loans/${loan}/repayments`, maker, {
              amount: o.amount,
              paidOn: day,
            });
            expect([201, 409, 422]).toContain(res.status);
          } else {
            const loan = loans[o.loan % Math.max(loans.length, 1)];
            if (!loan) continue;
            const res = await call("POST", `/loans/${loan}/write-off`, maker, {
              writtenOffOn: day,
              reason: "Mất khả năng trả",
            });
            expect([200, 409, 422]).toContain(res.status);
          }
        }
        const tb = await call("GET", `/clubs/${club.id}/trial-balance`, maker);
        expect(tb.json.difference).toBe(0);
        expect(tb.json.differenceByFund).toEqual({ operating: 0, revolving: 0 });
        const cash = tb.json.rows.filter((r: { account: string }) => r.account.endsWith(".cash"));
        for (const row of cash) expect(row.credit, row.account).toBe(0);
        const days = await env.DB.prepare(
          `SELECT e.on_date AS day, l.account AS account,
                  sum(CASE WHEN l.side = 'debit' THEN l.amount ELSE -l.amount END) AS net
             FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id
            WHERE e.club_id = ? AND l.account IN ('operating.cash', 'revolving.cash')
            GROUP BY e.on_date, l.account ORDER BY e.on_date`,
        )
          .bind(club.id)
          .all<{ day: string; account: string; net: number }>();
        const running = new Map<string, number>();
        for (const { day, account, net } of days.results) {
          running.set(account, (running.get(account) ?? 0) + net);
          expect(running.get(account), `${account} at the end of ${day}`).toBeGreaterThanOrEqual(0);
        }
        const balances = await call("GET", `/clubs/${club.id}/balances`, maker);
        const kept = await env.DB.prepare("SELECT fund, cash FROM fund_balances WHERE club_id = ?")
          .bind(club.id)
          .all<{ fund: "operating" | "revolving"; cash: number }>();
        for (const row of kept.results) expect(row.cash).toBe(balances.json.cash[row.fund]);
        const owed = await env.DB.prepare(
          `SELECT l.owed, l.status,
                    (SELECT coalesce(sum(json_extract(i.value, '$.principal') + json_extract(i.value, '$.interest')), 0)
                       FROM json_each(l.schedule) i) AS total,
                    (SELECT coalesce(sum(amount), 0) FROM loan_repayments r WHERE r.loan_id = l.id) AS repaid
               FROM loans l WHERE l.club_id = ? AND l.disbursed_on IS NOT NULL`,
        )
          .bind(club.id)
          .all<{ owed: number; status: string; total: number; repaid: number }>();
        for (const loan of owed.results) {
          if (loan.status === "written_off") expect(loan.owed).toBe(0);
          else expect(loan.owed).toBe(loan.total - loan.repaid);
          expect(loan.repaid).toBeLessThanOrEqual(loan.total);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
