import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates";
import { vnd } from "../money";
import {
  ACCOUNT_INFO,
  ACCOUNTS,
  availableCash,
  balances,
  canPay,
  canPost,
  cashEffect,
  expensePaid,
  FUNDS,
  feeReceived,
  GRANT_SOURCES,
  grantReceived,
  type JournalEntry,
  loanDisbursed,
  loanWrittenOff,
  type NewJournalEntry,
  repaymentReceived,
  reversalOf,
  reversedIds,
  trialBalance,
  validateEntry,
} from "./ledger";

const RUNS = { numRuns: 200 };
const posted = (e: NewJournalEntry, id: string): JournalEntry => ({ ...e, id });

describe("accounts", () => {
  it("is a closed vocabulary: every account has a fund and a normal side", () => {
    expect(ACCOUNTS).toHaveLength(17);
    expect(new Set(ACCOUNTS).size).toBe(ACCOUNTS.length);
    for (const account of ACCOUNTS) {
      expect(FUNDS).toContain(ACCOUNT_INFO[account].fund);
      expect(account.startsWith(`${ACCOUNT_INFO[account].fund}.`)).toBe(true);
    }
    expect(ACCOUNT_INFO["revolving.write_offs"]).toEqual({
      fund: "revolving",
      normal: "debit",
      kind: "expense",
    });
    expect(ACCOUNT_INFO["revolving.loans_receivable"].normal).toBe("debit");
    expect(ACCOUNT_INFO["operating.interest_income"].normal).toBe("credit");
    for (const fund of FUNDS)
      for (const source of GRANT_SOURCES)
        expect(ACCOUNT_INFO[`${fund}.grants.${source}`]).toEqual({ fund, normal: "credit", kind: "grant" });
  });
});

