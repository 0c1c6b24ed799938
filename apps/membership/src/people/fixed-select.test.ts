// Reads whose SQL is built once (`fixedSelect`) answer exactly what the same drizzle query answers,
// on the worker's real D1: nested selections, columns of one name in two tables, booleans, nulls,
// SQL expressions with their own decoder, placeholders bound per call.
import { env } from "cloudflare:workers";
import { memberships, orgUnits, people } from "@ishc/domain/schema";
import { runBatch } from "@ishc/edge-kit";
import { clubById, fixedSelect, personById } from "@ishc/queries";
import { and, asc, eq, getTableColumns, gt, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { beforeAll, describe, expect, it } from "vitest";
import { call, newMember, world } from "../../test/helpers";

type World = Awaited<ReturnType<typeof world>>;

const memberRows = fixedSelect(["clubId", "after", "limit"], (qb, p) =>
  qb
    .select({
      membership: memberships,
      person: people,
      id: memberships.id,
      alone: sql<boolean>`${people.livesAlone} = 1`.mapWith(Boolean),
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.clubId, p.clubId), gt(memberships.id, p.after)))
    .orderBy(asc(memberships.id))
    .limit(p.limit),
);

describe("fixedSelect", () => {
  let w: World;
  const db = drizzle(env.DB);
  beforeAll(async () => {
    w = await world();
    for (const [fullName, livesAlone] of [
      ["Nông Văn Páo", true],
      ["Hoàng Thị Dung", false],
      ["Lương Văn Tư", true],
    ] as const) {
      const res = await call("POST", `/clubs/${w.clubA.id}/members`, {
        token: w.boardA,
        body: newMember({ fullName, birthYear: 1950, livesAlone, phone: livesAlone ? null : "0912345678" }),
      });
      expect(res.status).toBe(201);
    }
  }, 30_000);

  it("maps a nested join with shared column names, booleans and nulls as drizzle does", async () => {
    const asDrizzle = (after: string, limit: number) =>
      db
        .select({
          membership: memberships,
          person: people,
          id: memberships.id,
          alone: sql<boolean>`${people.livesAlone} = 1`.mapWith(Boolean),
        })
        .from(memberships)
        .innerJoin(people, eq(people.id, memberships.personId))
        .where(and(eq(memberships.clubId, w.clubA.id), gt(memberships.id, after)))
        .orderBy(asc(memberships.id))
        .limit(limit);
    const [fixed, built] = await runBatch(env.DB, [
      memberRows({ clubId: w.clubA.id, after: "", limit: 10 }),
      asDrizzle("", 10),
    ]);
    expect(fixed).toEqual(built);
    expect((fixed as { person: { livesAlone: boolean } }[]).map((r) => r.person.livesAlone)).toEqual([
      true,
      false,
      true,
    ]);
    // Bound anew on each call: the same statement, another page.
    const firstId = (built as { id: string }[])[0]!.id;
    const [next, nextBuilt] = await runBatch(env.DB, [
      memberRows({ clubId: w.clubA.id, after: firstId, limit: 1 }),
      asDrizzle(firstId, 1),
    ]);
    expect(next).toEqual(nextBuilt);
    expect(next).toHaveLength(1);
  });

  it("answers personById and clubById as their drizzle queries do", async () => {
    const [person] = await db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.orgUnitId, w.clubA.id))
      .limit(1);
    const [fixedPerson, fixedClub, builtPerson] = await runBatch(env.DB, [
      personById(db, person!.id),
      clubById(db, w.clubA.id),
      db
        .select({ ...getTableColumns(people), path: orgUnits.path })
        .from(people)
        .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
        .where(eq(people.id, person!.id))
        .limit(1),
    ]);
    expect(fixedPerson).toEqual(builtPerson);
    expect(fixedClub).toEqual([
      {
        id: w.clubA.id,
        code: w.clubA.code,
        name: w.clubA.name,
        parentId: w.communeA.id,
        path: w.clubA.path,
        foundedOn: "2018-03-15",
        status: "active",
        statusSince: "2018-03-15",
      },
    ]);
  });
});
