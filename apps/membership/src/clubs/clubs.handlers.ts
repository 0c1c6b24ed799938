import {
  childPath,
  clashingTerm,
  containsPattern,
  foldVietnamese,
  isSingleSeat,
  newId,
  parentKindProblem,
  vietnamDate,
} from "@ishc/domain";
import {
  clubRoles,
  clubStatusHistory,
  clubs,
  memberships,
  orgUnits,
  orgUnitVersions,
  people,
} from "@ishc/domain/schema";
import {
  conflict,
  decodeCursor,
  findInScope,
  inScope,
  insertWhere,
  invalidField,
  notFound,
  type RouteHandler,
  requireRole,
  requireWriter,
  ruleError,
  toPage,
  withinSubtree,
} from "@ishc/edge-kit";
import {
  assertCodeFree,
  clubById,
  clubColumns,
  fixedSelect,
  membershipActiveOn,
  orgUnitByCode,
  orgUnitById,
  personById,
  toClubView,
  unitOf,
} from "@ishc/queries";
import { and, asc, eq, gt, gte, isNull, lte, or, sql } from "drizzle-orm";
import type * as routes from "./clubs.routes";

/** A page of the clubs in a unit's subtree, built once for each mix of the optional status, search and cursor. */
const clubPage = (byStatus: boolean, search: boolean, paged: boolean) =>
  fixedSelect(["org", "status", "pattern", "code", "after", "limit"], (qb, p) =>
    qb
      .select(clubColumns)
      .from(clubs)
      .innerJoin(orgUnits, eq(orgUnits.id, clubs.id))
      .where(
        and(
          withinSubtree(orgUnits.path, unitOf(p.org)),
          byStatus ? eq(clubs.status, p.status) : undefined,
          search
            ? or(sql`${orgUnits.nameSearch} LIKE ${p.pattern} ESCAPE '\\'`, eq(orgUnits.code, p.code))
            : undefined,
          paged ? gt(clubs.id, p.after) : undefined,
        ),
      )
      .orderBy(asc(clubs.id))
      .limit(p.limit),
  );
const clubPages = [false, true].flatMap((byStatus) =>
  [false, true].flatMap((search) => [false, true].map((paged) => clubPage(byStatus, search, paged))),
);

const unitPath = fixedSelect(["id"], (qb, p) =>
  qb.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, p.id)).limit(1),
);

export const listClubs: RouteHandler<typeof routes.listClubs> = async ({ user, read }, { query }) => {
  const after = decodeCursor(query.cursor);
  const page = clubPages[(query.status ? 4 : 0) + (query.q ? 2 : 0) + (after ? 1 : 0)]!({
    org: query.under ?? user.org,
    status: query.status ?? "",
    pattern: query.q ? containsPattern(query.q) : "",
    code: query.q ?? "",
    after: after ?? "",
    limit: query.limit + 1,
  });
  // Under the caller's own unit the subtree is in scope by definition: no unit to look up.
  const [rows, roots] = await (query.under ? read(page, unitPath({ id: query.under })) : read(page));
  if (roots) inScope(user, roots, "org unit");
  const { items, nextCursor } = toPage(rows, query.limit);
  return { items: items.map(toClubView), nextCursor };
};

export const createClub: RouteHandler<typeof routes.createClub> = async (ctx, { body }) => {
  const { db } = ctx;
  requireRole(ctx.user, ["national_admin", "province_admin", "commune_officer"], "register clubs");
  const [parents, taken] = await ctx.read(orgUnitById(db, body.parentId), orgUnitByCode(db, body.code));
  const parent = inScope(ctx.user, parents, "org unit");
  const misplaced = parentKindProblem("club", parent.kind);
  if (misplaced)
    throw invalidField("parentId", misplaced, "wrong_parent_kind", { kind: "club", parentKind: parent.kind });
  if (body.foundedOn > vietnamDate())
    throw invalidField("foundedOn", "must not be in the future", "in_future");
  assertCodeFree(taken);
  const id = newId("orgUnit");
  const path = childPath(parent.path, id);
  await ctx.write([
    db.insert(orgUnits).values({
      id,
      kind: "club",
      name: body.name,
      nameSearch: foldVietnamese(body.name),
      code: body.code,
      parentId: parent.id,
      path,
      createdAt: new Date().toISOString(),
    }),
    db.insert(orgUnitVersions).values({
      id: newId("orgUnitVersion"),
      orgUnitId: id,
      parentId: parent.id,
      name: body.name,
      validFrom: body.foundedOn,
    }),
    db.insert(clubs).values({ id, foundedOn: body.foundedOn, status: "active", statusSince: body.foundedOn }),
    db.insert(clubStatusHistory).values({
      id: newId("clubStatus"),
      clubId: id,
      status: "active",
      effectiveFrom: body.foundedOn,
      reason: "founded",
    }),
    ctx.audit({ action: "create", entity: "club", entityId: id, orgUnitId: id, detail: { code: body.code } }),
  ]);
  return {
    id,
    code: body.code,
    name: body.name,
    parentId: parent.id,
    path,
    foundedOn: body.foundedOn,
    status: "active" as const,
    statusSince: body.foundedOn,
  };
};

