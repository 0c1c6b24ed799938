import { env } from "cloudflare:workers";
import { suppressSmallCells } from "@ishc/domain";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type OrgFixture,
  seedClub,
  seedClubRecords,
  seedOrgFixture,
  tokenFor,
} from "../../../packages/edge-kit/testing/fixtures.ts";
import { tableCounts } from "../../../packages/edge-kit/testing/robustness.ts";
import { type Answer, call } from "./helpers";

/**
 * The funds service end to end, through the worker against the real local D1:
 * a club's books and a loan from application to closing, the bad input of
 * issue 6 refused with nothing posted, racing retries and racing repayments,
 * a failure inside a batch, scope and viewers, and offline batches.
 */

const TEST_TIMEOUT = 60_000;

type Club = { id: string; path: string; name: string };

let tree: OrgFixture;
let maker: string; // a commune A officer who enters things (every test club is in commune A)
let checker: string; // another commune A officer, who approves
let boardB: string; // club B's board
let viewer: string; // province viewer
let admin: string;

async function ok(res: Answer | Promise<Answer>, status = [200, 201]): Promise<Answer["json"]> {
  const answer = await res;
  expect(status, `${answer.status} ${answer.text.slice(0, 400)}`).toContain(answer.status);
  return answer.json;
}

/** The trial balance of the club's books (through the API) and of the raw lines (in SQL). */
async function expectBalancedBooks(clubId: string, token = maker) {
  const tb = await ok(call("GET", `/clubs/${clubId}/trial-balance`, token));
  expect(tb.difference).toBe(0);
  expect(tb.differenceByFund).toEqual({ operating: 0, revolving: 0 });
  expect(tb.totalDebit).toBe(tb.totalCredit);
  const raw = await env.DB.prepare(
    `SELECT coalesce(sum(CASE side WHEN 'debit' THEN amount ELSE -amount END), 0) AS net,
            (SELECT count(*) FROM fund_balances WHERE club_id = ?1 AND cash < 0) AS negative
       FROM journal_lines WHERE club_id = ?1`,
  )
    .bind(clubId)
    .first<{ net: number; negative: number }>();
  expect(raw).toEqual({ net: 0, negative: 0 });
  // The running cash the guards keep equals the journal's.
  const bal = await ok(call("GET", `/clubs/${clubId}/balances`, token));
  const kept = await env.DB.prepare("SELECT fund, cash FROM fund_balances WHERE club_id = ?")
    .bind(clubId)
    .all<{
      fund: "operating" | "revolving";
      cash: number;
    }>();
  for (const row of kept.results) expect(bal.cash[row.fund]).toBe(row.cash);
}

async function newMember(club: Club, poverty: "poor" | "near_poor" | "none" = "none") {
  const { personId } = await seedClubRecords(env.DB, club);
  if (poverty !== "none")
    await env.DB.prepare("UPDATE people SET poverty_status = ? WHERE id = ?").bind(poverty, personId).run();
  return personId;
}

async function setTerms(clubId: string, terms: Record<string, unknown>) {
  return ok(
    call("POST", `/clubs/${clubId}/loan-terms`, maker, {
      minAmount: 500_000,
      maxAmount: 20_000_000,
      ...terms,
    }),
  );
}

/** Applied by `maker`, approved by `checker`, paid out on `disbursedOn`. */
async function activeLoan(
  clubId: string,
  personId: string,
  principal: number,
  appliedOn: string,
  disbursedOn: string,
) {
  const loan = await ok(
    call("POST", `/clubs/${clubId}/loans`, maker, { personId, principal, purpose: "livestock", appliedOn }),
  );
  await ok(call("POST", `/loans/${loan.id}/approval`, checker, { approvedOn: appliedOn }));
  return ok(call("POST", `/loans/${loan.id}/disbursement`, maker, { disbursedOn }));
}

const grant = (clubId: string, fund: string, amount: number, receivedOn = "2024-01-02", token = maker) =>
  call("POST", `/clubs/${clubId}/grants`, token, { fund, source: "peoples_committee", amount, receivedOn });

