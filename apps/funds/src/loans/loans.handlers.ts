import {
  allocateRepayment,
  instalmentStandings,
  loanAmountProblem,
  loanDisbursed,
  loanSchedule,
  loanWrittenOff,
  type NewJournalEntry,
  newId,
  repaymentReceived,
  scheduleTotals,
} from "@ishc/domain";
import { loanRepayments, loans, loanTerms, memberships, people } from "@ishc/domain/schema";
import {
  AppError,
  conflict,
  type HandlerContext,
  inScope,
  invalidField,
  type RouteHandler,
  requireWriter,
  ruleError,
} from "@ishc/edge-kit";
import { clubById, clubLoans, loanById, membershipActiveOn, repaymentsOfLoan } from "@ishc/queries";
import { and, desc, eq, lte, sql } from "drizzle-orm";
import { assertCovered, coverReads } from "../ledger/cover";
import { commitWithRetry, loanVersionGuard, notInFuture, postEntry } from "../posting";
import type * as routes from "./loans.routes";

type LoanRow = typeof loans.$inferSelect & { borrowerName: string };
type RepaymentRow = typeof loanRepayments.$inferSelect;

export function loanView(row: LoanRow) {
  return {
    id: row.id,
    clubId: row.clubId,
    personId: row.personId,
    borrowerName: row.borrowerName,
    principal: row.principal,
    termMonths: row.termMonths,
    monthlyRateBp: row.monthlyRateBp,
    method: row.method,
    purpose: row.purpose,
    purposeNote: row.purposeNote,
    status: row.status,
    appliedOn: row.appliedOn,
    approvedOn: row.approvedOn,
    disbursedOn: row.disbursedOn,
    povertyStatusAtDisbursement: row.povertyStatusAtDisbursement,
    owed: row.owed,
    closedOn: row.closedOn,
    writtenOffOn: row.writtenOffOn,
    writeOffReason: row.writeOffReason,
  };
}

/** The statements that post a loan's journal entry, in the borrower's name. */
function postLoanEntry(
  ctx: HandlerContext,
  loan: { clubId: string; personId: string },
  entry: NewJournalEntry,
) {
  return postEntry(ctx.db, { clubId: loan.clubId, entry, createdBy: ctx.user.sub, personId: loan.personId });
}

/** The audit row of a change to a loan. */
function auditLoan(
  ctx: HandlerContext,
  loan: { id: string; clubId: string },
  action: string,
  detail: unknown,
) {
  return ctx.audit({ action, entity: "loan", entityId: loan.id, orgUnitId: loan.clubId, detail });
}

export const repaymentView = (r: RepaymentRow) => ({
  id: r.id,
  loanId: r.loanId,
  entryId: r.entryId,
  paidOn: r.paidOn,
  amount: r.amount,
  principal: r.principal,
  interest: r.interest,
  allocations: r.allocations,
});

export function loanDetail(row: LoanRow, repayments: readonly RepaymentRow[]) {
  const schedule = row.schedule ?? [];
  const standings = instalmentStandings(
    schedule,
    repayments.map((r) => ({ paidOn: r.paidOn, allocations: r.allocations })),
  );
  return {
    ...loanView(row),
    instalments: schedule.map((inst, i) => ({
      number: inst.number,
      dueOn: inst.dueOn,
      principal: inst.principal,
      interest: inst.interest,
      principalUnpaid: standings[i]!.principalUnpaid,
      interestUnpaid: standings[i]!.interestUnpaid,
    })),
    repayments: repayments.map(repaymentView),
  };
}

const STATUS_PROBLEM: Record<string, string> = {
  applied: "is not approved yet",
  approved: "is not paid out yet",
  active: "is already paid out",
  closed: "is closed: it was fully repaid",
  written_off: "was written off",
};

function requireStatus(loan: { status: string }, wanted: string) {
  if (loan.status !== wanted)
    throw conflict(`The loan ${STATUS_PROBLEM[loan.status]}`, [
      ruleError("status", `is ${loan.status}`, "wrong_loan_status", { status: loan.status }),
    ]);
}

const activeMembership = (db: Parameters<typeof clubById>[0], clubId: string, personId: string, on: string) =>
  db
    .select({ id: memberships.id, fullName: people.fullName, povertyStatus: people.povertyStatus })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.clubId, clubId), eq(memberships.personId, personId), membershipActiveOn(on)))
    .limit(1);

// ---- terms ----

