import {
  type Account,
  balances,
  cashEffect,
  expensePaid,
  FUNDS,
  type GrantSource,
  grantReceived,
  type JournalEntry,
  type NewJournalEntry,
  reversalOf,
  type Side,
  trialBalance,
  vietnamDate,
} from "@ishc/domain";
import { journalEntries } from "@ishc/domain/schema";
import {
  conflict,
  type HandlerContext,
  inScope,
  invalidField,
  type RouteHandler,
  requireWriter,
  ruleError,
} from "@ishc/edge-kit";
import {
  clubById,
  clubEntries,
  clubLines,
  type EntryRow,
  entryById,
  entryLines,
  type LineRow,
  toJournalEntries,
} from "@ishc/queries";
import { eq, sql } from "drizzle-orm";
import { commitWithRetry, notInFuture, postEntry } from "../posting";
import { assertCovered, coverReads } from "./cover";
import type * as routes from "./ledger.routes";

export const entryView = (
  e: EntryRow,
  lines: readonly { account: Account; side: Side; amount: number }[],
) => ({
  id: e.id,
  clubId: e.clubId,
  kind: e.kind,
  on: e.on,
  memo: e.memo,
  source: e.source,
  personId: e.personId,
  loanId: e.loanId,
  reversesId: e.reversesId,
  lines: lines.map((l) => ({ account: l.account, side: l.side, amount: l.amount })),
});

function notBeforeFounding(field: string, on: string, club: { foundedOn: string }) {
  if (on < club.foundedOn)
    throw invalidField(
      field,
      `must not be before the club was founded (${club.foundedOn})`,
      "before_founding",
      {
        date: club.foundedOn,
      },
    );
}

/** The statements that post an entry with its audit row, and the entry as the answer. */
function postWithAudit(
  ctx: HandlerContext,
  posting: { clubId: string; entry: NewJournalEntry; source?: GrantSource | null; personId?: string | null },
  audit: { action: string; detail: unknown },
) {
  const { clubId, entry, source = null, personId = null } = posting;
  const { id, statements } = postEntry(ctx.db, { ...posting, createdBy: ctx.user.sub });
  statements.push(ctx.audit({ ...audit, entity: "journal_entry", entityId: id, orgUnitId: clubId }));
  const answer = entryView(
    {
      id,
      clubId,
      kind: entry.kind,
      on: entry.on,
      memo: entry.memo,
      source,
      personId,
      loanId: entry.loanId,
      reversesId: entry.reverses,
    },
    entry.lines,
  );
  return { statements, answer };
}

export const recordGrant: RouteHandler<typeof routes.recordGrant> = async (ctx, { params, body }) => {
  requireWriter(ctx.user, "record grants");
  return commitWithRetry(ctx, async (read) => {
    const [clubRows] = await read(clubById(ctx.db, params.id));
    const club = inScope(ctx.user, clubRows, "club");
    notInFuture("receivedOn", body.receivedOn);
    notBeforeFounding("receivedOn", body.receivedOn, club);
    const entry = grantReceived({
      on: body.receivedOn,
      fund: body.fund,
      source: body.source,
      amount: body.amount,
      memo: body.memo ?? null,
    });
    return postWithAudit(
      ctx,
      { clubId: club.id, entry, source: body.source },
      { action: "record_grant", detail: body },
    );
  });
};

export const recordExpense: RouteHandler<typeof routes.recordExpense> = async (ctx, { params, body }) => {
  requireWriter(ctx.user, "record expenses");
  return commitWithRetry(ctx, async (read) => {
    const [clubRows, cash, movesAfter] = await read(
      clubById(ctx.db, params.id),
      ...coverReads(ctx.db, params.id, "operating", body.paidOn),
    );
    const club = inScope(ctx.user, clubRows, "club");
    notInFuture("paidOn", body.paidOn);
    notBeforeFounding("paidOn", body.paidOn, club);
    assertCovered(cash, movesAfter, "operating", body.paidOn, body.amount);
    const entry = expensePaid({ on: body.paidOn, amount: body.amount, purpose: body.purpose });
    return postWithAudit(ctx, { clubId: club.id, entry }, { action: "record_expense", detail: body });
  });
};

const REVERSIBLE = new Set(["grant_received", "expense_paid"]);

