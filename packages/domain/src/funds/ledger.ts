import type { IsoDate } from "../dates";
import { isIsoDate } from "../dates";
import { type Vnd, vnd } from "../money";
import { err, ok, type Result } from "./result";

/**
 * A club's books, double entry. A club keeps two funds: the operating fund
 * (fees, donations, loan interest; pays for activities) and the revolving fund
 * (seeded by grants; lent to members and repaid). Every account belongs to one
 * fund; each builder below moves money inside one fund only, so each fund's
 * books balance on their own as well as together.
 */

export const FUNDS = ["operating", "revolving"] as const;
export type Fund = (typeof FUNDS)[number];

/** Who a grant or donation came from; reports count fund sources separately. */
export const GRANT_SOURCES = [
  "peoples_committee",
  "association",
  "project",
  "private_donor",
  "other",
] as const;
export type GrantSource = (typeof GRANT_SOURCES)[number];

export type GrantAccount = `${Fund}.grants.${GrantSource}`;

export const ACCOUNTS = [
  "operating.cash",
  "revolving.cash",
  "revolving.loans_receivable",
  "operating.interest_income",
  "operating.fee_income",
  ...GRANT_SOURCES.map((source) => `operating.grants.${source}` as const),
  ...GRANT_SOURCES.map((source) => `revolving.grants.${source}` as const),
  "operating.expenses",
  "revolving.write_offs",
] as const;
export type Account = (typeof ACCOUNTS)[number];

export type Side = "debit" | "credit";

export type AccountInfo = {
  readonly fund: Fund;
  /** The side on which the account's balance normally stands (assets and expenses debit; income credit). */
  readonly normal: Side;
  readonly kind: "cash" | "receivable" | "income" | "grant" | "expense";
};

const grantInfo = (fund: Fund): AccountInfo => ({ fund, normal: "credit", kind: "grant" });

export const ACCOUNT_INFO: Readonly<Record<Account, AccountInfo>> = {
  "operating.cash": { fund: "operating", normal: "debit", kind: "cash" },
  "revolving.cash": { fund: "revolving", normal: "debit", kind: "cash" },
  "revolving.loans_receivable": { fund: "revolving", normal: "debit", kind: "receivable" },
  "operating.interest_income": { fund: "operating", normal: "credit", kind: "income" },
  "operating.fee_income": { fund: "operating", normal: "credit", kind: "income" },
  "operating.grants.peoples_committee": grantInfo("operating"),
  "operating.grants.association": grantInfo("operating"),
  "operating.grants.project": grantInfo("operating"),
  "operating.grants.private_donor": grantInfo("operating"),
  "operating.grants.other": grantInfo("operating"),
  "revolving.grants.peoples_committee": grantInfo("revolving"),
  "revolving.grants.association": grantInfo("revolving"),
  "revolving.grants.project": grantInfo("revolving"),
  "revolving.grants.private_donor": grantInfo("revolving"),
  "revolving.grants.other": grantInfo("revolving"),
  "operating.expenses": { fund: "operating", normal: "debit", kind: "expense" },
  "revolving.write_offs": { fund: "revolving", normal: "debit", kind: "expense" },
};

export const CASH_ACCOUNT: Readonly<Record<Fund, Account>> = {
  operating: "operating.cash",
  revolving: "revolving.cash",
};

export const grantAccount = (fund: Fund, source: GrantSource): GrantAccount => `${fund}.grants.${source}`;

const ACCOUNT_SET: ReadonlySet<string> = new Set(ACCOUNTS);
export const isAccount = (value: string): value is Account => ACCOUNT_SET.has(value);