export const getClub: RouteHandler<typeof routes.getClub> = async (ctx, { params }) =>
  toClubView(await findInScope(ctx, clubById(ctx.db, params.id), "club"));

export const changeClubStatus: RouteHandler<typeof routes.changeClubStatus> = async (
  ctx,
  { params, body },
) => {
  const { db } = ctx;
  requireRole(ctx.user, ["national_admin", "province_admin", "commune_officer"], "change a club's status");
  const club = toClubView(await findInScope(ctx, clubById(db, params.id), "club"));
  if (club.status === "dissolved") throw conflict("The club is dissolved; its status can no longer change");
  if (club.status === body.status)
    throw invalidField("status", `the club is already ${body.status}`, "status_unchanged", {
      status: body.status,
    });
  if (body.effectiveFrom <= club.statusSince) {
    throw invalidField(
      "effectiveFrom",
      `must be after ${club.statusSince}, when the current status began`,
      "not_after_current_state",
      { date: club.statusSince },
    );
  }
  if (body.effectiveFrom > vietnamDate())
    throw invalidField("effectiveFrom", "must not be in the future", "in_future");
  const [updated] = await ctx.write([
    db
      .update(clubs)
      .set({ status: body.status, statusSince: body.effectiveFrom })
      .where(
        and(eq(clubs.id, club.id), eq(clubs.status, club.status), eq(clubs.statusSince, club.statusSince)),
      )
      .returning({ id: clubs.id }),
    insertWhere(
      db,
      clubStatusHistory,
      {
        id: newId("clubStatus"),
        clubId: club.id,
        status: body.status,
        effectiveFrom: body.effectiveFrom,
        reason: body.reason ?? null,
      },
      sql`changes() = 1`,
    ),
    ctx.auditIfChanged({
      action: "change_status",
      entity: "club",
      entityId: club.id,
      orgUnitId: club.id,
      detail: { from: club.status, to: body.status, effectiveFrom: body.effectiveFrom },
    }),
  ]);
  if (updated.length === 0) throw conflict("The club's status changed meanwhile; reload and try again");
  return { ...club, status: body.status, statusSince: body.effectiveFrom };
};

const roleColumns = {
  id: clubRoles.id,
  clubId: clubRoles.clubId,
  personId: clubRoles.personId,
  fullName: people.fullName,
  role: clubRoles.role,
  startsOn: clubRoles.startsOn,
  endsOn: clubRoles.endsOn,
};

export const listClubRoles: RouteHandler<typeof routes.listClubRoles> = async (
  { user, db, read },
  { params, query },
) => {
  requireWriter(user, "see the board and volunteers by name; viewers see counts and shares");
  const asOf = query.asOf ?? vietnamDate();
  const [clubRows, items] = await read(
    clubById(db, params.id),
    db
      .select(roleColumns)
      .from(clubRoles)
      .innerJoin(people, eq(people.id, clubRoles.personId))
      .where(
        and(
          eq(clubRoles.clubId, params.id),
          lte(clubRoles.startsOn, asOf),
          or(isNull(clubRoles.endsOn), gte(clubRoles.endsOn, asOf)),
        ),
      )
      .orderBy(asc(clubRoles.role), asc(people.nameSearch)),
  );
  inScope(user, clubRows, "club");
  return { items };
};