beforeAll(async () => {
  tree = await seedOrgFixture(env.DB);
  maker = await tokenFor(env.DB, "commune_officer", tree.communeA);
  checker = await tokenFor(env.DB, "commune_officer", tree.communeA);
  boardB = await tokenFor(env.DB, "club_board", tree.clubB);
  viewer = await tokenFor(env.DB, "viewer", tree.province);
  admin = await tokenFor(env.DB, "province_admin", tree.province);
}, TEST_TIMEOUT);

describe("a club's books and one loan from application to closing", () => {
  it(
    "keeps the trial balance at zero after every step, and closes the loan when fully paid",
    async () => {
      const club = await seedClub(env.DB, tree.communeA, "CLB sổ sách");
      const hoa = await newMember(club, "near_poor");
      await expectBalancedBooks(club.id);

      await ok(grant(club.id, "revolving", 10_000_000, "2024-01-05"));
      await ok(
        call("POST", `/clubs/${club.id}/grants`, maker, {
          fund: "operating",
          source: "private_donor",
          amount: 1_000_000,
          receivedOn: "2024-01-06",
          memo: "Ông Nguyễn Văn Tâm ủng hộ",
        }),
      );
      await expectBalancedBooks(club.id);

      await ok(
        call("POST", `/clubs/${club.id}/fee-rates`, maker, {
          effectiveFrom: "2024-01",
          monthlyAmount: 3_000,
        }),
      );
      await ok(
        call("POST", `/clubs/${club.id}/fee-rates`, maker, {
          effectiveFrom: "2024-03",
          monthlyAmount: 5_000,
        }),
      );
      const fee = await ok(
        call("POST", `/clubs/${club.id}/fees`, maker, {
          personId: hoa,
          months: ["2024-03", "2024-02"],
          paidOn: "2024-03-05",
        }),
      );
      expect(fee).toMatchObject({ months: ["2024-02", "2024-03"], amount: 8_000 });
      const again = await call("POST", `/clubs/${club.id}/fees`, maker, {
        personId: hoa,
        months: ["2024-03"],
        paidOn: "2024-03-06",
      });
      expect(again.status).toBe(409);
      expect(again.json.errors[0]).toMatchObject({
        field: "months",
        rule: "months_already_paid",
        params: { months: "2024-03" },
      });

      await ok(
        call("POST", `/clubs/${club.id}/expenses`, maker, {
          amount: 200_000,
          paidOn: "2024-03-10",
          purpose: "Hoa quả",
        }),
      );
      await expectBalancedBooks(club.id);

      await setTerms(club.id, {
        effectiveFrom: "2024-01-01",
        termMonths: 3,
        monthlyRateBp: 100,
        method: "flat",
      });
      const applied = await ok(
        call("POST", `/clubs/${club.id}/loans`, maker, {
          personId: hoa,
          principal: 3_000_000,
          purpose: "small_trade",
          purposeNote: "Bán tạp hoá",
          appliedOn: "2024-04-01",
        }),
      );
      expect(applied).toMatchObject({
        status: "applied",
        method: "flat",
        termMonths: 3,
        monthlyRateBp: 100,
        owed: 0,
      });
      // Maker-checker: the one who entered it may not approve it.
      const own = await call("POST", `/loans/${applied.id}/approval`, maker, { approvedOn: "2024-04-02" });
      expect(own.status).toBe(403);
      expect(own.json.detail).toMatch(/another board member/);
      await ok(call("POST", `/loans/${applied.id}/approval`, checker, { approvedOn: "2024-04-02" }));
      const paidOut = await ok(
        call("POST", `/loans/${applied.id}/disbursement`, maker, { disbursedOn: "2024-04-05" }),
      );
      expect(paidOut).toMatchObject({
        status: "active",
        povertyStatusAtDisbursement: "near_poor",
        owed: 3_090_000,
      });
      expect(paidOut.instalments.map((i: { dueOn: string }) => i.dueOn)).toEqual([
        "2024-05-05",
        "2024-06-05",
        "2024-07-05",
      ]);
      await expectBalancedBooks(club.id);

      // 1,030,000 a month; 1,500,000 pays instalment 1 and 470,000 of instalment 2 (its 30,000 interest first).
      const first = await ok(
        call("POST", `/loans/${applied.id}/repayments`, maker, { amount: 1_500_000, paidOn: "2024-05-05" }),
      );
      expect(first.repayment).toMatchObject({ principal: 1_440_000, interest: 60_000 });
      expect(first.repayment.allocations).toEqual([
        { number: 1, principal: 1_000_000, interest: 30_000 },
        { number: 2, principal: 440_000, interest: 30_000 },
      ]);
      await expectBalancedBooks(club.id);
      const last = await ok(
        call("POST", `/loans/${applied.id}/repayments`, maker, { amount: 1_590_000, paidOn: "2024-07-01" }),
      );
      expect(last.loan).toMatchObject({ status: "closed", owed: 0, closedOn: "2024-07-01" });
      await expectBalancedBooks(club.id);

      const balances = await ok(call("GET", `/clubs/${club.id}/balances?on=2024-12-31`, maker));
      // revolving: 10,000,000 − 3,000,000 + 3,000,000; operating: 1,000,000 + 8,000 − 200,000 + 90,000 interest
      expect(balances.cash).toEqual({ revolving: 10_000_000, operating: 898_000 });
      expect(balances.accounts["operating.interest_income"]).toBe(90_000);
      // As of a day in the past, the books as they stood then.
      const then = await ok(call("GET", `/clubs/${club.id}/balances?on=2024-04-05`, maker));
      expect(then.cash.revolving).toBe(7_000_000);
      expect(then.accounts["revolving.loans_receivable"]).toBe(3_000_000);

      const statement = await ok(call("GET", `/clubs/${club.id}/members/${hoa}/statement`, maker));
      expect(statement.fees).toEqual([
        expect.objectContaining({ paidOn: "2024-03-05", months: ["2024-02", "2024-03"], amount: 8_000 }),
      ]);
      expect(statement.loans).toHaveLength(1);
      expect(statement.loans[0].repayments).toHaveLength(2);

      // Every write left an audit row.
      const audited = await env.DB.prepare(
        "SELECT action, count(*) AS n FROM audit_log WHERE service = 'funds' AND org_unit_id = ? GROUP BY action ORDER BY action",
      )
        .bind(club.id)
        .all<{ action: string; n: number }>();
      expect(Object.fromEntries(audited.results.map((r) => [r.action, r.n]))).toEqual({
        apply_for_loan: 1,
        approve_loan: 1,
        disburse_loan: 1,
        record_expense: 1,
        record_fee: 1,
        record_grant: 2,
        record_repayment: 2,
        set_fee_rate: 2,
        set_loan_terms: 1,
      });
    },
    TEST_TIMEOUT,
  );

  it(
    "reverses a grant by a new entry that points at it, once",
    async () => {
      const club = await seedClub(env.DB, tree.communeA, "CLB đảo bút toán");
      const entry = await ok(grant(club.id, "operating", 700_000, "2024-02-01"));
      const reversal = await ok(
        call("POST", `/entries/${entry.id}/reversals`, maker, { on: "2024-02-02", reason: "Ghi nhầm quỹ" }),
      );
      expect(reversal).toMatchObject({ kind: "reversal", reversesId: entry.id });
      expect(reversal.lines[0]).toEqual({ account: "operating.cash", side: "credit", amount: 700_000 });
      const twice = await call("POST", `/entries/${entry.id}/reversals`, maker, {
        on: "2024-02-03",
        reason: "Lần nữa",
      });
      expect(twice.status).toBe(409);
      expect(twice.json.errors).toEqual([expect.objectContaining({ field: "id", rule: "already_reversed" })]);
      await expectBalancedBooks(club.id);
      const b = await ok(call("GET", `/clubs/${club.id}/balances`, maker));
      expect(b.cash.operating).toBe(0);
      const original = await env.DB.prepare("SELECT count(*) AS n FROM journal_lines WHERE entry_id = ?")
        .bind(entry.id)
        .first<{ n: number }>();
      expect(original!.n).toBe(2); // never edited
    },
    TEST_TIMEOUT,
  );
});

