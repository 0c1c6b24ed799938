import { containsPattern, foldVietnamese, yearOf } from "@ishc/domain";
import { memberships, orgUnits, people } from "@ishc/domain/schema";
import {
  decodeCursor,
  inScope,
  invalid,
  type RouteHandler,
  requireWriter,
  ruleError,
  toPage,
  withinSubtree,
} from "@ishc/edge-kit";
import { fixedSelect, personById, personView, unitOf } from "@ishc/queries";
import { and, asc, eq, getTableColumns, gt, sql } from "drizzle-orm";
import type * as routes from "./people.routes";

export const searchPeople: RouteHandler<typeof routes.searchPeople> = async (
  { user, db, read },
  { query },
) => {
  requireWriter(user, "look up named people; viewers see counts and shares");
  const after = decodeCursor(query.cursor);
  const [rows] = await read(
    db
      .select({ person: people, id: people.id })
      .from(people)
      .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
      .where(
        and(
          withinSubtree(orgUnits.path, user),
          query.q ? sql`${people.nameSearch} LIKE ${containsPattern(query.q)} ESCAPE '\\'` : undefined,
          after ? gt(people.id, after) : undefined,
        ),
      )
      .orderBy(asc(people.id))
      .limit(query.limit + 1),
  );
  const page = toPage(rows, query.limit);
  return { items: page.items.map((r) => personView(r.person, user)), nextCursor: page.nextCursor };
};

/** A person's memberships in the clubs of `org`'s subtree: a person can have been a member elsewhere too. */
const membershipsWithin = fixedSelect(["personId", "org"], (qb, p) =>
  qb
    .select(getTableColumns(memberships))
    .from(memberships)
    .innerJoin(orgUnits, eq(orgUnits.id, memberships.clubId))
    .where(and(eq(memberships.personId, p.personId), withinSubtree(orgUnits.path, unitOf(p.org))))
    .orderBy(asc(memberships.joinedOn), asc(memberships.id)),
);

export const getPerson: RouteHandler<typeof routes.getPerson> = async ({ user, db, read }, { params }) => {
  requireWriter(user, "see a named person's record; viewers see counts and shares");
  const [personRows, rows] = await read(
    personById(db, params.id),
    membershipsWithin({ personId: params.id, org: user.org }),
  );
  const person = inScope(user, personRows, "person");
  return { person: personView(person, user), memberships: rows };
};

export const updatePerson: RouteHandler<typeof routes.updatePerson> = async (ctx, { params, body }) => {
  const { user, db } = ctx;
  requireWriter(user, "change people's records");
  const [personRows, firstJoins] = await ctx.read(
    personById(db, params.id),
    db
      .select({ joinedOn: memberships.joinedOn })
      .from(memberships)
      .where(eq(memberships.personId, params.id))
      .orderBy(asc(memberships.joinedOn))
      .limit(1),
  );
  const { path: _path, ...person } = inScope(user, personRows, "person");
  const merged = {
    ...person,
    ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
  };
  if (body.birthDate) merged.birthYear = yearOf(body.birthDate);
  else if (body.birthYear != null && person.birthDate && yearOf(person.birthDate) !== body.birthYear) {
    merged.birthDate = null;
  }
  if (merged.povertyStatus === "none") merged.povertyCertifiedYear = null;
  if (merged.birthYear == null)
    throw invalid([ruleError("birthYear", "a person needs at least a birth year", "birth_year_required")]);
  const [firstJoin] = firstJoins;
  if (
    firstJoin &&
    (merged.birthDate ? merged.birthDate > firstJoin.joinedOn : merged.birthYear > yearOf(firstJoin.joinedOn))
  ) {
    throw invalid([
      ruleError(
        body.birthDate ? "birthDate" : "birthYear",
        `is after the person joined a club (${firstJoin.joinedOn})`,
        "born_after_joining",
        { date: firstJoin.joinedOn },
      ),
    ]);
  }
  const changes = {
    fullName: merged.fullName,
    nameSearch: foldVietnamese(merged.fullName),
    sex: merged.sex,
    birthDate: merged.birthDate ?? null,
    birthYear: merged.birthYear,
    ethnicity: merged.ethnicity ?? null,
    povertyStatus: merged.povertyStatus,
    povertyCertifiedYear: merged.povertyCertifiedYear ?? null,
    livesAlone: merged.livesAlone,
    phone: merged.phone ?? null,
  };
  await ctx.write([
    db.update(people).set(changes).where(eq(people.id, person.id)),
    ctx.auditIfChanged({
      action: "update",
      entity: "person",
      entityId: person.id,
      orgUnitId: person.orgUnitId,
      detail: { fields: Object.keys(body) },
    }),
  ]);
  return personView({ ...person, ...changes }, user);
};