describe("validateEntry", () => {
  const on = "2025-03-01";
  const line = (account: string, side: string, amount: number) => ({ account, side, amount });

  it("accepts balanced lines of positive whole đồng", () => {
    const result = validateEntry({
      on,
      lines: [line("operating.cash", "debit", 5_000), line("operating.fee_income", "credit", 5_000)],
    });
    expect(result.ok).toBe(true);
  });

  it("refuses fewer than two lines", () => {
    expect(validateEntry({ on, lines: [line("operating.cash", "debit", 1)] })).toEqual({
      ok: false,
      error: [
        { code: "too_few_lines", lines: 1 },
        { code: "unbalanced", debits: 1, credits: 0 },
      ],
    });
    expect(validateEntry({ on, lines: [] }).ok).toBe(false);
  });

  it("refuses zero, negative, fractional and unsafe amounts", () => {
    for (const bad of [0, -1, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = validateEntry({
        on,
        lines: [line("operating.cash", "debit", bad), line("operating.fee_income", "credit", bad)],
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.map((i) => i.code)).toEqual(["bad_amount", "bad_amount"]);
    }
  });

  it("refuses unbalanced lines, off by one đồng", () => {
    const result = validateEntry({
      on,
      lines: [line("operating.cash", "debit", 5_001), line("operating.fee_income", "credit", 5_000)],
    });
    expect(result).toEqual({ ok: false, error: [{ code: "unbalanced", debits: 5_001, credits: 5_000 }] });
  });

  it("refuses totals past the safe range even when each line is safe", () => {
    const max = Number.MAX_SAFE_INTEGER;
    const result = validateEntry({
      on,
      lines: [
        line("operating.cash", "debit", max),
        line("revolving.cash", "debit", 1),
        line("operating.fee_income", "credit", max),
        line("operating.fee_income", "credit", 1),
      ],
    });
    expect(result.ok).toBe(false);
  });

  it("refuses unknown accounts, sides and dates", () => {
    const result = validateEntry({
      on: "2025-02-30",
      lines: [line("petty.cash", "debit", 1), line("operating.fee_income", "left", 1)],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.map((i) => i.code).sort()).toEqual(["bad_date", "bad_side", "unknown_account"]);
  });
});

describe("builders", () => {
  const on = "2025-04-10";
  const all: NewJournalEntry[] = [
    grantReceived({ on, fund: "revolving", source: "peoples_committee", amount: 20_000_000 }),
    grantReceived({
      on,
      fund: "operating",
      source: "private_donor",
      amount: 500_000,
      memo: "Ông Nguyễn Văn A",
    }),
    feeReceived({ on, amount: 3_000 }),
    expensePaid({ on, amount: 150_000, purpose: "tea for the monthly meeting" }),
    loanDisbursed({ on, loanId: "loan_1", amount: 5_000_000 }),
    repaymentReceived({ on, loanId: "loan_1", principal: 416_666, interest: 25_000 }),
    repaymentReceived({ on, loanId: "loan_1", principal: 0, interest: 25_000 }),
    repaymentReceived({ on, loanId: "loan_1", principal: 1, interest: 0 }),
    loanWrittenOff({ on, loanId: "loan_1", amount: 1_000_000 }),
  ];

  it("each returns an entry validateEntry accepts, balanced within each fund", () => {
    for (const e of all) {
      expect(validateEntry(e).ok).toBe(true);
      expect(trialBalance([e], on).differenceByFund).toEqual({ operating: 0, revolving: 0 });
    }
  });

  it("posts to the accounts the business event names", () => {
    expect(all[0]!.lines).toEqual([
      { account: "revolving.cash", side: "debit", amount: 20_000_000 },
      { account: "revolving.grants.peoples_committee", side: "credit", amount: 20_000_000 },
    ]);
    expect(all[3]!.memo).toBe("tea for the monthly meeting");
    expect(all[4]!.lines.map((l) => [l.account, l.side])).toEqual([
      ["revolving.loans_receivable", "debit"],
      ["revolving.cash", "credit"],
    ]);
    expect(all[5]!.lines.map((l) => [l.account, l.side, l.amount])).toEqual([
      ["revolving.cash", "debit", 416_666],
      ["revolving.loans_receivable", "credit", 416_666],
      ["operating.cash", "debit", 25_000],
      ["operating.interest_income", "credit", 25_000],
    ]);
    expect(all[8]!.lines.map((l) => [l.account, l.side])).toEqual([
      ["revolving.write_offs", "debit"],
      ["revolving.loans_receivable", "credit"],
    ]);
  });

  it("throws on amounts a contract would have refused", () => {
    expect(() => feeReceived({ on, amount: 0 })).toThrow(RangeError);
    expect(() => expensePaid({ on, amount: 10.5, purpose: "x" })).toThrow(RangeError);
    expect(() => repaymentReceived({ on, loanId: "l", principal: 0, interest: 0 })).toThrow(RangeError);
    expect(() => repaymentReceived({ on, loanId: "l", principal: -1, interest: 2 })).toThrow(RangeError);
    expect(() => feeReceived({ on: "2025-13-01", amount: 1 })).toThrow(RangeError);
  });

  it("reverses an entry: every line on the other side, pointing at the original, never before it", () => {
    const original = posted(repaymentReceived({ on, loanId: "loan_1", principal: 10, interest: 2 }), "jrn_1");
    const reversal = reversalOf(original, "2025-04-11", "entered twice");
    expect(reversal.kind).toBe("reversal");
    expect(reversal.reverses).toBe("jrn_1");
    expect(reversal.loanId).toBe("loan_1");
    expect(reversal.lines.map((l) => l.side)).toEqual(["credit", "debit", "credit", "debit"]);
    expect(
      trialBalance([original, reversal], "2025-04-11").rows.every((r) => r.debit === 0 && r.credit === 0),
    ).toBe(true);
    expect(reversalOf(original, on).on).toBe(on);
    expect(() => reversalOf(original, "2025-04-09")).toThrow(RangeError);
    expect(reversedIds([original, reversal])).toEqual(new Set(["jrn_1"]));
  });
});

describe("balances and guards", () => {
  const entries = [
    posted(
      grantReceived({ on: "2025-01-05", fund: "revolving", source: "association", amount: 10_000_000 }),
      "a",
    ),
    posted(feeReceived({ on: "2025-01-06", amount: 100_000 }), "b"),
    posted(loanDisbursed({ on: "2025-01-10", loanId: "l1", amount: 4_000_000 }), "c"),
    posted(expensePaid({ on: "2025-02-01", amount: 60_000, purpose: "flowers" }), "d"),
  ];

  it("counts entries up to the end of the as-of day", () => {
    expect(balances(entries, "2025-01-04").cash).toEqual({ operating: 0, revolving: 0 });
    expect(balances(entries, "2025-01-05").cash).toEqual({ operating: 0, revolving: 10_000_000 });
    const end = balances(entries, "2025-12-31");
    expect(end.cash).toEqual({ operating: 40_000, revolving: 6_000_000 });
    expect(end.accounts["revolving.loans_receivable"]).toBe(4_000_000);
    expect(end.accounts["revolving.grants.association"]).toBe(10_000_000);
    expect(end.accounts["operating.expenses"]).toBe(60_000);
  });

  it("lets a fund pay up to its cash and not one đồng more", () => {
    const b = balances(entries, "2025-12-31");
    expect(canPay(b, "operating", 40_000)).toBe(true);
    expect(canPay(b, "operating", 40_001)).toBe(false);
    expect(canPay(b, "revolving", 0)).toBe(false);
    expect(canPay(b, "revolving", 1.5)).toBe(false);
    expect(canPost(b, loanWrittenOff({ on: "2025-12-31", loanId: "l1", amount: 4_000_000 }))).toBe(true);
    expect(canPost(b, loanWrittenOff({ on: "2025-12-31", loanId: "l1", amount: 4_000_001 }))).toBe(false);
    expect(canPost(b, reversalOf(entries[0]!, "2025-12-31"))).toBe(false);
    expect(cashEffect(entries[2]!)).toEqual({ operating: 0, revolving: -4_000_000 });
  });

  it("keeps back-dated payments from taking cash a later payment already took", () => {
    // 100,000 in on 6 Jan, 60,000 out on 1 Feb: a payment dated 10 Jan may take 40,000 at most.
    expect(availableCash(entries, "operating", "2025-01-10")).toBe(40_000);
    expect(availableCash(entries, "operating", "2025-01-05")).toBe(0);
    expect(availableCash(entries, "revolving", "2025-01-05")).toBe(6_000_000);
  });
});

// --- a random club's books, every operation guarded ---------------------------

const amount = fc.integer({ min: 1, max: 50_000_000 });
const op = fc.oneof(
  fc.record({
    type: fc.constant("grant" as const),
    fund: fc.constantFrom(...FUNDS),
    source: fc.constantFrom(...GRANT_SOURCES),
    amount,
  }),
  fc.record({ type: fc.constant("fee" as const), amount }),
  fc.record({ type: fc.constant("expense" as const), amount }),
  fc.record({ type: fc.constant("disburse" as const), amount }),
  fc.record({ type: fc.constant("repay" as const), principal: fc.nat(5_000_000), interest: fc.nat(500_000) }),
  fc.record({ type: fc.constant("writeOff" as const), amount }),
  fc.record({ type: fc.constant("reverse" as const), pick: fc.nat() }),
);
const steps = fc.array(fc.tuple(op, fc.integer({ min: 0, max: 40 })), { maxLength: 60 });

describe("any sequence of guarded operations", () => {
  it("keeps the trial balance at zero and no fund's cash below zero, on every day", () => {
    fc.assert(
      fc.property(steps, (ops) => {
        const entries: JournalEntry[] = [];
        let on = "2024-01-01";
        for (const [o, gap] of ops) {
          on = addDays(on, gap);
          const before = balances(entries, on);
          let next: NewJournalEntry | null = null;
          switch (o.type) {
            case "grant":
              next = grantReceived({ on, fund: o.fund, source: o.source, amount: o.amount });
              break;
            case "fee":
              next = feeReceived({ on, amount: o.amount });
              break;
            case "expense":
              if (canPay(before, "operating", o.amount))
                next = expensePaid({ on, amount: o.amount, purpose: "activities" });
              break;
            case "disburse":
              if (canPay(before, "revolving", o.amount))
                next = loanDisbursed({ on, loanId: `l${entries.length}`, amount: o.amount });
              break;
            case "repay": {
              const principal = Math.min(o.principal, before.accounts["revolving.loans_receivable"]);
              if (principal + o.interest > 0)
                next = repaymentReceived({ on, loanId: "l", principal, interest: o.interest });
              break;
            }
            case "writeOff": {
              const candidate = loanWrittenOff({ on, loanId: "l", amount: o.amount });
              if (canPost(before, candidate)) next = candidate;
              break;
            }
            case "reverse": {
              const open = entries.filter((e) => e.kind !== "reversal" && !reversedIds(entries).has(e.id));
              if (open.length === 0) break;
              const candidate = reversalOf(open[o.pick % open.length]!, on);
              if (canPost(before, candidate)) next = candidate;
              break;
            }
          }
          if (next === null) continue;
          expect(validateEntry(next).ok).toBe(true);
          entries.push(posted(next, `jrn_${entries.length}`));
          const after = balances(entries, on);
          expect(after.cash.operating).toBeGreaterThanOrEqual(0);
          expect(after.cash.revolving).toBeGreaterThanOrEqual(0);
          expect(after.accounts["revolving.loans_receivable"]).toBeGreaterThanOrEqual(0);
          const tb = trialBalance(entries, on);
          expect(tb.difference).toBe(0);
          expect(tb.totalDebit).toBe(tb.totalCredit);
          expect(tb.differenceByFund).toEqual({ operating: 0, revolving: 0 });
        }
        // Cash is what came in less what went out, fund by fund.
        const end = balances(entries, on);
        for (const fund of FUNDS) {
          const net = entries.reduce((sum, e) => sum + cashEffect(e)[fund], 0);
          expect(end.cash[fund]).toBe(vnd(net));
        }
      }),
      RUNS,
    );
  });

  it("counts as of a date exactly the entries dated on or before it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 365 }), amount), { maxLength: 30 }),
        fc.integer({ min: -1, max: 366 }),
        (fees, cut) => {
          const entries = fees.map(([day, a], i) =>
            posted(feeReceived({ on: addDays("2025-01-01", day), amount: a }), `f${i}`),
          );
          const asOf = addDays("2025-01-01", cut);
          const expected = fees.filter(([day]) => day <= cut).reduce((sum, [, a]) => sum + a, 0);
          expect(balances(entries, asOf).cash.operating).toBe(expected);
          expect(balances(entries, asOf).accounts["operating.fee_income"]).toBe(expected);
          expect(trialBalance(entries, asOf).difference).toBe(0);
        },
      ),
      RUNS,
    );
  });
});
