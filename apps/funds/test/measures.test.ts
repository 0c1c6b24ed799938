import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import {
  seedClub,
  seedClubRecords,
  seedOrgFixture,
  tokenFor,
} from "../../../packages/edge-kit/testing/fixtures.ts";
import { type Answer, call } from "./helpers";

/**
 * A hand-made portfolio, entered through the worker, whose measures on
 * 2025-06-30 were worked out by hand (below) before the service computed them.
 *
 * Loan A — flat, 1,200,000 over 6 months at 1 % a month (100 bp), paid out 2025-01-15.
 *   Interest 1,200,000 × 1 % = 12,000 a month; principal 200,000 a month: 212,000 an instalment,
 *   due 02-15, 03-15, 04-15, 05-15, 06-15, 07-15.
 *   Paid 212,000 on 02-15 (instalment 1, on its due day), 212,000 on 03-10 (instalment 2, early),
 *   212,000 on 05-01 (instalment 3, 16 days late). Nothing for instalments 4 and 5.
 *   On 06-30: principal outstanding 1,200,000 − 3 × 200,000 = 600,000; instalment 4 (due 05-15)
 *   is 16 + 30 = 46 days late → at risk (PAR30); instalment 5 is 15 days late.
 *   Due by 06-30: instalments 1–5 = 5 × 212,000 = 1,060,000; paid by each due date: 1 and 2 = 424,000.
 *   Interest received: 3 × 12,000 = 36,000.
 *
 * Loan B — declining, 3,000,000 over 3 months at 0.5 % a month (50 bp), paid out 2025-03-31
 *   (due 04-30, 05-31, 06-30: the 31st clamped to April's last day).
 *   Principal 1,000,000 an instalment; interest on the balance: 3,000,000 × 0.5 % = 15,000,
 *   2,000,000 × 0.5 % = 10,000, 1,000,000 × 0.5 % = 5,000 → 1,015,000, 1,010,000, 1,005,000.
 *   Paid 2,025,000 on 04-20 (instalments 1 and 2, both early), 1,005,000 on 06-30 (instalment 3 on its
 *   due day) → closed on 06-30. Outstanding 0; due by 06-30 3,030,000, all on time. Interest 30,000.
 *
 * Loan C — flat, 2,000,000 over 4 months at 1 % a month, paid out 2025-05-20 to a poor member.
 *   Instalment 1 (500,000 + 20,000 = 520,000) due 06-20, not paid: 10 days late on 06-30, in arrears
 *   but not at risk. Outstanding 2,000,000. Due 520,000, on time 0.
 *
 * On 2025-06-30:
 *   outstanding principal  = 600,000 + 0 + 2,000,000           = 2,600,000
 *   PAR30                  = 600,000 ÷ 2,600,000                ≈ 0.2308
 *   on-time rate           = (424,000 + 3,030,000 + 0) ÷ (1,060,000 + 3,030,000 + 520,000)
 *                          = 3,454,000 ÷ 4,610,000              ≈ 0.7493
 *   loans in arrears       = A and C: 2, outstanding 2,600,000
 *   in 2025-01-01..06-30: disbursed 3 loans, 6,200,000; principal repaid 600,000 + 3,000,000 = 3,600,000;
 *   interest received 36,000 + 30,000 = 66,000; borrowers by poverty status: none 2 (A, B), poor 1 (C).
 *   Members: 3 active (each borrowed) → share 3 ÷ 3. The club holds both funds (a revolving grant, and
 *   interest into the operating fund).
 */
