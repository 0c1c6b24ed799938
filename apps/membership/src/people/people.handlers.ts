import { containsPattern, foldVietnamese, yearOf } from "@ishc/domain";
import { memberships, orgUnits, people } from "@ishc/domain/schema";
import {
  database,
  decodeCursor,
  invalid,
  type RouteHandler,
  requireWriter,
  toPage,
  withinSubtree,
} from "@ishc/edge-kit";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { personInScope } from "../shared/lookups";
import { auditChanged } from "../shared/service";
import { personView } from "../shared/views";
import type * as routes from "./people.routes";

export const searchPeople: RouteHandler<typeof routes.searchPeople> = async (c, { query }) => {
  const user = c.get("user");
  const after = decodeCursor(query.cursor);
  const rows = await database(c)
    .select({ person: people, id: people.id })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
    .where(
      and(
        withinSubtree(orgUnits.path, user.path),
        query.q ? sql`${people.nameSearch} LIKE ${containsPattern(query.q)} ESCAPE '\\'` : undefined,
        after ? gt(people.id, after) : undefined,
      ),
    )
    .orderBy(asc(people.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map((r) => personView(r.person, user)), nextCursor: page.nextCursor };
};

export const getPerson: RouteHandler<typeof routes.getPerson> = async (c, { params }) => {
  const user = c.get("user");
  const db = database(c);
  const person = await personInScope(db, user, params.id);
  const rows = await db
    .select()
    .from(memberships)
    .where(eq(memberships.personId, person.id))
    .orderBy(asc(memberships.joinedOn));
  return { person: personView(person, user), memberships: rows };
};

export const updatePerson: RouteHandler<typeof routes.updatePerson> = async (c, { params, body }) => {
  const user = c.get("user");
  requireWriter(user, "change people's records");
  const db = database(c);
  const person = await personInScope(db, user, params.id);
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
    throw invalid([{ field: "birthYear", message: "a person needs at least a birth year" }]);
  const [firstJoin] = await db
    .select({ joinedOn: memberships.joinedOn })
    .from(memberships)
    .where(eq(memberships.personId, person.id))
    .orderBy(asc(memberships.joinedOn))
    .limit(1);
  if (
    firstJoin &&
    (merged.birthDate ? merged.birthDate > firstJoin.joinedOn : merged.birthYear > yearOf(firstJoin.joinedOn))
  ) {
    throw invalid([
      {
        field: body.birthDate ? "birthDate" : "birthYear",
        message: `is after the person joined a club (${firstJoin.joinedOn})`,
      },
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
  await db.batch([
    db.update(people).set(changes).where(eq(people.id, person.id)),
    auditChanged(c, {
      action: "update",
      entity: "person",
      entityId: person.id,
      orgUnitId: person.orgUnitId,
      detail: { fields: Object.keys(body) },
    }),
  ]);
  return personView({ ...person, ...changes }, user);
};