export const setLoanTerms: RouteHandler<typeof routes.setLoanTerms> = async (ctx, { params, body }) => {
  requireWriter(ctx.user, "set loan terms");
  const [clubRows] = await ctx.read(clubById(ctx.db, params.id));
  const club = inScope(ctx.user, clubRows, "club");
  const row = { id: newId("loanTerms"), clubId: club.id, ...body, createdAt: new Date().toISOString() };
  await ctx.write([
    ctx.db.insert(loanTerms).values(row),
    ctx.audit({
      action: "set_loan_terms",
      entity: "loan_terms",
      entityId: row.id,
      orgUnitId: club.id,
      detail: body,
    }),
  ]);
  const { createdAt: _c, ...view } = row;
  return view;
};

const termsColumns = {
  id: loanTerms.id,
  clubId: loanTerms.clubId,
  effectiveFrom: loanTerms.effectiveFrom,
  minAmount: loanTerms.minAmount,
  maxAmount: loanTerms.maxAmount,
  termMonths: loanTerms.termMonths,
  monthlyRateBp: loanTerms.monthlyRateBp,
  method: loanTerms.method,
};

export const listLoanTerms: RouteHandler<typeof routes.listLoanTerms> = async (
  { user, db, read },
  { params },
) => {
  const [clubRows, items] = await read(
    clubById(db, params.id),
    db
      .select(termsColumns)
      .from(loanTerms)
      .where(eq(loanTerms.clubId, params.id))
      .orderBy(desc(loanTerms.effectiveFrom), desc(loanTerms.id)),
  );
  inScope(user, clubRows, "club");
  return { items };
};

// ---- lifecycle ----

export const applyForLoan: RouteHandler<typeof routes.applyForLoan> = async (ctx, { params, body }) => {
  requireWriter(ctx.user, "enter loan applications");
  const { db } = ctx;
  const [clubRows, member, terms] = await ctx.read(
    clubById(db, params.id),
    activeMembership(db, params.id, body.personId, body.appliedOn),
    db
      .select(termsColumns)
      .from(loanTerms)
      .where(and(eq(loanTerms.clubId, params.id), lte(loanTerms.effectiveFrom, body.appliedOn)))
      .orderBy(desc(loanTerms.effectiveFrom), desc(loanTerms.id))
      .limit(1),
  );
  const club = inScope(ctx.user, clubRows, "club");
  notInFuture("appliedOn", body.appliedOn);
  const borrower = member[0];
  if (!borrower)
    throw invalidField(
      "personId",
      `is not an active member of this club on ${body.appliedOn}`,
      "not_active_member",
      {
        date: body.appliedOn,
      },
    );
  const term = terms[0];
  if (!term)
    throw conflict(`The club has no loan terms in force on ${body.appliedOn}: set them first`, [
      ruleError("appliedOn", "has no loan terms in force", "no_loan_terms", { date: body.appliedOn }),
    ]);
  const problem = loanAmountProblem(term as never, body.principal);
  if (problem)
    throw invalidField(
      "principal",
      `must be from ${problem.min} to ${problem.max} đồng under the club's terms`,
      "principal_out_of_terms",
      { min: problem.min, max: problem.max },
    );
  const row = {
    id: newId("loan"),
    clubId: club.id,
    personId: body.personId,
    principal: body.principal,
    termMonths: term.termMonths,
    monthlyRateBp: term.monthlyRateBp,
    method: term.method,
    purpose: body.purpose,
    purposeNote: body.purposeNote ?? null,
    status: "applied" as const,
    appliedOn: body.appliedOn,
    appliedBy: ctx.user.sub,
    approvedOn: null,
    approvedBy: null,
    disbursedOn: null,
    povertyStatusAtDisbursement: null,
    schedule: null,
    owed: 0,
    closedOn: null,
    writtenOffOn: null,
    writeOffReason: null,
    version: 0,
    createdAt: new Date().toISOString(),
  };
  return ctx.commit(
    [db.insert(loans).values(row), auditLoan(ctx, row, "apply_for_loan", body)],
    loanView({ ...row, borrowerName: borrower.fullName }),
  );
};

export const approveLoan: RouteHandler<typeof routes.approveLoan> = async (ctx, { params, body }) => {
  requireWriter(ctx.user, "approve loans");
  return commitWithRetry(ctx, async (read) => {
    const [loanRows] = await read(loanById(ctx.db, params.id));
    const loan = inScope(ctx.user, loanRows, "loan");
    notInFuture("approvedOn", body.approvedOn);
    requireStatus(loan, "applied");
    if (loan.appliedBy === ctx.user.sub)
      throw new AppError("FORBIDDEN", "You entered this application: another board member must approve it", [
        ruleError("approvedBy", "must not be the account that entered the application", "own_application"),
      ]);
    if (body.approvedOn < loan.appliedOn)
      throw invalidField(
        "approvedOn",
        `must not be before the application (${loan.appliedOn})`,
        "before_application",
        {
          date: loan.appliedOn,
        },
      );
    const set = { status: "approved" as const, approvedOn: body.approvedOn, approvedBy: ctx.user.sub };
    return {
      statements: [
        loanVersionGuard(ctx.db, loan.id, loan.version, set),
        auditLoan(ctx, loan, "approve_loan", body),
      ],
      answer: loanView({ ...loan, ...set }),
    };
  });
};

