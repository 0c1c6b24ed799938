import {
  compositionOn,
  containsPattern,
  foldVietnamese,
  newId,
  parseMemberRegister,
  vietnamDate,
} from "@ishc/domain";
import type { PersonInput } from "@ishc/domain/contracts";
import { clubRoles, memberships, people } from "@ishc/domain/schema";
import {
  AppError,
  chunkForInsert,
  conflict,
  decodeCursor,
  findInScope,
  inScope,
  invalid,
  invalidField,
  type RouteHandler,
  requireWriter,
  toPage,
} from "@ishc/edge-kit";
import { clubById, membershipActiveOn, membershipById, personById, personView } from "@ishc/queries";
import { and, asc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import { compositionDate, compositionFor } from "./composition-access";
import type * as routes from "./members.routes";
import { joiningDateProblems } from "./members.rules";

const membershipView = (m: typeof memberships.$inferSelect) => ({
  id: m.id,
  personId: m.personId,
  clubId: m.clubId,
  joinedOn: m.joinedOn,
  leftOn: m.leftOn,
  leaveReason: m.leaveReason,
});

export const listMembers: RouteHandler<typeof routes.listMembers> = async (
  { user, db, read },
  { params, query },
) => {
  requireWriter(user, "list named members; viewers see counts and shares");
  const after = decodeCursor(query.cursor);
  const [clubRows, rows] = await read(
    clubById(db, params.id),
    db
      .select({ membership: memberships, person: people, id: memberships.id })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(
        and(
          eq(memberships.clubId, params.id),
          membershipActiveOn(query.asOf ?? vietnamDate()),
          query.q ? sql`${people.nameSearch} LIKE ${containsPattern(query.q)} ESCAPE '\\'` : undefined,
          after ? gt(memberships.id, after) : undefined,
        ),
      )
      .orderBy(asc(memberships.id))
      .limit(query.limit + 1),
  );
  inScope(user, clubRows, "club");
  const page = toPage(rows, query.limit);
  return {
    items: page.items.map((r) => ({
      membership: membershipView(r.membership),
      person: personView(r.person, user),
    })),
    nextCursor: page.nextCursor,
  };
};

function openClub(club: { status: string }) {
  if (club.status !== "active") throw conflict(`The club is ${club.status}; it cannot take new members`);
}

export function newPersonRow(input: PersonInput, orgUnitId: string) {
  return {
    id: newId("person"),
    orgUnitId,
    fullName: input.fullName,
    nameSearch: foldVietnamese(input.fullName),
    sex: input.sex,
    birthDate: input.birthDate ?? null,
    birthYear: input.birthYear ?? Number(input.birthDate!.slice(0, 4)),
    ethnicity: input.ethnicity ?? null,
    povertyStatus: input.povertyStatus,
    povertyCertifiedYear: input.povertyCertifiedYear ?? null,
    livesAlone: input.livesAlone,
    phone: input.phone ?? null,
    createdAt: new Date().toISOString(),
  };
}

export const addMember: RouteHandler<typeof routes.addMember> = async (ctx, { params, body }) => {
  const { user, db } = ctx;
  requireWriter(user, "enrol members");
  const existingId = "personId" in body ? body.personId : "";
  const [clubRows, personRows, openMemberships] = await ctx.read(
    clubById(db, params.id),
    personById(db, existingId),
    db
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.personId, existingId),
          eq(memberships.clubId, params.id),
          isNull(memberships.leftOn),
        ),
      )
      .limit(1),
  );
  const club = inScope(user, clubRows, "club");
  openClub(club);
  const person =
    "personId" in body ? inScope(user, personRows, "person") : newPersonRow(body.person, club.id);
  const problems = joiningDateProblems(body.joinedOn, club, person);
  if (problems.length > 0) throw invalid(problems);
  if (openMemberships.length > 0) {
    throw conflict("The person is already an active member of this club", [
      { field: "personId", message: "already has an open membership in this club" },
    ]);
  }
  const membership = {
    id: newId("membership"),
    personId: person.id,
    clubId: club.id,
    joinedOn: body.joinedOn,
    leftOn: null,
    leaveReason: null,
  };
  const enrol = [
    db.insert(memberships).values(membership),
    ctx.audit({ action: "enrol", entity: "membership", entityId: membership.id, orgUnitId: club.id }),
  ] as const;
  if ("personId" in body) await ctx.write(enrol);
  else {
    await ctx.write([
      db.insert(people).values(person as ReturnType<typeof newPersonRow>),
      ctx.audit({ action: "create", entity: "person", entityId: person.id, orgUnitId: club.id }),
      ...enrol,
    ]);
  }
  return { membership, person: personView(person, user) };
};