export const addClubRole: RouteHandler<typeof routes.addClubRole> = async (ctx, { params, body }) => {
  const { db } = ctx;
  requireWriter(ctx.user, "change a club's board or volunteers");
  const term = { startsOn: body.startsOn, endsOn: body.endsOn ?? null };
  const [clubRows, personRows, memberRows, seatTerms] = await ctx.read(
    clubById(db, params.id),
    personById(db, body.personId),
    db
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.personId, body.personId),
          eq(memberships.clubId, params.id),
          membershipActiveOn(body.startsOn),
        ),
      )
      .limit(1),
    db
      .select({ startsOn: clubRoles.startsOn, endsOn: clubRoles.endsOn, fullName: people.fullName })
      .from(clubRoles)
      .innerJoin(people, eq(people.id, clubRoles.personId))
      .where(and(eq(clubRoles.clubId, params.id), eq(clubRoles.role, body.role))),
  );
  const club = inScope(ctx.user, clubRows, "club");
  const person = inScope(ctx.user, personRows, "person");
  if (memberRows.length === 0)
    throw invalidField("personId", `is not a member of this club on ${body.startsOn}`, "not_active_member", {
      date: body.startsOn,
    });
  const seatTaken = (holder?: { startsOn: string; endsOn: string | null; fullName: string }) =>
    conflict(`The club has one ${body.role} at a time; the term overlaps another holder's`, [
      holder
        ? ruleError(
            "role",
            `the seat is held by ${holder.fullName} from ${holder.startsOn}${holder.endsOn ? ` to ${holder.endsOn}` : ""}`,
            "seat_taken",
            { name: holder.fullName, from: holder.startsOn },
          )
        : ruleError("role", "the seat was given to someone else meanwhile", "seat_taken_meanwhile"),
    ]);
  const clash = clashingTerm(body.role, term, seatTerms);
  if (clash) throw seatTaken(clash);
  const row = {
    id: newId("clubRole"),
    clubId: club.id,
    personId: person.id,
    role: body.role,
    startsOn: term.startsOn,
    endsOn: term.endsOn,
  };
  // A single seat is written only if no term of it shares a day with this one when the batch runs.
  const seatFree = isSingleSeat(body.role)
    ? sql`NOT EXISTS (SELECT 1 FROM ${clubRoles} WHERE ${clubRoles.clubId} = ${club.id}
        AND ${clubRoles.role} = ${body.role}
        AND ${clubRoles.startsOn} <= ${term.endsOn ?? "9999-12-31"}
        AND (${clubRoles.endsOn} IS NULL OR ${clubRoles.endsOn} >= ${term.startsOn}))`
    : sql`1 = 1`;
  const [inserted] = await ctx.write([
    insertWhere(db, clubRoles, row, seatFree),
    ctx.auditIfChanged({
      action: "assign_role",
      entity: "club_role",
      entityId: row.id,
      orgUnitId: club.id,
      detail: { role: row.role },
    }),
  ]);
  if (((inserted as D1Result).meta?.changes ?? 0) === 0) throw seatTaken();
  return { ...row, fullName: person.fullName };
};

export const endClubRole: RouteHandler<typeof routes.endClubRole> = async (ctx, { params, body }) => {
  const { db } = ctx;
  requireWriter(ctx.user, "change a club's board or volunteers");
  const [clubRows, roles] = await ctx.read(
    clubById(db, params.id),
    db
      .select(roleColumns)
      .from(clubRoles)
      .innerJoin(people, eq(people.id, clubRoles.personId))
      .where(and(eq(clubRoles.id, params.roleId), eq(clubRoles.clubId, params.id)))
      .limit(1),
  );
  const club = inScope(ctx.user, clubRows, "club");
  const [role] = roles;
  if (!role) throw notFound("club role");
  if (role.endsOn !== null) throw conflict(`That term already ended on ${role.endsOn}`);
  if (body.endsOn < role.startsOn)
    throw invalidField(
      "endsOn",
      `must not be before the term began (${role.startsOn})`,
      "before_term_start",
      {
        date: role.startsOn,
      },
    );
  const [updated] = await ctx.write([
    db
      .update(clubRoles)
      .set({ endsOn: body.endsOn })
      .where(and(eq(clubRoles.id, role.id), isNull(clubRoles.endsOn)))
      .returning({ id: clubRoles.id }),
    ctx.auditIfChanged({
      action: "end_role",
      entity: "club_role",
      entityId: role.id,
      orgUnitId: club.id,
      detail: { endsOn: body.endsOn },
    }),
  ]);
  if (updated.length === 0) throw conflict("That term was ended meanwhile");
  return { ...role, endsOn: body.endsOn };
};
