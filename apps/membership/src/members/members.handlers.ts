import {
  birthYearOf,
  compositionOn,
  containsPattern,
  foldVietnamese,
  newId,
  overlappingStint,
  type PersonIdentity,
  parseMemberRegister,
  vietnamDate,
} from "@ishc/domain";
import type { FieldError, PersonInput } from "@ishc/domain/contracts";
import { clubRoles, memberships, people } from "@ishc/domain/schema";
import {
  AppError,
  chunkForInsert,
  conflict,
  type Database,
  decodeCursor,
  findInScope,
  inScope,
  insertWhere,
  invalid,
  invalidField,
  type RouteHandler,
  requireWriter,
  ruleError,
  toPage,
} from "@ishc/edge-kit";
import {
  clubById,
  fixedSelect,
  membershipActiveOn,
  membershipById,
  personById,
  personView,
} from "@ishc/queries";
import { and, asc, eq, gt, isNull, lte, type SQL, sql } from "drizzle-orm";
import { compositionDate, compositionFor } from "./composition-access";
import type * as routes from "./members.routes";
import { enrolledAlready, joiningDateProblems, overlapError } from "./members.rules";

const membershipView = (m: typeof memberships.$inferSelect) => ({
  id: m.id,
  personId: m.personId,
  clubId: m.clubId,
  joinedOn: m.joinedOn,
  leftOn: m.leftOn,
  leaveReason: m.leaveReason,
});

/** A page of a club's members on a day, built once for each mix of the optional search and cursor. */
const memberPage = (search: boolean, paged: boolean) =>
  fixedSelect(["clubId", "on", "pattern", "after", "limit"], (qb, p) =>
    qb
      .select({ membership: memberships, person: people, id: memberships.id })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(
        and(
          eq(memberships.clubId, p.clubId),
          membershipActiveOn(p.on),
          search ? sql`${people.nameSearch} LIKE ${p.pattern} ESCAPE '\\'` : undefined,
          paged ? gt(memberships.id, p.after) : undefined,
        ),
      )
      .orderBy(asc(memberships.id))
      .limit(p.limit),
  );
const memberPages = [
  memberPage(false, false),
  memberPage(false, true),
  memberPage(true, false),
  memberPage(true, true),
];