export const importMembers: RouteHandler<typeof routes.importMembers> = async (ctx, { params, upload }) => {
  const { user, db } = ctx;
  requireWriter(user, "import member registers");
  const [clubRows, existing] = await ctx.read(
    clubById(db, params.id),
    db
      .select({ nameSearch: people.nameSearch, birthYear: people.birthYear })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(and(eq(memberships.clubId, params.id), isNull(memberships.leftOn))),
  );
  const club = inScope(user, clubRows, "club");
  openClub(club);
  const parsed = parseMemberRegister(upload);
  if (!parsed.ok && parsed.kind !== "rows") {
    throw parsed.kind === "encoding"
      ? new AppError(
          "UNSUPPORTED_MEDIA_TYPE",
          "The file is not UTF-8 text; nothing was imported",
          parsed.errors,
        )
      : invalid(parsed.errors, "The file's columns are not a member register; nothing was imported");
  }
  const alreadyMembers = new Set(existing.map((p) => `${p.nameSearch}|${p.birthYear}`));
  const today = vietnamDate();
  const recordErrors = parsed.rows.flatMap(({ row, person, joinedOn }) => {
    const problems = joiningDateProblems(joinedOn, club, person, today).map((p) => ({ ...p, row }));
    const birthYear = person.birthYear ?? Number(person.birthDate?.slice(0, 4));
    if (alreadyMembers.has(`${foldVietnamese(person.fullName)}|${birthYear}`)) {
      problems.push({
        row,
        field: "fullName",
        message: "is already an active member of this club (same name and birth year)",
      });
    }
    return problems;
  });
  const rowErrors = [...(parsed.ok ? [] : parsed.errors), ...recordErrors].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0),
  );
  if (rowErrors.length > 0) {
    throw invalid(
      rowErrors,
      `${new Set(rowErrors.map((e) => e.row)).size} row(s) have errors; nothing was imported`,
    );
  }
  const personRows = parsed.rows.map(({ person }) => newPersonRow(person, club.id));
  const membershipRows = parsed.rows.map(({ joinedOn }, i) => ({
    id: newId("membership"),
    personId: personRows[i]!.id,
    clubId: club.id,
    joinedOn,
  }));
  await ctx.writeAll([
    ...chunkForInsert(personRows).map((chunk) => db.insert(people).values(chunk)),
    ...chunkForInsert(membershipRows).map((chunk) => db.insert(memberships).values(chunk)),
    ctx.audit({
      action: "import",
      entity: "club",
      entityId: club.id,
      orgUnitId: club.id,
      detail: { rows: personRows.length },
    }),
  ]);
  return {
    imported: personRows.length,
    clubId: club.id,
    memberships: parsed.rows.map(({ row }, i) => ({
      row,
      personId: personRows[i]!.id,
      membershipId: membershipRows[i]!.id,
    })),
  };
};

export const leaveMembership: RouteHandler<typeof routes.leaveMembership> = async (ctx, { params, body }) => {
  const { db } = ctx;
  requireWriter(ctx.user, "record members leaving");
  const membership = await findInScope(ctx, membershipById(db, params.id), "membership");
  if (membership.leftOn !== null) throw conflict(`The member already left on ${membership.leftOn}`);
  if (body.leftOn < membership.joinedOn) {
    throw invalidField("leftOn", `must not be before the member joined (${membership.joinedOn})`);
  }
  if (body.leftOn > vietnamDate()) throw invalidField("leftOn", "must not be in the future");
  const [updated] = await ctx.write([
    db
      .update(memberships)
      .set({ leftOn: body.leftOn, leaveReason: body.reason })
      .where(and(eq(memberships.id, membership.id), isNull(memberships.leftOn)))
      .returning({ id: memberships.id }),
    ctx.auditIfChanged({
      action: "leave",
      entity: "membership",
      entityId: membership.id,
      orgUnitId: membership.clubId,
      detail: { leftOn: body.leftOn, reason: body.reason },
    }),
    db
      .update(clubRoles)
      .set({ endsOn: body.leftOn })
      .where(
        and(
          eq(clubRoles.clubId, membership.clubId),
          eq(clubRoles.personId, membership.personId),
          isNull(clubRoles.endsOn),
          lte(clubRoles.startsOn, body.leftOn),
        ),
      ),
  ]);
  if (updated.length === 0) throw conflict("The membership was closed meanwhile");
  return { ...membershipView(membership), leftOn: body.leftOn, leaveReason: body.reason };
};

export const clubComposition: RouteHandler<typeof routes.clubComposition> = async (
  { user, db, read },
  { params, query },
) => {
  const asOf = compositionDate(user, query);
  const [clubRows, facts] = await read(
    clubById(db, params.id),
    db
      .select({
        sex: people.sex,
        birthDate: people.birthDate,
        birthYear: people.birthYear,
        povertyStatus: people.povertyStatus,
        livesAlone: people.livesAlone,
        joinedOn: memberships.joinedOn,
        leftOn: memberships.leftOn,
      })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(and(eq(memberships.clubId, params.id), membershipActiveOn(asOf))),
  );
  const club = inScope(user, clubRows, "club");
  return { clubId: club.id, ...compositionFor(user, compositionOn(facts, asOf)) };
};