describe("measures of a hand-made portfolio", () => {
  let tree: Awaited<ReturnType<typeof seedOrgFixture>>;
  let clubId: string;
  let maker: string;
  let loans: { a: string; b: string; c: string };

  const ok = async (res: Promise<Answer>) => {
    const answer = await res;
    expect(answer.status, answer.text.slice(0, 400)).toBeLessThan(300);
    return answer.json;
  };

  beforeAll(async () => {
    tree = await seedOrgFixture(env.DB);
    const club = await seedClub(env.DB, tree.communeA, "CLB danh mục mẫu");
    clubId = club.id;
    maker = await tokenFor(env.DB, "commune_officer", tree.communeA);
    const checker = await tokenFor(env.DB, "commune_officer", tree.communeA);
    const [pa, pb, pc] = [
      (await seedClubRecords(env.DB, club)).personId,
      (await seedClubRecords(env.DB, club)).personId,
      (await seedClubRecords(env.DB, club)).personId,
    ];
    await env.DB.prepare("UPDATE people SET poverty_status = 'poor' WHERE id = ?").bind(pc).run();
    await ok(
      call("POST", `/clubs/${clubId}/grants`, maker, {
        fund: "revolving",
        source: "project",
        amount: 10_000_000,
        receivedOn: "2025-01-02",
      }),
    );
    const terms = [
      { effectiveFrom: "2025-01-01", termMonths: 6, monthlyRateBp: 100, method: "flat" },
      { effectiveFrom: "2025-03-01", termMonths: 3, monthlyRateBp: 50, method: "declining" },
      { effectiveFrom: "2025-05-01", termMonths: 4, monthlyRateBp: 100, method: "flat" },
    ];
    for (const t of terms)
      await ok(
        call("POST", `/clubs/${clubId}/loan-terms`, maker, {
          minAmount: 500_000,
          maxAmount: 5_000_000,
          ...t,
        }),
      );
    const lend = async (personId: string, principal: number, appliedOn: string, disbursedOn: string) => {
      const loan = await ok(
        call("POST", `/clubs/${clubId}/loans`, maker, {
          personId,
          principal,
          purpose: "livestock",
          appliedOn,
        }),
      );
      await ok(call("POST", `/loans/${loan.id}/approval`, checker, { approvedOn: appliedOn }));
      await ok(call("POST", `/loans/${loan.id}/disbursement`, maker, { disbursedOn }));
      return loan.id as string;
    };
    const pay = (loanId: string, amount: number, paidOn: string) =>
      ok(call("POST", `/loans/${loanId}/repayments`, maker, { amount, paidOn }));
    loans = {
      a: await lend(pa, 1_200_000, "2025-01-10", "2025-01-15"),
      b: await lend(pb, 3_000_000, "2025-03-20", "2025-03-31"),
      c: await lend(pc, 2_000_000, "2025-05-10", "2025-05-20"),
    };
    await pay(loans.a, 212_000, "2025-02-15");
    await pay(loans.a, 212_000, "2025-03-10");
    await pay(loans.b, 2_025_000, "2025-04-20");
    await pay(loans.a, 212_000, "2025-05-01");
    await pay(loans.b, 1_005_000, "2025-06-30");
  }, 60_000);

  it("gives the schedules worked out by hand", async () => {
    const b = await ok(call("GET", `/loans/${loans.b}`, maker));
    expect(
      b.instalments.map((i: { dueOn: string; principal: number; interest: number }) => [
        i.dueOn,
        i.principal,
        i.interest,
      ]),
    ).toEqual([
      ["2025-04-30", 1_000_000, 15_000],
      ["2025-05-31", 1_000_000, 10_000],
      ["2025-06-30", 1_000_000, 5_000],
    ]);
    expect(b).toMatchObject({ status: "closed", closedOn: "2025-06-30", owed: 0 });
    const a = await ok(call("GET", `/loans/${loans.a}`, maker));
    expect(a.owed).toBe(6 * 212_000 - 3 * 212_000);
  }, 30_000);

  it("gives PAR30, on-time rate, outstanding, arrears and interest matching the hand calculation", async () => {
    const m = await ok(call("GET", `/org-units/${clubId}/fund-measures?on=2025-06-30`, maker));
    expect(m.outstandingPrincipal).toBe(2_600_000);
    expect(m.loansOutstanding).toBe(2);
    expect(m.par30).toEqual({ numerator: 600_000, denominator: 2_600_000, ratio: 600_000 / 2_600_000 });
    expect(m.onTimeRepaymentRate).toEqual({
      numerator: 3_454_000,
      denominator: 4_610_000,
      ratio: 3_454_000 / 4_610_000,
    });
    expect(m.loansInArrears).toEqual({ count: 2, outstanding: 2_600_000 });
    expect(m.period).toEqual({ from: "2025-01-01", to: "2025-06-30" });
    expect(m.disbursed).toEqual({ count: 3, amount: 6_200_000 });
    expect(m.repaid).toEqual({ principal: 3_600_000, interest: 66_000 });
    expect(m.borrowersByPovertyStatus).toEqual({ poor: 1, near_poor: 0, none: 2, total: 3 });
    expect(m.writeOffs).toEqual({ count: 0, amount: 0 });
    expect(m.shareOfMembersWhoBorrowed).toEqual({ numerator: 3, denominator: 3, ratio: 1 });
    expect(m).toMatchObject({ clubs: 1, clubsHoldingBothFunds: 1 });
    expect(m.grants.revolving.project).toBe(10_000_000);

    // The same figures for the commune, which holds this club and the fixture's club A.
    const commune = await ok(
      call("GET", `/org-units/${tree.communeA.id}/fund-measures?on=2025-06-30`, maker),
    );
    expect(commune.outstandingPrincipal).toBe(2_600_000);
    expect(commune.clubs).toBe(2);

    const arrears = await ok(call("GET", `/org-units/${clubId}/arrears?on=2025-06-30`, maker));
    expect(
      arrears.items.map((i: { loanId: string; daysOverdue: number; overdueInstalments: number }) => [
        i.loanId,
        i.daysOverdue,
        i.overdueInstalments,
      ]),
    ).toEqual([
      [loans.a, 46, 2],
      [loans.c, 10, 1],
    ]);
    // The operating fund holds the interest: 66,000.
    const balances = await ok(call("GET", `/clubs/${clubId}/balances?on=2025-06-30`, maker));
    expect(balances.cash.operating).toBe(66_000);
  }, 30_000);

  it('shows a viewer borrowers by poverty status with groups under 5 as "<5", and the other figures exactly', async () => {
    const viewer = await tokenFor(env.DB, "viewer", tree.communeA);
    const m = await ok(call("GET", `/org-units/${clubId}/fund-measures?on=2025-06-30`, viewer));
    expect(m.borrowersByPovertyStatus).toEqual({ poor: "<5", near_poor: "<5", none: "<5", total: "<5" });
    expect(m.outstandingPrincipal).toBe(2_600_000);
    expect(m.disbursed).toEqual({ count: 3, amount: 6_200_000 });
  }, 30_000);

  it("writes off what is left of a loan and takes it out of the portfolio", async () => {
    await ok(
      call("POST", `/loans/${loans.c}/write-off`, maker, {
        writtenOffOn: "2025-07-15",
        reason: "Hộ chuyển đi nơi khác",
      }),
    );
    const m = await ok(
      call("GET", `/org-units/${clubId}/fund-measures?on=2025-07-31&from=2025-07-01`, maker),
    );
    expect(m.writeOffs).toEqual({ count: 1, amount: 2_000_000 });
    expect(m.outstandingPrincipal).toBe(600_000);
    const tb = await ok(call("GET", `/clubs/${clubId}/trial-balance`, maker));
    expect(tb.difference).toBe(0);
    const twice = await call("POST", `/loans/${loans.c}/write-off`, maker, {
      writtenOffOn: "2025-07-16",
      reason: "Lần nữa",
    });
    expect(twice.status).toBe(409);
  }, 30_000);
});
