import { cashEffect, FUNDS, type GrantSource, type NewJournalEntry, newId, vietnamDate } from "@ishc/domain";
import { fundBalances, journalEntries, journalLines, loans } from "@ishc/domain/schema";
import {
  AppError,
  chunkForInsert,
  type Database,
  type HandlerContext,
  invalidField,
  Replay,
  ruleError,
  storedAnswerQuery,
} from "@ishc/edge-kit";
import { and, eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";

export type Statement = BatchItem<"sqlite">;

/** Refuses a date after today in Vietnam, naming the field. */
export function notInFuture(field: string, on: string): void {
  if (on > vietnamDate()) throw invalidField(field, "must not be in the future", "in_future");
}

/**
 * The statements that post one entry: the entry, its lines, and each fund's
 * running cash moved by the same amounts. The cash row's CHECK (cash >= 0)
 * fails the whole batch if racing payments would overdraw the fund.
 */
export function postEntry(
  db: Database,
  posting: {
    clubId: string;
    entry: NewJournalEntry;
    createdBy: string;
    source?: GrantSource | null;
    personId?: string | null;
    id?: string;
  },
): { id: string; statements: Statement[] } {
  const id = posting.id ?? newId("journalEntry");
  const { entry } = posting;
  const statements: Statement[] = [
    db.insert(journalEntries).values({
      id,
      clubId: posting.clubId,
      kind: entry.kind,
      on: entry.on,
      memo: entry.memo,
      source: posting.source ?? null,
      personId: posting.personId ?? null,
      loanId: entry.loanId,
      reversesId: entry.reverses,
      createdAt: new Date().toISOString(),
      createdBy: posting.createdBy,
    }),
  ];
  const lines = entry.lines.map((line, i) => ({
    entryId: id,
    lineNo: i + 1,
    clubId: posting.clubId,
    account: line.account,
    side: line.side,
    amount: line.amount,
  }));
  for (const chunk of chunkForInsert(lines)) statements.push(db.insert(journalLines).values(chunk));
  const effect = cashEffect(entry);
  for (const fund of FUNDS) {
    const delta = effect[fund];
    if (delta === 0) continue;
    // The row first (an UPSERT would check the CHECK on the row it tries to insert), then the move.
    statements.push(
      db.insert(fundBalances).values({ clubId: posting.clubId, fund, cash: 0 }).onConflictDoNothing(),
      db
        .update(fundBalances)
        .set({ cash: sql`${fundBalances.cash} + ${delta}` })
        .where(and(eq(fundBalances.clubId, posting.clubId), eq(fundBalances.fund, fund))),
    );
  }
  return { id, statements };
}

/**
 * The first statement of every batch that changes a loan: it moves the
 * version on only if nobody changed the loan since it was read; otherwise the
 * CHECK (version >= 0) fails the batch whole and the handler reads again.
 */
export function loanVersionGuard(
  db: Database,
  loanId: string,
  readVersion: number,
  set: Partial<typeof loans.$inferInsert> = {},
) {
  return db
    .update(loans)
    .set({
      ...set,
      version: sql`CASE WHEN ${loans.version} = ${readVersion} THEN ${readVersion + 1} ELSE -1 END`,
    })
    .where(eq(loans.id, loanId));
}

/** The name of the CHECK or UNIQUE constraint a failed batch broke, if any. */
export function brokenConstraint(error: unknown): string | null {
  let text = "";
  for (let e: unknown = error; e instanceof Error && text.length < 4000; e = e.cause) text += ` ${e.message}`;
  const check = /CHECK constraint failed: (\w+)/i.exec(text);
  if (check) return check[1]!;
  const unique = /UNIQUE constraint failed: (\w+)\.(\w+)/i.exec(text);
  if (unique) return `${unique[1]}.${unique[2]}`;
  return null;
}

export const MAX_ATTEMPTS = 8;

/**
 * A retry-safe write that reads, decides and commits, again if a racing write
 * changed the loan in between (the version guard failed). On a second read it
 * first looks for the answer a racing retry of the same operation stored.
 * `explain` turns a broken guard into the 4xx that names the problem.
 */
export async function commitWithRetry<A>(
  ctx: HandlerContext,
  attempt: (read: HandlerContext["read"]) => Promise<{ statements: Statement[]; answer: A }>,
  explain: (constraint: string) => AppError | null = () => null,
): Promise<A> {
  const key = ctx.c.req.header("Idempotency-Key") ?? "";
  for (let n = 1; ; n++) {
    const read: HandlerContext["read"] =
      n === 1
        ? ctx.read
        : ((async (...queries: Statement[]) => {
            const [stored, ...rest] = await ctx.read(
              storedAnswerQuery(ctx.db, { key, userId: ctx.user.sub, service: "funds", requestHash: "" }),
              ...queries,
            );
            if (stored[0]) throw new Replay(stored[0]);
            return rest;
          }) as never);
    const { statements, answer } = await attempt(read);
    try {
      return await ctx.commit(statements, answer);
    } catch (error) {
      const constraint = brokenConstraint(error);
      if (constraint === "loans_version" && n < MAX_ATTEMPTS) continue;
      const explained = constraint ? explain(constraint) : null;
      if (explained) throw explained;
      if (constraint === "fund_cash_not_negative")
        throw new AppError("CONFLICT", "The fund does not hold enough cash for this payment", [
          ruleError("amount", "is more than the fund holds", "fund_spent_meanwhile"),
        ]);
      if (constraint === "loans_version")
        throw new AppError("CONFLICT", "The loan is being changed by others right now; send again");
      throw error;
    }
  }
}