describe("bad input: a 4xx problem naming the problem, nothing posted", () => {
  let club: Club;
  let member: string;
  let stranger: string;
  let loanId: string;
  let closedLoanId: string;
  let approvedLoanId: string;

  beforeAll(async () => {
    club = await seedClub(env.DB, tree.communeA, "CLB dữ liệu sai");
    member = await newMember(club);
    const otherClub = await seedClub(env.DB, tree.communeA, "CLB khác");
    stranger = await newMember(otherClub);
    await ok(grant(club.id, "revolving", 5_000_000));
    await setTerms(club.id, { effectiveFrom: "2024-01-01", termMonths: 2, monthlyRateBp: 0, method: "flat" });
    loanId = (await activeLoan(club.id, member, 1_000_000, "2024-02-01", "2024-02-02")).id;
    const closed = await activeLoan(club.id, member, 600_000, "2024-02-01", "2024-02-02");
    closedLoanId = closed.id;
    await ok(
      call("POST", `/loans/${closedLoanId}/repayments`, maker, { amount: 600_000, paidOn: "2024-03-01" }),
    );
    const approved = await ok(
      call("POST", `/clubs/${club.id}/loans`, maker, {
        personId: member,
        principal: 4_500_000,
        purpose: "crops",
        appliedOn: "2024-02-05",
      }),
    );
    await ok(call("POST", `/loans/${approved.id}/approval`, checker, { approvedOn: "2024-02-06" }));
    approvedLoanId = approved.id;
  }, TEST_TIMEOUT);

  const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

  const cases: [string, () => [string, string, unknown, string | null], number, string][] = [
    [
      "a zero amount",
      () => [
        "POST",
        `/clubs/${club.id}/grants`,
        { fund: "operating", source: "other", amount: 0, receivedOn: "2024-05-01" },
        "k",
      ],
      422,
      "amount",
    ],
    [
      "a negative amount",
      () => [
        "POST",
        `/clubs/${club.id}/expenses`,
        { amount: -5_000, paidOn: "2024-05-01", purpose: "x" },
        "k",
      ],
      422,
      "amount",
    ],
    [
      "a fractional amount",
      () => ["POST", `/loans/${loanId}/repayments`, { amount: 1000.5, paidOn: "2024-05-01" }, "k"],
      422,
      "amount",
    ],
    [
      "an amount above 2^53",
      () => [
        "POST",
        `/clubs/${club.id}/grants`,
        { fund: "revolving", source: "other", amount: 2 ** 53 + 2, receivedOn: "2024-05-01" },
        "k",
      ],
      422,
      "amount",
    ],
    [
      "a loan for someone not an active member of the club",
      () => [
        "POST",
        `/clubs/${club.id}/loans`,
        { personId: stranger, principal: 1_000_000, purpose: "crops", appliedOn: "2024-05-01" },
        "k",
      ],
      422,
      "personId",
    ],
    [
      "a loan outside the club's amount limits",
      () => [
        "POST",
        `/clubs/${club.id}/loans`,
        { personId: member, principal: 90_000_000, purpose: "crops", appliedOn: "2024-05-01" },
        "k",
      ],
      422,
      "principal",
    ],
    [
      "disbursing more than the revolving fund holds",
      () => ["POST", `/loans/${approvedLoanId}/disbursement`, { disbursedOn: "2024-05-01" }, "k"],
      409,
      "principal",
    ],
    [
      "an expense above what the operating fund holds",
      () => ["POST", `/clubs/${club.id}/expenses`, { amount: 1, paidOn: "2024-05-01", purpose: "x" }, "k"],
      409,
      "amount",
    ],
    [
      "repaying a closed loan",
      () => ["POST", `/loans/${closedLoanId}/repayments`, { amount: 1_000, paidOn: "2024-05-01" }, "k"],
      409,
      "status",
    ],
    [
      "repaying more than is owed",
      () => ["POST", `/loans/${loanId}/repayments`, { amount: 1_000_001, paidOn: "2024-05-01" }, "k"],
      422,
      "amount",
    ],
    [
      "a repayment dated in the future",
      () => ["POST", `/loans/${loanId}/repayments`, { amount: 1_000, paidOn: tomorrow() }, "k"],
      422,
      "paidOn",
    ],
    [
      "a grant dated in the future",
      () => [
        "POST",
        `/clubs/${club.id}/grants`,
        { fund: "operating", source: "other", amount: 1_000, receivedOn: tomorrow() },
        "k",
      ],
      422,
      "receivedOn",
    ],
    [
      "a repayment without an Idempotency-Key",
      () => ["POST", `/loans/${loanId}/repayments`, { amount: 1_000, paidOn: "2024-05-01" }, null],
      400,
      "Idempotency-Key",
    ],
    [
      "a grant without an Idempotency-Key",
      () => [
        "POST",
        `/clubs/${club.id}/grants`,
        { fund: "operating", source: "other", amount: 1_000, receivedOn: "2024-05-01" },
        null,
      ],
      400,
      "Idempotency-Key",
    ],
  ];

  const ruleOf: Record<string, string> = {
    "a loan for someone not an active member of the club": "not_active_member",
    "a loan outside the club's amount limits": "principal_out_of_terms",
    "disbursing more than the revolving fund holds": "fund_too_low",
    "an expense above what the operating fund holds": "fund_too_low",
    "repaying a closed loan": "wrong_loan_status",
    "repaying more than is owed": "exceeds_owed",
    "a repayment dated in the future": "in_future",
    "a grant dated in the future": "in_future",
  };

  it.each(cases)(
    "refuses %s",
    async (label, request, status, field) => {
      const [method, path, body, key] = request();
      const before = await tableCounts();
      const res = await call(method, path, maker, body, key === null ? null : crypto.randomUUID());
      expect(res.status, res.text).toBe(status);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.json.errors.map((e: { field: string }) => e.field)).toContain(field);
      if (ruleOf[label]) expect(res.json.errors[0]).toMatchObject({ field, rule: ruleOf[label] });
      expect(await tableCounts()).toEqual(before);
    },
    30_000,
  );

  it("refuses approving one's own entry (403) and posts nothing", async () => {
    const mine = await ok(
      call("POST", `/clubs/${club.id}/loans`, maker, {
        personId: member,
        principal: 700_000,
        purpose: "crops",
        appliedOn: "2024-05-01",
      }),
    );
    const before = await tableCounts();
    const res = await call("POST", `/loans/${mine.id}/approval`, maker, { approvedOn: "2024-05-02" });
    expect(res.status).toBe(403);
    expect(res.json.errors[0]).toMatchObject({ field: "approvedBy", rule: "own_application" });
    expect(await tableCounts()).toEqual(before);
    await expectBalancedBooks(club.id);
  }, 30_000);
});