const clubOfLoan = (loanId: string) =>
  sql`(SELECT ${loans.clubId} FROM ${loans} WHERE ${loans.id} = ${loanId})`;

export const disburseLoan: RouteHandler<typeof routes.disburseLoan> = async (ctx, { params, body }) => {
  requireWriter(ctx.user, "pay out loans");
  const { db } = ctx;
  return commitWithRetry(
    ctx,
    async (read) => {
      const [loanRows, cash, movesAfter, member] = await read(
        loanById(db, params.id),
        ...coverReads(db, clubOfLoan(params.id), "revolving", body.disbursedOn),
        db
          .select({ id: memberships.id, povertyStatus: people.povertyStatus })
          .from(memberships)
          .innerJoin(people, eq(people.id, memberships.personId))
          .innerJoin(
            loans,
            and(eq(loans.personId, memberships.personId), eq(loans.clubId, memberships.clubId)),
          )
          .where(and(eq(loans.id, params.id), membershipActiveOn(body.disbursedOn)))
          .limit(1),
      );
      const loan = inScope(ctx.user, loanRows, "loan");
      notInFuture("disbursedOn", body.disbursedOn);
      requireStatus(loan, "approved");
      if (body.disbursedOn < loan.approvedOn!)
        throw invalidField(
          "disbursedOn",
          `must not be before the approval (${loan.approvedOn})`,
          "before_approval",
          {
            date: loan.approvedOn!,
          },
        );
      const borrower = member[0];
      if (!borrower)
        throw invalidField(
          "disbursedOn",
          `the borrower is not an active member of the club on ${body.disbursedOn}`,
          "not_active_member",
          { date: body.disbursedOn },
        );
      assertCovered(cash, movesAfter, "revolving", body.disbursedOn, loan.principal, "principal");
      const schedule = loanSchedule({
        principal: loan.principal,
        termMonths: loan.termMonths,
        monthlyRateBp: loan.monthlyRateBp,
        method: loan.method,
        disbursedOn: body.disbursedOn,
      });
      const set = {
        status: "active" as const,
        disbursedOn: body.disbursedOn,
        povertyStatusAtDisbursement: borrower.povertyStatus,
        schedule,
        owed: scheduleTotals(schedule).total,
      };
      const entry = loanDisbursed({ on: body.disbursedOn, loanId: loan.id, amount: loan.principal });
      const posted = postLoanEntry(ctx, loan, entry);
      return {
        statements: [
          loanVersionGuard(db, loan.id, loan.version, set),
          ...posted.statements,
          auditLoan(ctx, loan, "disburse_loan", { ...body, entryId: posted.id, principal: loan.principal }),
        ],
        answer: loanDetail({ ...loan, ...set }, []),
      };
    },
    (constraint) =>
      constraint === "fund_cash_not_negative"
        ? conflict(
            "The revolving fund no longer holds the loan's principal: another payout got there first",
            [ruleError("principal", "is more than the revolving fund holds", "fund_spent_meanwhile")],
          )
        : null,
  );
};