export const reverseEntry: RouteHandler<typeof routes.reverseEntry> = async (ctx, { params, body }) => {
  requireWriter(ctx.user, "reverse entries");
  return commitWithRetry(
    ctx,
    async (read) => {
      const clubOfEntry = sql`(SELECT ${journalEntries.clubId} FROM ${journalEntries} WHERE ${journalEntries.id} = ${params.id})`;
      const [entryRows, originalLines, reversals, ...cover] = await read(
        entryById(ctx.db, params.id),
        entryLines(ctx.db, params.id),
        ctx.db
          .select({ id: journalEntries.id })
          .from(journalEntries)
          .where(eq(journalEntries.reversesId, params.id))
          .limit(1),
        ...coverReads(ctx.db, clubOfEntry, "operating", body.on),
        ...coverReads(ctx.db, clubOfEntry, "revolving", body.on),
      );
      const { path: _path, ...row } = inScope(ctx.user, entryRows, "entry");
      notInFuture("on", body.on);
      if (!REVERSIBLE.has(row.kind))
        throw conflict(`A ${row.kind.replaceAll("_", " ")} entry is not reversed here`, [
          ruleError("id", "only grants and expenses are reversed by an entry", "not_reversible", {
            kind: row.kind,
          }),
        ]);
      if (body.on < row.on)
        throw invalidField(
          "on",
          `must not be before the entry it reverses (${row.on})`,
          "before_reversed_entry",
          {
            date: row.on,
          },
        );
      const original: JournalEntry = {
        ...row,
        reverses: row.reversesId,
        lines: originalLines as unknown as JournalEntry["lines"],
      };
      const entry = reversalOf(original, body.on, body.reason);
      if (reversals.length > 0)
        throw conflict("This entry was already reversed", [
          ruleError("id", "is already reversed", "already_reversed"),
        ]);
      const effect = cashEffect(entry);
      const [operatingCash, operatingMoves, revolvingCash, revolvingMoves] = cover;
      const books = {
        operating: { cash: operatingCash, moves: operatingMoves },
        revolving: { cash: revolvingCash, moves: revolvingMoves },
      } as const;
      for (const fund of FUNDS)
        if (effect[fund] < 0)
          assertCovered(books[fund].cash, books[fund].moves, fund, body.on, -effect[fund], "id");
      return postWithAudit(
        ctx,
        { clubId: row.clubId, entry, source: row.source, personId: row.personId },
        { action: "reverse_entry", detail: { reverses: row.id, ...body } },
      );
    },
    (constraint) =>
      constraint === "journal_entries.reverses_id"
        ? conflict("This entry was already reversed", [
            ruleError("id", "is already reversed", "already_reversed"),
          ])
        : constraint === "fund_cash_not_negative"
          ? conflict("Undoing this entry would take the fund below zero: another payment got there first", [
              ruleError("id", "would overdraw the fund", "fund_spent_meanwhile"),
            ])
          : null,
  );
};

/** A club's journal (up to a day, when given), once the caller may see the club. */
async function clubJournal({ user, db, read }: HandlerContext, clubId: string, asOf?: string) {
  const [clubRows, entries, lines] = await read(
    clubById(db, clubId),
    clubEntries(db, clubId, asOf),
    clubLines(db, clubId),
  );
  inScope(user, clubRows, "club");
  return toJournalEntries(entries, lines as LineRow[]);
}

export const listEntries: RouteHandler<typeof routes.listEntries> = async (ctx, { params, query }) => {
  requireWriter(ctx.user, "read the journal; viewers see balances and measures");
  const items = (await clubJournal(ctx, params.id))
    .filter((e) => (!query.from || e.on >= query.from) && (!query.to || e.on <= query.to))
    .map((e) => entryView(e, e.lines));
  return { items };
};

export const getBalances: RouteHandler<typeof routes.getBalances> = async (ctx, { params, query }) => {
  const asOf = query.on ?? vietnamDate();
  const journal = await clubJournal(ctx, params.id, asOf);
  const b = balances(journal, asOf);
  return { clubId: params.id, asOf, cash: b.cash, accounts: b.accounts };
};

export const getTrialBalance: RouteHandler<typeof routes.getTrialBalance> = async (
  ctx,
  { params, query },
) => {
  const asOf = query.on ?? vietnamDate();
  const journal = await clubJournal(ctx, params.id, asOf);
  const tb = trialBalance(journal, asOf);
  return { clubId: params.id, ...tb, rows: [...tb.rows] };
};
