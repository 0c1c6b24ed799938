import { feeReceived, newId } from "@ishc/domain";
import {
  feeMonths,
  feeRates,
  journalEntries,
  loanRepayments,
  loans,
  memberships,
  people,
} from "@ishc/domain/schema";
import {
  chunkForInsert,
  conflict,
  inScope,
  invalidField,
  notFound,
  type RouteHandler,
  requireWriter,
  ruleError,
} from "@ishc/edge-kit";
import { clubById, feeMonthsOf, memberLoans, membershipActiveOn } from "@ishc/queries";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { loanDetail } from "../loans/loans.handlers";
import { brokenConstraint, notInFuture, postEntry } from "../posting";
import type * as routes from "./fees.routes";

const rateColumns = {
  id: feeRates.id,
  clubId: feeRates.clubId,
  effectiveFrom: feeRates.effectiveFrom,
  monthlyAmount: feeRates.monthlyAmount,
};

export const setFeeRate: RouteHandler<typeof routes.setFeeRate> = async (ctx, { params, body }) => {
  requireWriter(ctx.user, "set member fees");
  const [clubRows, same] = await ctx.read(
    clubById(ctx.db, params.id),
    ctx.db
      .select({ id: feeRates.id })
      .from(feeRates)
      .where(and(eq(feeRates.clubId, params.id), eq(feeRates.effectiveFrom, body.effectiveFrom))),
  );
  const club = inScope(ctx.user, clubRows, "club");
  if (same.length > 0)
    throw conflict(`A fee is already set from ${body.effectiveFrom}`, [
      ruleError("effectiveFrom", "already has a rate", "fee_rate_exists", { date: body.effectiveFrom }),
    ]);
  const row = { id: newId("feeRate"), clubId: club.id, ...body };
  await ctx.write([
    ctx.db.insert(feeRates).values({ ...row, createdAt: new Date().toISOString() }),
    ctx.audit({
      action: "set_fee_rate",
      entity: "fee_rate",
      entityId: row.id,
      orgUnitId: club.id,
      detail: body,
    }),
  ]);
  return row;
};

export const listFeeRates: RouteHandler<typeof routes.listFeeRates> = async (
  { user, db, read },
  { params },
) => {
  const [clubRows, items] = await read(
    clubById(db, params.id),
    db
      .select(rateColumns)
      .from(feeRates)
      .where(eq(feeRates.clubId, params.id))
      .orderBy(desc(feeRates.effectiveFrom)),
  );
  inScope(user, clubRows, "club");
  return { items };
};

export const recordFee: RouteHandler<typeof routes.recordFee> = async (ctx, { params, body }) => {
  requireWriter(ctx.user, "record fees");
  const { db } = ctx;
  const [clubRows, member, rates, paid] = await ctx.read(
    clubById(db, params.id),
    db
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.clubId, params.id),
          eq(memberships.personId, body.personId),
          membershipActiveOn(body.paidOn),
        ),
      )
      .limit(1),
    db
      .select(rateColumns)
      .from(feeRates)
      .where(eq(feeRates.clubId, params.id))
      .orderBy(desc(feeRates.effectiveFrom)),
    feeMonthsOf(db, params.id, body.personId),
  );
  const club = inScope(ctx.user, clubRows, "club");
  notInFuture("paidOn", body.paidOn);
  if (member.length === 0)
    throw invalidField(
      "personId",
      `is not an active member of this club on ${body.paidOn}`,
      "not_active_member",
      {
        date: body.paidOn,
      },
    );
  const months = [...body.months].sort();
  const amounts = months.map((month) => rates.find((r) => r.effectiveFrom <= month)?.monthlyAmount);
  const unpriced = months.filter((_, i) => amounts[i] === undefined);
  if (unpriced.length > 0)
    throw conflict(`The club has set no fee for ${unpriced.join(", ")}`, [
      ruleError("months", `have no fee rate: ${unpriced.join(", ")}`, "no_fee_rate", {
        months: unpriced.join(","),
      }),
    ]);
  const already = paid.filter((p) => months.includes(p.month)).map((p) => p.month);
  if (already.length > 0)
    throw conflict(`Already paid: ${already.join(", ")}`, [
      ruleError("months", `include months already paid: ${already.join(", ")}`, "months_already_paid", {
        months: already.join(","),
      }),
    ]);
  const amount = amounts.reduce((a, b) => a! + b!, 0)!;
  const entry = feeReceived({ on: body.paidOn, amount, memo: `Hội phí ${months.join(", ")}` });
  const posted = postEntry(db, { clubId: club.id, entry, createdBy: ctx.user.sub, personId: body.personId });
  const monthRows = months.map((month, i) => ({
    clubId: club.id,
    personId: body.personId,
    month,
    entryId: posted.id,
    amount: amounts[i]!,
  }));
  const statements = [
    ...posted.statements,
    ...chunkForInsert(monthRows).map((chunk) => db.insert(feeMonths).values(chunk)),
    ctx.audit({
      action: "record_fee",
      entity: "journal_entry",
      entityId: posted.id,
      orgUnitId: club.id,
      detail: body,
    }),
  ];
  const answer = { entryId: posted.id, personId: body.personId, paidOn: body.paidOn, months, amount };
  try {
    return await ctx.commit(statements, answer);
  } catch (error) {
    // A racing payment for one of the months got there first: the months' primary key refused this batch whole.
    if (brokenConstraint(error)?.startsWith("fee_months."))
      throw conflict("A month listed was paid meanwhile", [
        ruleError("months", "include a month already paid", "month_paid_meanwhile"),
      ]);
    throw error;
  }
};

export const getMemberStatement: RouteHandler<typeof routes.getMemberStatement> = async (
  { user, db, read },
  { params },
) => {
  requireWriter(user, "see a member's statement");
  const [clubRows, personRows, months, entries, loanRows, repayments] = await read(
    clubById(db, params.id),
    db
      .select({ fullName: people.fullName })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(and(eq(memberships.clubId, params.id), eq(memberships.personId, params.personId)))
      .limit(1),
    feeMonthsOf(db, params.id, params.personId),
    db
      .select({ id: journalEntries.id, on: journalEntries.on })
      .from(journalEntries)
      .where(
        and(
          eq(journalEntries.clubId, params.id),
          eq(journalEntries.personId, params.personId),
          eq(journalEntries.kind, "fee_received"),
        ),
      )
      .orderBy(asc(journalEntries.on)),
    memberLoans(db, params.id, params.personId),
    db
      .select()
      .from(loanRepayments)
      .where(
        inArray(
          loanRepayments.loanId,
          db
            .select({ id: loans.id })
            .from(loans)
            .where(and(eq(loans.clubId, params.id), eq(loans.personId, params.personId))),
        ),
      )
      .orderBy(asc(loanRepayments.paidOn), asc(loanRepayments.id)),
  );
  inScope(user, clubRows, "club");
  const person = personRows[0];
  if (!person) throw notFound("member of this club");
  const fees = entries.map((e) => {
    const paidMonths = months.filter((m) => m.entryId === e.id);
    return {
      entryId: e.id,
      personId: params.personId,
      paidOn: e.on,
      months: paidMonths.map((m) => m.month),
      amount: paidMonths.reduce((sum, m) => sum + m.amount, 0),
    };
  });
  return {
    clubId: params.id,
    personId: params.personId,
    fullName: person.fullName,
    fees,
    loans: loanRows.map((loan) =>
      loanDetail(
        loan,
        repayments.filter((r) => r.loanId === loan.id),
      ),
    ),
  };
};
