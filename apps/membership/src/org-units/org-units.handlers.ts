import { childPath, foldVietnamese, newId, wouldCreateCycle } from "@ishc/domain";
import { orgUnits, orgUnitVersions } from "@ishc/domain/schema";
import {
  AppError,
  conflict,
  database,
  decodeCursor,
  invalidField,
  type RouteHandler,
  requireRole,
  toPage,
  withinSubtree,
} from "@ishc/edge-kit";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { orgUnitInScope } from "../shared/lookups";
import { audit } from "../shared/service";
import type * as routes from "./org-units.routes";

const view = (unit: typeof orgUnits.$inferSelect) => ({
  id: unit.id,
  kind: unit.kind,
  name: unit.name,
  code: unit.code,
  parentId: unit.parentId,
  path: unit.path,
});

export const listOrgUnits: RouteHandler<typeof routes.listOrgUnits> = async (c, { query }) => {
  const user = c.get("user");
  const db = database(c);
  const root = query.under ? (await orgUnitInScope(db, user, query.under)).path : user.path;
  const after = decodeCursor(query.cursor);
  const rows = await db
    .select()
    .from(orgUnits)
    .where(
      and(
        withinSubtree(orgUnits.path, root),
        query.kind ? eq(orgUnits.kind, query.kind) : undefined,
        after ? gt(orgUnits.id, after) : undefined,
      ),
    )
    .orderBy(asc(orgUnits.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit);
  return { items: page.items.map(view), nextCursor: page.nextCursor };
};

export const getOrgUnit: RouteHandler<typeof routes.getOrgUnit> = async (c, { params }) =>
  view(await orgUnitInScope(database(c), c.get("user"), params.id));

export const createOrgUnit: RouteHandler<typeof routes.createOrgUnit> = async (c, { body }) => {
  const user = c.get("user");
  requireRole(user, ["province_admin"], "add org units");
  const db = database(c);
  const parent = await orgUnitInScope(db, user, body.parentId);
  if (parent.kind === "club") throw invalidField("parentId", "a club cannot hold other units");
  await assertCodeFree(db, body.code ?? null);
  const id = newId("orgUnit");
  const unit = {
    id,
    kind: body.kind,
    name: body.name,
    nameSearch: foldVietnamese(body.name),
    code: body.code ?? null,
    parentId: parent.id,
    path: childPath(parent.path, id),
    createdAt: new Date().toISOString(),
  };
  await db.batch([
    db.insert(orgUnits).values(unit),
    db.insert(orgUnitVersions).values({
      id: newId("orgUnitVersion"),
      orgUnitId: id,
      parentId: parent.id,
      name: body.name,
      validFrom: body.effectiveFrom,
    }),
    audit(c, {
      action: "create",
      entity: "org_unit",
      entityId: id,
      orgUnitId: id,
      detail: { kind: unit.kind },
    }),
  ]);
  return view(unit);
};

export async function assertCodeFree(db: ReturnType<typeof database>, code: string | null) {
  if (!code) return;
  const [taken] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code)).limit(1);
  if (taken)
    throw conflict("That code is taken", [{ field: "code", message: "is already used by another unit" }]);
}

export const reorganiseOrgUnit: RouteHandler<typeof routes.reorganiseOrgUnit> = async (
  c,
  { params, body },
) => {
  const user = c.get("user");
  requireRole(user, ["province_admin"], "reorganise the org tree");
  const db = database(c);
  const unit = await orgUnitInScope(db, user, params.id);
  if (unit.path === user.path)
    throw new AppError("FORBIDDEN", "You cannot rename or move the unit your account is bound to");
  const [current] = await db
    .select()
    .from(orgUnitVersions)
    .where(and(eq(orgUnitVersions.orgUnitId, unit.id), isNull(orgUnitVersions.validTo)))
    .limit(1);
  if (current && body.effectiveFrom <= current.validFrom) {
    throw invalidField(
      "effectiveFrom",
      `must be after ${current.validFrom}, when the unit's current version began`,
    );
  }
  let newPath = unit.path;
  let parentId = unit.parentId;
  if (body.parentId && body.parentId !== unit.parentId) {
    const parent = await orgUnitInScope(db, user, body.parentId);
    if (parent.kind === "club") throw invalidField("parentId", "a club cannot hold other units");
    if (wouldCreateCycle(unit.path, parent.path))
      throw invalidField("parentId", "cannot move a unit under itself");
    parentId = parent.id;
    newPath = childPath(parent.path, unit.id);
  }
  const name = body.name ?? unit.name;
  const statements = [
    db
      .update(orgUnitVersions)
      .set({ validTo: body.effectiveFrom })
      .where(and(eq(orgUnitVersions.orgUnitId, unit.id), isNull(orgUnitVersions.validTo))),
    db.insert(orgUnitVersions).values({
      id: newId("orgUnitVersion"),
      orgUnitId: unit.id,
      parentId,
      name,
      validFrom: body.effectiveFrom,
      reason: body.reason ?? null,
    }),
    db
      .update(orgUnits)
      .set({ name, nameSearch: foldVietnamese(name), parentId })
      .where(eq(orgUnits.id, unit.id)),
    audit(c, {
      action: "reorganise",
      entity: "org_unit",
      entityId: unit.id,
      orgUnitId: unit.id,
      detail: {
        from: { name: unit.name, parentId: unit.parentId },
        to: { name, parentId },
        effectiveFrom: body.effectiveFrom,
      },
    }),
  ] as const;
  if (newPath !== unit.path) {
    await db.batch([
      ...statements,
      db
        .update(orgUnits)
        .set({ path: sql`${newPath} || substr(${orgUnits.path}, ${unit.path.length + 1})` })
        .where(withinSubtree(orgUnits.path, unit.path)),
    ]);
  } else {
    await db.batch(statements);
  }
  return view({ ...unit, name, parentId, path: newPath });
};

export const orgUnitHistory: RouteHandler<typeof routes.orgUnitHistory> = async (c, { params }) => {
  const db = database(c);
  const unit = await orgUnitInScope(db, c.get("user"), params.id);
  const versions = await db
    .select()
    .from(orgUnitVersions)
    .where(eq(orgUnitVersions.orgUnitId, unit.id))
    .orderBy(asc(orgUnitVersions.validFrom));
  return {
    orgUnit: view(unit),
    versions: versions.map((v) => ({
      name: v.name,
      parentId: v.parentId,
      validFrom: v.validFrom,
      validTo: v.validTo,
      reason: v.reason,
    })),
  };
};
