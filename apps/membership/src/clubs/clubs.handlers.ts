import { childPath, containsPattern, foldVietnamese, newId, vietnamDate } from "@ishc/domain";
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
  database,
  decodeCursor,
  invalidField,
  notFound,
  type RouteHandler,
  requireRole,
  requireWriter,
  toPage,
  withinSubtree,
} from "@ishc/edge-kit";
import { and, asc, eq, gt, gte, isNull, lte, or, sql } from "drizzle-orm";
import { assertCodeFree } from "../org-units/org-units.handlers";
import {
  clubColumns,
  clubInScope,
  membershipActiveOn,
  orgUnitInScope,
  personInScope,
  toClubView,
} from "../shared/lookups";
import { audit, auditChanged } from "../shared/service";
import type * as routes from "./clubs.routes";

export const listClubs: RouteHandler<typeof routes.listClubs> = async (c, { query }) => {
  const user = c.get("user");
  const db = database(c);
  const root = query.under ? (await orgUnitInScope(db, user, query.under)).path : user.path;
  const after = decodeCursor(query.cursor);
  const rows = await db
    .select(clubColumns)
    .from(clubs)
    .innerJoin(orgUnits, eq(orgUnits.id, clubs.id))
    .where(
      and(
        withinSubtree(orgUnits.path, root),
        query.status ? eq(clubs.status, query.status) : undefined,
        query.q
          ? or(
              sql`${orgUnits.nameSearch} LIKE ${containsPattern(query.q)} ESCAPE '\\'`,
              eq(orgUnits.code, query.q),
            )
          : undefined,
        after ? gt(clubs.id, after) : undefined,
      ),
    )
    .orderBy(asc(clubs.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(toClubView), nextCursor: page.nextCursor };
};

export const createClub: RouteHandler<typeof routes.createClub> = async (c, { body }) => {
  const user = c.get("user");
  requireRole(user, ["province_admin", "commune_officer"], "register clubs");
  const db = database(c);
  const parent = await orgUnitInScope(db, user, body.parentId);
  if (parent.kind === "club") throw invalidField("parentId", "must be a commune or ward, not another club");
  if (body.foundedOn > vietnamDate()) throw invalidField("foundedOn", "must not be in the future");
  await assertCodeFree(db, body.code);
  const id = newId("orgUnit");
  const path = childPath(parent.path, id);
  await db.batch([
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
    audit(c, { action: "create", entity: "club", entityId: id, orgUnitId: id, detail: { code: body.code } }),
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

export const getClub: RouteHandler<typeof routes.getClub> = async (c, { params }) =>
  clubInScope(database(c), c.get("user"), params.id);

export const changeClubStatus: RouteHandler<typeof routes.changeClubStatus> = async (c, { params, body }) => {
  const user = c.get("user");
  requireRole(user, ["province_admin", "commune_officer"], "change a club's status");
  const db = database(c);
  const club = await clubInScope(db, user, params.id);
  if (club.status === "dissolved") throw conflict("The club is dissolved; its status can no longer change");
  if (club.status === body.status) throw invalidField("status", `the club is already ${body.status}`);
  if (body.effectiveFrom <= club.statusSince) {
    throw invalidField("effectiveFrom", `must be after ${club.statusSince}, when the current status began`);
  }
  if (body.effectiveFrom > vietnamDate()) throw invalidField("effectiveFrom", "must not be in the future");
  const [updated] = await db.batch([
    db
      .update(clubs)
      .set({ status: body.status, statusSince: body.effectiveFrom })
      .where(
        and(eq(clubs.id, club.id), eq(clubs.status, club.status), eq(clubs.statusSince, club.statusSince)),
      )
      .returning({ id: clubs.id }),
    db
      .insert(clubStatusHistory)
      .select(sql`SELECT ${newId("clubStatus")}, ${club.id}, ${body.status}, ${body.effectiveFrom}, ${body.reason ?? null}
      WHERE changes() = 1`),
    auditChanged(c, {
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

export const listClubRoles: RouteHandler<typeof routes.listClubRoles> = async (c, { params, query }) => {
  const db = database(c);
  const club = await clubInScope(db, c.get("user"), params.id);
  const asOf = query.asOf ?? vietnamDate();
  const items = await db
    .select(roleColumns)
    .from(clubRoles)
    .innerJoin(people, eq(people.id, clubRoles.personId))
    .where(
      and(
        eq(clubRoles.clubId, club.id),
        lte(clubRoles.startsOn, asOf),
        or(isNull(clubRoles.endsOn), gte(clubRoles.endsOn, asOf)),
      ),
    )
    .orderBy(asc(clubRoles.role), asc(people.nameSearch));
  return { items };
};

export const addClubRole: RouteHandler<typeof routes.addClubRole> = async (c, { params, body }) => {
  const user = c.get("user");
  requireWriter(user, "change a club's board or volunteers");
  const db = database(c);
  const club = await clubInScope(db, user, params.id);
  const person = await personInScope(db, user, body.personId);
  const [membership] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.personId, person.id),
        eq(memberships.clubId, club.id),
        membershipActiveOn(body.startsOn),
      ),
    )
    .limit(1);
  if (!membership) throw invalidField("personId", `is not a member of this club on ${body.startsOn}`);
  if (body.role === "chair") {
    const [chair] = await db
      .select({ id: clubRoles.id })
      .from(clubRoles)
      .where(and(eq(clubRoles.clubId, club.id), eq(clubRoles.role, "chair"), isNull(clubRoles.endsOn)))
      .limit(1);
    if (chair)
      throw conflict("The club already has a chair; end that term first", [
        { field: "role", message: "the chair's seat is taken" },
      ]);
  }
  const row = {
    id: newId("clubRole"),
    clubId: club.id,
    personId: person.id,
    role: body.role,
    startsOn: body.startsOn,
    endsOn: body.endsOn ?? null,
  };
  await db.batch([
    db.insert(clubRoles).values(row),
    audit(c, {
      action: "assign_role",
      entity: "club_role",
      entityId: row.id,
      orgUnitId: club.id,
      detail: { role: row.role },
    }),
  ]);
  return { ...row, fullName: person.fullName };
};

export const endClubRole: RouteHandler<typeof routes.endClubRole> = async (c, { params, body }) => {
  const user = c.get("user");
  requireWriter(user, "change a club's board or volunteers");
  const db = database(c);
  const club = await clubInScope(db, user, params.id);
  const [role] = await db
    .select(roleColumns)
    .from(clubRoles)
    .innerJoin(people, eq(people.id, clubRoles.personId))
    .where(and(eq(clubRoles.id, params.roleId), eq(clubRoles.clubId, club.id)))
    .limit(1);
  if (!role) throw notFound("club role");
  if (role.endsOn !== null) throw conflict(`That term already ended on ${role.endsOn}`);
  if (body.endsOn < role.startsOn)
    throw invalidField("endsOn", `must not be before the term began (${role.startsOn})`);
  const [updated] = await db.batch([
    db
      .update(clubRoles)
      .set({ endsOn: body.endsOn })
      .where(and(eq(clubRoles.id, role.id), isNull(clubRoles.endsOn)))
      .returning({ id: clubRoles.id }),
    auditChanged(c, {
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