describe("retries and races", () => {
  let club: Club;
  let member: string;

  beforeAll(async () => {
    club = await seedClub(env.DB, tree.communeA, "CLB mạng yếu");
    member = await newMember(club);
    await ok(grant(club.id, "revolving", 20_000_000));
    await setTerms(club.id, {
      effectiveFrom: "2024-01-01",
      termMonths: 10,
      monthlyRateBp: 50,
      method: "declining",
    });
  }, TEST_TIMEOUT);

  it(
    "posts a repayment once when 20 retries of it race, and answers each with the first answer",
    async () => {
      const loan = await activeLoan(club.id, member, 5_000_000, "2024-03-01", "2024-03-02");
      const key = crypto.randomUUID();
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          call("POST", `/loans/${loan.id}/repayments`, maker, { amount: 525_000, paidOn: "2024-04-02" }, key),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
      expect(new Set(answers.map((a) => a.json.repayment.id)).size).toBe(1);
      expect(answers.filter((a) => a.headers.get("idempotent-replayed") === "true")).toHaveLength(19);
      const posted = await env.DB.prepare("SELECT count(*) AS n FROM loan_repayments WHERE loan_id = ?")
        .bind(loan.id)
        .first<{ n: number }>();
      expect(posted!.n).toBe(1);
      await expectBalancedBooks(club.id);
      // The same key with another body is refused, and posts nothing.
      const other = await call(
        "POST",
        `/loans/${loan.id}/repayments`,
        maker,
        { amount: 1_000, paidOn: "2024-04-02" },
        key,
      );
      expect(other.status).toBe(422);
      expect(other.json.errors[0].field).toBe("Idempotency-Key");
    },
    TEST_TIMEOUT,
  );

  it(
    "never over-repays when parallel repayments together exceed what is owed",
    async () => {
      // 2,000,000 over 10 months at 0.5 % declining: 2,055,000 owed in all.
      const loan = await activeLoan(club.id, member, 2_000_000, "2024-03-01", "2024-03-02");
      expect(loan.owed).toBe(2_055_000);
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          call("POST", `/loans/${loan.id}/repayments`, maker, { amount: 600_000, paidOn: "2024-04-02" }),
        ),
      );
      const accepted = answers.filter((a) => a.status === 201);
      const refused = answers.filter((a) => a.status !== 201);
      expect(accepted).toHaveLength(3); // 3 × 600,000 = 1,800,000 ≤ 2,055,000 < 2,400,000
      for (const r of refused) {
        expect(r.status, r.text).toBe(422);
        expect(r.json.errors[0]).toMatchObject({
          field: "amount",
          message: expect.stringContaining("255000"),
          rule: "exceeds_owed",
          params: { owed: 255_000 },
        });
      }
      const row = await env.DB.prepare(
        "SELECT l.owed, (SELECT sum(amount) FROM loan_repayments WHERE loan_id = l.id) AS repaid FROM loans l WHERE id = ?",
      )
        .bind(loan.id)
        .first<{ owed: number; repaid: number }>();
      expect(row).toEqual({ owed: 255_000, repaid: 1_800_000 });
      // The allocations add up to the instalments, oldest first, never past any instalment.
      const detail = await ok(call("GET", `/loans/${loan.id}`, maker));
      const unpaid = detail.instalments.reduce(
        (s: number, i: { principalUnpaid: number; interestUnpaid: number }) =>
          s + i.principalUnpaid + i.interestUnpaid,
        0,
      );
      expect(unpaid).toBe(255_000);
      await expectBalancedBooks(club.id);
    },
    TEST_TIMEOUT,
  );

  it(
    "leaves nothing of a batch that fails inside: racing disbursements cannot overdraw the fund",
    async () => {
      const racing = await seedClub(env.DB, tree.communeA, "CLB giải ngân cùng lúc");
      const people = await Promise.all(Array.from({ length: 5 }, () => newMember(racing)));
      await ok(grant(racing.id, "revolving", 10_000_000));
      await setTerms(racing.id, {
        effectiveFrom: "2024-01-01",
        termMonths: 6,
        monthlyRateBp: 50,
        method: "flat",
      });
      const approved = [];
      for (const person of people) {
        const loan = await ok(
          call("POST", `/clubs/${racing.id}/loans`, maker, {
            personId: person,
            principal: 3_000_000,
            purpose: "crops",
            appliedOn: "2024-02-01",
          }),
        );
        await ok(call("POST", `/loans/${loan.id}/approval`, checker, { approvedOn: "2024-02-01" }));
        approved.push(loan.id);
      }
      const keysBefore = (await env.DB.prepare("SELECT count(*) AS n FROM idempotency_keys").first<{
        n: number;
      }>())!.n;
      const auditBefore = (await env.DB.prepare("SELECT count(*) AS n FROM audit_log").first<{
        n: number;
      }>())!.n;
      const answers = await Promise.all(
        approved.map((id) => call("POST", `/loans/${id}/disbursement`, maker, { disbursedOn: "2024-02-10" })),
      );
      const paid = answers.filter((a) => a.status === 200);
      expect(paid).toHaveLength(3); // 3 × 3,000,000 ≤ 10,000,000 < 4 × 3,000,000
      for (const a of answers.filter((x) => x.status !== 200)) {
        expect(a.status, a.text).toBe(409);
        expect(a.text).not.toMatch(/CHECK|constraint|SQL/i);
        expect(a.json.errors[0].field).toBe("principal");
      }
      const state = await env.DB.prepare(
        `SELECT (SELECT count(*) FROM loans WHERE club_id = ?1 AND status = 'active') AS active,
                (SELECT count(*) FROM loans WHERE club_id = ?1 AND status = 'approved') AS approved,
                (SELECT count(*) FROM journal_entries WHERE club_id = ?1 AND kind = 'loan_disbursed') AS entries,
                (SELECT cash FROM fund_balances WHERE club_id = ?1 AND fund = 'revolving') AS cash`,
      )
        .bind(racing.id)
        .first();
      expect(state).toEqual({ active: 3, approved: 2, entries: 3, cash: 1_000_000 });
      const keysAfter = (await env.DB.prepare("SELECT count(*) AS n FROM idempotency_keys").first<{
        n: number;
      }>())!.n;
      const auditAfter = (await env.DB.prepare("SELECT count(*) AS n FROM audit_log").first<{ n: number }>())!
        .n;
      expect(keysAfter - keysBefore).toBe(3);
      expect(auditAfter - auditBefore).toBe(3);
      await expectBalancedBooks(racing.id);
    },
    TEST_TIMEOUT,
  );

  it(
    "applies a phone's queued writes in order through POST /sync, and a resent batch posts nothing twice",
    async () => {
      const loan = await activeLoan(club.id, member, 1_000_000, "2024-05-01", "2024-05-02");
      const operations = [
        {
          idempotencyKey: crypto.randomUUID(),
          method: "post",
          path: `/loans/${loan.id}/repayments`,
          body: { amount: 100_000, paidOn: "2024-06-02" },
        },
        {
          idempotencyKey: crypto.randomUUID(),
          method: "post",
          path: `/loans/${loan.id}/repayments`,
          body: { amount: 9_999_999, paidOn: "2024-06-03" },
        },
        {
          idempotencyKey: crypto.randomUUID(),
          method: "post",
          path: `/clubs/${club.id}/grants`,
          body: { fund: "operating", source: "association", amount: 300_000, receivedOn: "2024-06-03" },
        },
      ];
      const first = await ok(call("POST", "/sync", maker, { operations }));
      expect(first.results.map((r: { status: number }) => r.status)).toEqual([201, 422, 201]);
      expect(first).toMatchObject({ applied: 2, refused: 1 });
      const again = await ok(call("POST", "/sync", maker, { operations }));
      expect(again.results.map((r: { replayed: boolean }) => r.replayed)).toEqual([true, false, true]);
      const n = await env.DB.prepare("SELECT count(*) AS n FROM loan_repayments WHERE loan_id = ?")
        .bind(loan.id)
        .first<{ n: number }>();
      expect(n!.n).toBe(1);
      await expectBalancedBooks(club.id);
    },
    TEST_TIMEOUT,
  );
});