export const listMembers: RouteHandler<typeof routes.listMembers> = async (
  { user, db, read },
  { params, query },
) => {
  requireWriter(user, "list named members; viewers see counts and shares");
  const after = decodeCursor(query.cursor);
  const page = memberPages[(query.q ? 2 : 0) + (after ? 1 : 0)]!;
  const [clubRows, rows] = await read(
    clubById(db, params.id),
    page({
      clubId: params.id,
      on: query.asOf ?? vietnamDate(),
      pattern: query.q ? containsPattern(query.q) : "",
      after: after ?? "",
      limit: query.limit + 1,
    }),
  );
  inScope(user, clubRows, "club");
  const { items, nextCursor } = toPage(rows, query.limit);
  return {
    items: items.map((r) => ({
      membership: membershipView(r.membership),
      person: personView(r.person, user),
    })),
    nextCursor,
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

/** A guarded insert in a batch wrote its row (`insertWhere` runs as a plain statement). */
const wrote = (result: unknown) => ((result as D1Result).meta?.changes ?? 0) > 0;

/** The identity `isSamePerson` compares, of a person as entered. */
const identityOf = (person: PersonInput): PersonIdentity => ({
  fullName: person.fullName,
  birthYear: birthYearOf(person) ?? 0,
  birthDate: person.birthDate ?? null,
});

/** Everyone the club has enrolled, one row per stint, with what identifies them. */
const enrolledIn = (db: Database, clubId: string, sameKeyAs?: PersonIdentity) =>
  db
    .select({
      fullName: people.fullName,
      birthYear: people.birthYear,
      birthDate: people.birthDate,
      joinedOn: memberships.joinedOn,
      leftOn: memberships.leftOn,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        eq(memberships.clubId, clubId),
        sameKeyAs ? eq(people.nameSearch, foldVietnamese(sameKeyAs.fullName)) : undefined,
        sameKeyAs ? eq(people.birthYear, sameKeyAs.birthYear) : undefined,
      ),
    );

/**
 * `enrolledAlready` in SQL, for the write batch: the club has a stint of a
 * person with the same folded name and birth year (and no other full birth
 * date) that is open or ends on or after the new joining day. Each of `rows`
 * is `{ n, y, d, j }`: folded name, birth year, birth date or null, joining day.
 */
function samePersonEnrolledSql(
  clubId: string,
  rows: readonly { n: string; y: number; d: string | null; j: string }[],
): SQL {
  return sql`EXISTS (SELECT 1 FROM json_each(${JSON.stringify(rows)}) AS r
    INNER JOIN ${people} ON ${people.nameSearch} = json_extract(r.value, '$.n')
      AND ${people.birthYear} = json_extract(r.value, '$.y')
    INNER JOIN ${memberships} ON ${memberships.personId} = ${people.id} AND ${memberships.clubId} = ${clubId}
    WHERE (${people.birthDate} IS NULL OR json_extract(r.value, '$.d') IS NULL
        OR ${people.birthDate} = json_extract(r.value, '$.d'))
      AND (${memberships.leftOn} IS NULL OR ${memberships.leftOn} >= json_extract(r.value, '$.j')))`;
}

const keyRow = (person: PersonIdentity, joinedOn: string) => ({
  n: foldVietnamese(person.fullName),
  y: person.birthYear,
  d: person.birthDate ?? null,
  j: joinedOn,
});

export const addMember: RouteHandler<typeof routes.addMember> = async (ctx, { params, body }) => {
  const { user, db } = ctx;
  requireWriter(user, "enrol members");
  const existingId = "personId" in body ? body.personId : "";
  const newcomer = "person" in body ? identityOf(body.person) : undefined;
  const [clubRows, personRows, stints, namesakes] = await ctx.read(
    clubById(db, params.id),
    personById(db, existingId),
    db
      .select({ joinedOn: memberships.joinedOn, leftOn: memberships.leftOn })
      .from(memberships)
      .where(and(eq(memberships.personId, existingId), eq(memberships.clubId, params.id))),
    enrolledIn(db, params.id, newcomer ?? { fullName: "\u0000", birthYear: -1 }),
  );
  const club = inScope(user, clubRows, "club");
  openClub(club);
  const person =
    "personId" in body ? inScope(user, personRows, "person") : newPersonRow(body.person, club.id);
  const problems = joiningDateProblems(body.joinedOn, club, person);
  if (problems.length > 0) throw invalid(problems);
  const membership = {
    id: newId("membership"),
    personId: person.id,
    clubId: club.id,
    joinedOn: body.joinedOn,
    leftOn: null,
    leaveReason: null,
  };
  const auditEnrol = ctx.auditIfChanged({
    action: "enrol",
    entity: "membership",
    entityId: membership.id,
    orgUnitId: club.id,
  });

  if (!newcomer) {
    const overlap = overlappingStint(body.joinedOn, stints);
    if (overlap && overlap.leftOn === null) {
      throw conflict("The person is already an active member of this club", [
        ruleError("personId", "already has an open membership in this club", "already_member"),
      ]);
    }
    if (overlap) {
      throw conflict("A person's memberships of one club never overlap", [overlapError(overlap)]);
    }
    const [enrolled] = await ctx.write([
      insertWhere(
        db,
        memberships,
        membership,
        sql`NOT EXISTS (SELECT 1 FROM ${memberships} WHERE ${memberships.personId} = ${person.id}
          AND ${memberships.clubId} = ${club.id}
          AND (${memberships.leftOn} IS NULL OR ${memberships.leftOn} >= ${body.joinedOn}))`,
      ),
      auditEnrol,
    ]);
    if (!wrote(enrolled)) {
      throw conflict("The person's memberships of this club changed meanwhile; reload and try again", [
        ruleError("joinedOn", "overlaps a membership of the person in this club", "enrolled_meanwhile"),
      ]);
    }
    return { membership, person: personView(person, user) };
  }

  const already = enrolledAlready(newcomer, body.joinedOn, namesakes);
  const refuse = (problem: FieldError) =>
    conflict("The club already has this person (same name and birth year)", [
      { ...problem, field: problem.field === "fullName" ? "person.fullName" : problem.field },
    ]);
  if (already) throw refuse(already);
  const row = person as ReturnType<typeof newPersonRow>;
  const [registered] = await ctx.write([
    insertWhere(
      db,
      people,
      row,
      sql`NOT ${samePersonEnrolledSql(club.id, [keyRow(newcomer, body.joinedOn)])}`,
    ),
    ctx.auditIfChanged({ action: "create", entity: "person", entityId: row.id, orgUnitId: club.id }),
    insertWhere(
      db,
      memberships,
      membership,
      sql`EXISTS (SELECT 1 FROM ${people} WHERE ${people.id} = ${row.id})`,
    ),
    auditEnrol,
  ]);
  if (!wrote(registered)) {
    throw refuse(
      ruleError(
        "fullName",
        "was enrolled in this club meanwhile (same name and birth year)",
        "enrolled_meanwhile",
      ),
    );
  }
  return { membership, person: personView(row, user) };
};

export const importMembers: RouteHandler<typeof routes.importMembers> = async (ctx, { params, upload }) => {
  const { user, db } = ctx;
  requireWriter(user, "import member registers");
  const [clubRows, enrolled] = await ctx.read(clubById(db, params.id), enrolledIn(db, params.id));
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
  const today = vietnamDate();
  const recordErrors = parsed.rows.flatMap(({ row, person, joinedOn }) => {
    const problems = joiningDateProblems(joinedOn, club, person, today).map((p) => ({ ...p, row }));
    const already = enrolledAlready(identityOf(person), joinedOn, enrolled);
    if (already) problems.push({ ...already, row });
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
  try {
    await ctx.writeAll([
      // D1 has no RAISE outside triggers: if, when the batch runs, the club has a stint of the same
      // person as a row of the file that the row would overlap, this writes a membership that ends
      // before it begins, the CHECK constraint fails, and the whole batch rolls back.
      insertWhere(
        db,
        memberships,
        {
          id: newId("membership"),
          personId: personRows[0]!.id,
          clubId: club.id,
          joinedOn: "9999-12-31",
          leftOn: "1900-01-01",
        },
        samePersonEnrolledSql(
          club.id,
          parsed.rows.map(({ person, joinedOn }) => keyRow(identityOf(person), joinedOn)),
        ),
      ),
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
  } catch (error) {
    if (error instanceof Error && /CHECK constraint failed/i.test(error.message)) {
      throw conflict(
        "Members of this club were enrolled meanwhile; nothing was imported. Send the file again",
        [
          ruleError(
            "file",
            "a row is now the same person as a member enrolled meanwhile",
            "enrolled_meanwhile",
          ),
        ],
      );
    }
    throw error;
  }
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
    throw invalidField(
      "leftOn",
      `must not be before the member joined (${membership.joinedOn})`,
      "before_joining",
      {
        date: membership.joinedOn,
      },
    );
  }
  if (body.leftOn > vietnamDate()) throw invalidField("leftOn", "must not be in the future", "in_future");
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