export const recordRepayment: RouteHandler<typeof routes.recordRepayment> = async (ctx, { params, body }) => {
  requireWriter(ctx.user, "record repayments");
  const { db } = ctx;
  return commitWithRetry(ctx, async (read) => {
    const [loanRows, repayments] = await read(loanById(db, params.id), repaymentsOfLoan(db, params.id));
    const loan = inScope(ctx.user, loanRows, "loan");
    notInFuture("paidOn", body.paidOn);
    requireStatus(loan, "active");
    if (body.paidOn < loan.disbursedOn!)
      throw invalidField(
        "paidOn",
        `must not be before the loan was paid out (${loan.disbursedOn})`,
        "before_payout",
        {
          date: loan.disbursedOn!,
        },
      );
    const allocated = allocateRepayment(
      loan.schedule ?? [],
      repayments.map((r) => ({ paidOn: r.paidOn, allocations: r.allocations })),
      body.amount,
      body.paidOn,
    );
    if (!allocated.ok) {
      const e = allocated.error;
      if (e.code === "exceeds_owed")
        throw invalidField("amount", `is more than is owed (${e.owed} đồng)`, "exceeds_owed", {
          owed: e.owed,
        });
      if (e.code === "before_previous_payment")
        throw invalidField(
          "paidOn",
          `must not be before the latest repayment (${e.latestPaidOn})`,
          "before_latest_repayment",
          {
            date: e.latestPaidOn,
          },
        );
      throw invalidField(e.code === "bad_date" ? "paidOn" : "amount", "is not valid", "repayment_invalid");
    }
    const { principal, interest, allocations } = allocated.value;
    const owedAfter = loan.owed - body.amount;
    const closes = owedAfter === 0;
    const entry = repaymentReceived({ on: body.paidOn, loanId: loan.id, principal, interest });
    const posted = postLoanEntry(ctx, loan, entry);
    const repayment = {
      id: newId("repayment"),
      loanId: loan.id,
      clubId: loan.clubId,
      entryId: posted.id,
      paidOn: body.paidOn,
      amount: body.amount,
      principal,
      interest,
      allocations: [...allocations],
      createdAt: new Date().toISOString(),
    };
    const set = closes
      ? { owed: sql`${loans.owed} - ${body.amount}`, status: "closed" as const, closedOn: body.paidOn }
      : { owed: sql`${loans.owed} - ${body.amount}` };
    return {
      statements: [
        loanVersionGuard(db, loan.id, loan.version, set as never),
        db.insert(loanRepayments).values(repayment),
        ...posted.statements,
        auditLoan(ctx, loan, "record_repayment", { ...body, repaymentId: repayment.id, principal, interest }),
      ],
      answer: {
        repayment: repaymentView(repayment),
        loan: loanView({
          ...loan,
          owed: owedAfter,
          ...(closes ? { status: "closed" as const, closedOn: body.paidOn } : {}),
        }),
      },
    };
  });
};

export const writeOffLoan: RouteHandler<typeof routes.writeOffLoan> = async (ctx, { params, body }) => {
  requireWriter(ctx.user, "write off loans");
  const { db } = ctx;
  return commitWithRetry(ctx, async (read) => {
    const [loanRows, repayments] = await read(loanById(db, params.id), repaymentsOfLoan(db, params.id));
    const loan = inScope(ctx.user, loanRows, "loan");
    notInFuture("writtenOffOn", body.writtenOffOn);
    requireStatus(loan, "active");
    const latest = repayments.at(-1)?.paidOn ?? loan.disbursedOn!;
    if (body.writtenOffOn < latest)
      throw invalidField(
        "writtenOffOn",
        `must not be before the loan's latest payment or payout (${latest})`,
        "before_latest_loan_movement",
        { date: latest },
      );
    const repaid = repayments.reduce((sum, r) => sum + r.principal, 0);
    const outstanding = loan.principal - repaid;
    if (outstanding <= 0)
      throw conflict("All the principal is repaid: there is nothing to write off", [
        ruleError("status", "has no principal outstanding", "nothing_outstanding"),
      ]);
    const set = {
      status: "written_off" as const,
      writtenOffOn: body.writtenOffOn,
      writeOffReason: body.reason,
      owed: 0,
    };
    const entry = loanWrittenOff({ on: body.writtenOffOn, loanId: loan.id, amount: outstanding });
    const posted = postLoanEntry(ctx, loan, entry);
    return {
      statements: [
        loanVersionGuard(db, loan.id, loan.version, set),
        ...posted.statements,
        auditLoan(ctx, loan, "write_off_loan", { ...body, entryId: posted.id, principal: outstanding }),
      ],
      answer: loanView({ ...loan, ...set }),
    };
  });
};

// ---- reads ----

export const listLoans: RouteHandler<typeof routes.listLoans> = async (
  { user, db, read },
  { params, query },
) => {
  requireWriter(user, "see borrowers by name; viewers see the measures");
  const [clubRows, rows] = await read(clubById(db, params.id), clubLoans(db, params.id));
  inScope(user, clubRows, "club");
  return { items: rows.filter((r) => !query.status || r.status === query.status).map(loanView) };
};

export const getLoan: RouteHandler<typeof routes.getLoan> = async ({ user, db, read }, { params }) => {
  requireWriter(user, "see a borrower's loan; viewers see the measures");
  const [loanRows, repayments] = await read(loanById(db, params.id), repaymentsOfLoan(db, params.id));
  const loan = inScope(user, loanRows, "loan");
  return loanDetail(loan, repayments);
};