describe("who sees and moves which money", () => {
  it(
    "answers 404 to club B's board for club A's money, reads and writes alike, and posts nothing",
    async () => {
      const club = tree.clubA;
      const person = await newMember(club);
      await ok(grant(club.id, "revolving", 5_000_000));
      await setTerms(club.id, {
        effectiveFrom: "2024-01-01",
        termMonths: 4,
        monthlyRateBp: 50,
        method: "flat",
      });
      const loan = await activeLoan(club.id, person, 1_000_000, "2024-03-01", "2024-03-02");
      const before = await tableCounts();
      for (const [method, path, body] of [
        ["GET", `/clubs/${club.id}/balances`, undefined],
        ["GET", `/clubs/${club.id}/trial-balance`, undefined],
        ["GET", `/clubs/${club.id}/entries`, undefined],
        ["GET", `/loans/${loan.id}`, undefined],
        ["GET", `/org-units/${club.id}/fund-measures`, undefined],
        [
          "POST",
          `/clubs/${club.id}/grants`,
          { fund: "operating", source: "other", amount: 1_000, receivedOn: "2024-05-01" },
        ],
        ["POST", `/clubs/${club.id}/expenses`, { amount: 1_000, paidOn: "2024-05-01", purpose: "x" }],
        ["POST", `/loans/${loan.id}/repayments`, { amount: 1_000, paidOn: "2024-05-01" }],
        ["POST", `/loans/${loan.id}/write-off`, { writtenOffOn: "2024-05-01", reason: "x" }],
      ] as const) {
        const res = await call(method, path, boardB, body);
        expect(res.status, `${method} ${path}: ${res.text}`).toBe(404);
      }
      expect(await tableCounts()).toEqual(before);
    },
    TEST_TIMEOUT,
  );

  it(
    "shows a viewer aggregates only: measures and balances, never a named borrower",
    async () => {
      const club = await seedClub(env.DB, tree.communeA, "CLB người xem");
      const person = await newMember(club, "poor");
      await ok(grant(club.id, "revolving", 5_000_000));
      await setTerms(club.id, {
        effectiveFrom: "2024-01-01",
        termMonths: 2,
        monthlyRateBp: 50,
        method: "flat",
      });
      const loan = await activeLoan(club.id, person, 1_000_000, "2024-03-01", "2024-03-02");
      for (const path of [
        `/clubs/${club.id}/loans`,
        `/loans/${loan.id}`,
        `/org-units/${tree.province.id}/arrears`,
        `/clubs/${club.id}/members/${person}/statement`,
        `/clubs/${club.id}/entries`,
      ]) {
        const res = await call("GET", path, viewer);
        expect(res.status, path).toBe(403);
      }
      const measures = await ok(
        call("GET", `/org-units/${tree.province.id}/fund-measures?on=2024-06-30`, viewer),
      );
      // Poverty status is sensitive: the viewer sees what an admin sees, with groups under 5 as "<5".
      const exact = await ok(
        call("GET", `/org-units/${tree.province.id}/fund-measures?on=2024-06-30`, admin),
      );
      expect(exact.borrowersByPovertyStatus.poor).toBeGreaterThanOrEqual(1);
      const { total, ...byStatus } = exact.borrowersByPovertyStatus;
      const published = suppressSmallCells(total, byStatus);
      expect(measures.borrowersByPovertyStatus).toEqual({ ...published.parts, total: published.total });
      expect(measures.outstandingPrincipal).toBe(exact.outstandingPrincipal);
      expect(JSON.stringify(measures)).not.toContain("Hoàng Thị Lan");
      expect(JSON.stringify(measures)).not.toContain(person);
      await ok(call("GET", `/clubs/${club.id}/balances`, viewer));
      // The admin above sees the borrower in arrears by name.
      const arrears = await ok(call("GET", `/org-units/${tree.communeA.id}/arrears?on=2024-06-30`, admin));
      expect(arrears.items.find((i: { loanId: string }) => i.loanId === loan.id)).toMatchObject({
        borrowerName: "Hoàng Thị Lan",
      });
    },
    TEST_TIMEOUT,
  );
});

describe("member fees paid twice at once", () => {
  it(
    "posts a month once when two payments for it race, the other refused 409 by the months' key",
    async () => {
      const club = await seedClub(env.DB, tree.communeA, "CLB hội phí");
      const member = await newMember(club);
      await ok(
        call("POST", `/clubs/${club.id}/fee-rates`, maker, {
          effectiveFrom: "2024-01",
          monthlyAmount: 2_000,
        }),
      );
      const answers = await Promise.all(
        Array.from({ length: 4 }, () =>
          call("POST", `/clubs/${club.id}/fees`, maker, {
            personId: member,
            months: ["2024-05"],
            paidOn: "2024-05-03",
          }),
        ),
      );
      expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
      for (const a of answers.filter((x) => x.status !== 201)) {
        expect(a.status, a.text).toBe(409);
        expect(a.json.errors[0].field).toBe("months");
      }
      const b = await ok(call("GET", `/clubs/${club.id}/balances`, maker));
      expect(b.accounts["operating.fee_income"]).toBe(2_000);
      await expectBalancedBooks(club.id);
    },
    TEST_TIMEOUT,
  );
});