export const ENTRY_KINDS = [
  "grant_received",
  "fee_received",
  "expense_paid",
  "loan_disbursed",
  "repayment_received",
  "loan_written_off",
  "reversal",
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export type JournalLine = { readonly account: Account; readonly side: Side; readonly amount: Vnd };

/** An entry as a builder makes it; the worker gives it an id when it stores it. */
export type NewJournalEntry = {
  readonly kind: EntryKind;
  /** The day the money moved (Vietnam calendar date). */
  readonly on: IsoDate;
  readonly lines: readonly JournalLine[];
  /** The loan a disbursement, repayment or write-off belongs to. */
  readonly loanId: string | null;
  /** The id of the entry a reversal undoes. */
  readonly reverses: string | null;
  /** Free text: an expense's purpose, a donor's name, why an entry was reversed. */
  readonly memo: string | null;
};

export type JournalEntry = NewJournalEntry & { readonly id: string };

// ---------------------------------------------------------------------------
// Validation

/** A line as it arrives from outside (a request body, a stored row), before it is known to be sound. */
export type LineInput = { readonly account: string; readonly side: string; readonly amount: number };

export type EntryIssue =
  | { readonly code: "bad_date"; readonly on: string }
  | { readonly code: "too_few_lines"; readonly lines: number }
  | { readonly code: "unknown_account"; readonly line: number; readonly account: string }
  | { readonly code: "bad_side"; readonly line: number; readonly side: string }
  | { readonly code: "bad_amount"; readonly line: number; readonly amount: number }
  | { readonly code: "unbalanced"; readonly debits: number; readonly credits: number };

/**
 * Checks an entry: a real date, at least two lines, known accounts, each amount
 * a positive safe integer of đồng, debits equal to credits (and neither total
 * past the safe range; checked once every side and amount is sound). Returns
 * the sound lines or every issue found.
 */
export function validateEntry(entry: {
  readonly on: string;
  readonly lines: readonly LineInput[];
}): Result<JournalLine[], EntryIssue[]> {
  const issues: EntryIssue[] = [];
  if (!isIsoDate(entry.on)) issues.push({ code: "bad_date", on: entry.on });
  if (entry.lines.length < 2) issues.push({ code: "too_few_lines", lines: entry.lines.length });
  let debits = 0;
  let credits = 0;
  let linesSound = true;
  entry.lines.forEach((line, index) => {
    if (!isAccount(line.account))
      issues.push({ code: "unknown_account", line: index, account: line.account });
    if (line.side !== "debit" && line.side !== "credit") {
      issues.push({ code: "bad_side", line: index, side: line.side });
      linesSound = false;
    }
    if (!Number.isSafeInteger(line.amount) || line.amount <= 0) {
      issues.push({ code: "bad_amount", line: index, amount: line.amount });
      linesSound = false;
    } else if (line.side === "debit") debits += line.amount;
    else if (line.side === "credit") credits += line.amount;
  });
  const totalsSafe = Number.isSafeInteger(debits) && Number.isSafeInteger(credits);
  if (linesSound && (!totalsSafe || debits !== credits)) issues.push({ code: "unbalanced", debits, credits });
  if (issues.length > 0) return err(issues);
  return ok(entry.lines as JournalLine[]);
}

// ---------------------------------------------------------------------------
// Builders: one per business event, each returning balanced lines.

function positive(amount: number, what: string): Vnd {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new RangeError(`${what} must be a positive whole number of đồng: ${amount}`);
  return vnd(amount);
}

function checkedDate(on: IsoDate): IsoDate {
  if (!isIsoDate(on)) throw new RangeError(`not a date: ${on}`);
  return on;
}

const debit = (account: Account, amount: Vnd): JournalLine => ({ account, side: "debit", amount });
const credit = (account: Account, amount: Vnd): JournalLine => ({ account, side: "credit", amount });

function entry(
  kind: EntryKind,
  on: IsoDate,
  lines: JournalLine[],
  refs: { loanId?: string | null; reverses?: string | null; memo?: string | null } = {},
): NewJournalEntry {
  return {
    kind,
    on: checkedDate(on),
    lines,
    loanId: refs.loanId ?? null,
    reverses: refs.reverses ?? null,
    memo: refs.memo ?? null,
  };
}

/** A grant or donation into either fund: fund cash ← the source's grant account. */
export function grantReceived(input: {
  on: IsoDate;
  fund: Fund;
  source: GrantSource;
  amount: number;
  memo?: string | null;
}): NewJournalEntry {
  const amount = positive(input.amount, "a grant");
  return entry(
    "grant_received",
    input.on,
    [debit(CASH_ACCOUNT[input.fund], amount), credit(grantAccount(input.fund, input.source), amount)],
    { memo: input.memo },
  );
}

/** Member fees into the operating fund. */
export function feeReceived(input: { on: IsoDate; amount: number; memo?: string | null }): NewJournalEntry {
  const amount = positive(input.amount, "a fee");
  return entry(
    "fee_received",
    input.on,
    [debit("operating.cash", amount), credit("operating.fee_income", amount)],
    {
      memo: input.memo,
    },
  );
}

/** An expense paid from the operating fund; `purpose` is kept as the entry's memo. */
export function expensePaid(input: { on: IsoDate; amount: number; purpose: string }): NewJournalEntry {
  const amount = positive(input.amount, "an expense");
  return entry(
    "expense_paid",
    input.on,
    [debit("operating.expenses", amount), credit("operating.cash", amount)],
    {
      memo: input.purpose,
    },
  );
}

/** A loan paid out of the revolving fund: loans receivable ← revolving cash. */
export function loanDisbursed(input: { on: IsoDate; loanId: string; amount: number }): NewJournalEntry {
  const amount = positive(input.amount, "a loan");
  return entry(
    "loan_disbursed",
    input.on,
    [debit("revolving.loans_receivable", amount), credit("revolving.cash", amount)],
    { loanId: input.loanId },
  );
}

/**
 * A repayment: the principal goes back to the revolving fund (revolving cash ←
 * loans receivable), the interest to the operating fund (operating cash ←
 * interest income). Either part may be zero, not both.
 */
export function repaymentReceived(input: {
  on: IsoDate;
  loanId: string;
  principal: number;
  interest: number;
}): NewJournalEntry {
  for (const [what, amount] of [
    ["principal", input.principal],
    ["interest", input.interest],
  ] as const) {
    if (!Number.isSafeInteger(amount) || amount < 0)
      throw new RangeError(`repaid ${what} must be a whole number of đồng, zero or more: ${amount}`);
  }
  if (input.principal === 0 && input.interest === 0) throw new RangeError("a repayment of nothing");
  const lines: JournalLine[] = [];
  if (input.principal > 0) {
    const principal = vnd(input.principal);
    lines.push(debit("revolving.cash", principal), credit("revolving.loans_receivable", principal));
  }
  if (input.interest > 0) {
    const interest = vnd(input.interest);
    lines.push(debit("operating.cash", interest), credit("operating.interest_income", interest));
  }
  return entry("repayment_received", input.on, lines, { loanId: input.loanId });
}

/** Principal that will not be recovered: write-offs ← loans receivable (both in the revolving fund). */
export function loanWrittenOff(input: { on: IsoDate; loanId: string; amount: number }): NewJournalEntry {
  const amount = positive(input.amount, "a write-off");
  return entry(
    "loan_written_off",
    input.on,
    [debit("revolving.write_offs", amount), credit("revolving.loans_receivable", amount)],
    { loanId: input.loanId },
  );
}

/**
 * Undoes a posted entry by a new one with every line on the other side,
 * pointing at the original (entries are never edited or deleted). It may not be
 * dated before the original.
 */
export function reversalOf(original: JournalEntry, on: IsoDate, memo: string | null = null): NewJournalEntry {
  if (checkedDate(on) < original.on)
    throw new RangeError(`a reversal on ${on} would precede the entry it reverses (${original.on})`);
  const lines = original.lines.map(
    (line): JournalLine => ({ ...line, side: line.side === "debit" ? "credit" : "debit" }),
  );
  return entry("reversal", on, lines, { loanId: original.loanId, reverses: original.id, memo });
}

/** The ids of entries a reversal in `entries` undoes (a second reversal of one of them is to be refused). */
export function reversedIds(entries: readonly NewJournalEntry[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const e of entries) if (e.reverses !== null) ids.add(e.reverses);
  return ids;
}

// ---------------------------------------------------------------------------
// Balances

export type Balances = {
  readonly asOf: IsoDate;
  /** Each account's balance on its normal side (an asset's debit balance, an income's credit balance). */
  readonly accounts: Readonly<Record<Account, Vnd>>;
  /** Cash in hand of each fund. */
  readonly cash: Readonly<Record<Fund, Vnd>>;
};

/** Debit minus credit of every account, over the entries dated on or before `asOf`. */
function netDebits(entries: readonly NewJournalEntry[], asOf: IsoDate): Record<Account, number> {
  const net = Object.fromEntries(ACCOUNTS.map((account) => [account, 0])) as Record<Account, number>;
  for (const e of entries) {
    if (e.on > asOf) continue;
    for (const line of e.lines) {
      const moved = line.side === "debit" ? line.amount : -line.amount;
      net[line.account] = vnd(net[line.account] + moved);
    }
  }
  return net;
}

/** Every account's balance and each fund's cash at the end of `asOf`. */
export function balances(entries: readonly NewJournalEntry[], asOf: IsoDate): Balances {
  const net = netDebits(entries, asOf);
  const accounts = Object.fromEntries(
    ACCOUNTS.map((account) => [
      account,
      vnd(ACCOUNT_INFO[account].normal === "debit" ? net[account] : -net[account]),
    ]),
  ) as Record<Account, Vnd>;
  return {
    asOf,
    accounts,
    cash: { operating: accounts["operating.cash"], revolving: accounts["revolving.cash"] },
  };
}

export type TrialBalanceRow = { readonly account: Account; readonly debit: Vnd; readonly credit: Vnd };

export type TrialBalance = {
  readonly asOf: IsoDate;
  /** One row per account, its net balance in the debit or the credit column (the other is 0). */
  readonly rows: readonly TrialBalanceRow[];
  readonly totalDebit: Vnd;
  readonly totalCredit: Vnd;
  /** totalDebit − totalCredit: zero for books of balanced entries. */
  readonly difference: Vnd;
  /** The same difference within each fund (zero too, as long as no entry moves money between funds). */
  readonly differenceByFund: Readonly<Record<Fund, Vnd>>;
};

export function trialBalance(entries: readonly NewJournalEntry[], asOf: IsoDate): TrialBalance {
  const net = netDebits(entries, asOf);
  let totalDebit = 0;
  let totalCredit = 0;
  const byFund: Record<Fund, number> = { operating: 0, revolving: 0 };
  const rows = ACCOUNTS.map((account): TrialBalanceRow => {
    const n = net[account];
    byFund[ACCOUNT_INFO[account].fund] = vnd(byFund[ACCOUNT_INFO[account].fund] + n);
    if (n >= 0) totalDebit = vnd(totalDebit + n);
    else totalCredit = vnd(totalCredit - n);
    return { account, debit: vnd(Math.max(n, 0)), credit: vnd(Math.max(-n, 0)) };
  });
  return {
    asOf,
    rows,
    totalDebit: vnd(totalDebit),
    totalCredit: vnd(totalCredit),
    difference: vnd(totalDebit - totalCredit),
    differenceByFund: { operating: vnd(byFund.operating), revolving: vnd(byFund.revolving) },
  };
}

// ---------------------------------------------------------------------------
// Guards before posting

/** Whether `fund` has `amount` (a positive whole number of đồng) in cash. */
export function canPay(current: Balances, fund: Fund, amount: number): boolean {
  return Number.isSafeInteger(amount) && amount > 0 && amount <= current.cash[fund];
}

/** How an entry changes each fund's cash (positive in, negative out). */
export function cashEffect(e: Pick<NewJournalEntry, "lines">): Record<Fund, Vnd> {
  const effect: Record<Fund, number> = { operating: 0, revolving: 0 };
  for (const line of e.lines) {
    const info = ACCOUNT_INFO[line.account];
    if (info.kind !== "cash") continue;
    effect[info.fund] = vnd(effect[info.fund] + (line.side === "debit" ? line.amount : -line.amount));
  }
  return { operating: vnd(effect.operating), revolving: vnd(effect.revolving) };
}

/**
 * Whether posting `e` onto `current` leaves no fund's cash and no loans
 * receivable below zero: the guard for any entry, reversals included (undoing a
 * grant takes money out; a write-off may not exceed what is lent out).
 */
export function canPost(current: Balances, e: Pick<NewJournalEntry, "lines">): boolean {
  const after = { ...current.accounts };
  for (const line of e.lines) {
    const signed = line.side === ACCOUNT_INFO[line.account].normal ? line.amount : -line.amount;
    after[line.account] = vnd(after[line.account] + signed);
  }
  return (
    after["operating.cash"] >= 0 && after["revolving.cash"] >= 0 && after["revolving.loans_receivable"] >= 0
  );
}

/**
 * The most that can leave `fund` on `on` without its cash going below zero on
 * that day or any later day already in the books (what a back-dated payment
 * must be checked against): the lowest end-of-day cash from `on` onwards.
 */
export function availableCash(entries: readonly NewJournalEntry[], fund: Fund, on: IsoDate): Vnd {
  const cash = CASH_ACCOUNT[fund];
  const byDay = new Map<IsoDate, number>();
  let balance = 0;
  for (const e of entries) {
    for (const line of e.lines) {
      if (line.account !== cash) continue;
      const signed = line.side === "debit" ? line.amount : -line.amount;
      if (e.on <= on) balance = vnd(balance + signed);
      else byDay.set(e.on, vnd((byDay.get(e.on) ?? 0) + signed));
    }
  }
  let lowest = balance;
  for (const day of [...byDay.keys()].sort()) {
    balance = vnd(balance + byDay.get(day)!);
    lowest = Math.min(lowest, balance);
  }
  return vnd(Math.max(lowest, 0));
}
