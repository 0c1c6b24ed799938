import { childPath, foldVietnamese, newId, parentKindProblem, wouldCreateCycle } from "@ishc/domain";
import { orgUnits, orgUnitVersions } from "@ishc/domain/schema";
import {
  AppError,
  decodeCursor,
  findInScope,
  inScope,
  invalidField,
  type RouteHandler,
  requireRole,
  toPage,
  withinSubtree,
} from "@ishc/edge-kit";
import { assertCodeFree, orgUnitByCode, orgUnitById } from "@ishc/queries";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type * as routes from "./org-units.routes";

const view = (unit: typeof orgUnits.$inferSelect) => ({
  id: unit.id,
  kind: unit.kind,
  name: unit.name,
  code: unit.code,
  parentId: unit.parentId,
  path: unit.path,
});

export const listOrgUnits: RouteHandler<typeof routes.listOrgUnits> = async (
  { user, db, read },
  { query },
) => {
  const after = decodeCursor(query.cursor);
  const [roots, rows] = await read(
    orgUnitById(db, query.under ?? user.org),
    db
      .select()
      .from(orgUnits)
      .where(
        and(
          withinSubtree(orgUnits.path, query.under ? { org: query.under } : user),
          query.kind ? eq(orgUnits.kind, query.kind) : undefined,
          after ? gt(orgUnits.id, after) : undefined,
        ),
      )
      .orderBy(asc(orgUnits.id))
      .limit(query.limit + 1),
  );
  if (query.under) inScope(user, roots, "org unit");
  const page = toPage(rows, query.limit);
  return { items: page.items.map(view), nextCursor: page.nextCursor };
};

export const getOrgUnit: RouteHandler<typeof routes.getOrgUnit> = async (ctx, { params }) =>
  view(await findInScope(ctx, orgUnitById(ctx.db, params.id), "org unit"));

export const createOrgUnit: RouteHandler<typeof routes.createOrgUnit> = async (ctx, { body }) => {
  const { db } = ctx;
  requireRole(ctx.user, ["national_admin", "province_admin"], "add org units");
  if (body.kind === "province") requireRole(ctx.user, ["national_admin"], "add provinces");
  const [parents, taken] = await ctx.read(orgUnitById(db, body.parentId), orgUnitByCode(db, body.code));
  const parent = inScope(ctx.user, parents, "org unit");
  const misplaced = parentKindProblem(body.kind, parent.kind);
  if (misplaced)
    throw invalidField("parentId", misplaced, "wrong_parent_kind", {
      kind: body.kind,
      parentKind: parent.kind,
    });
  assertCodeFree(taken);
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
  await ctx.write([
    db.insert(orgUnits).values(unit),
    db.insert(orgUnitVersions).values({
      id: newId("orgUnitVersion"),
      orgUnitId: id,
      parentId: parent.id,
      name: body.name,
      validFrom: body.effectiveFrom,
    }),
    ctx.audit({
      action: "create",
      entity: "org_unit",
      entityId: id,
      orgUnitId: id,
      detail: { kind: unit.kind },
    }),
  ]);
  return view(unit);
};

export const reorganiseOrgUnit: RouteHandler<typeof routes.reorganiseOrgUnit> = async (
  ctx,
  { params, body },
) => {
  const { db } = ctx;
  requireRole(ctx.user, ["national_admin", "province_admin"], "reorganise the org tree");
  const [units, versions, parents] = await ctx.read(
    orgUnitById(db, params.id),
    db
      .select()
      .from(orgUnitVersions)
      .where(and(eq(orgUnitVersions.orgUnitId, params.id), isNull(orgUnitVersions.validTo)))
      .limit(1),
    orgUnitById(db, body.parentId ?? params.id),
  );
  const unit = inScope(ctx.user, units, "org unit");
  if (unit.path === ctx.user.path)
    throw new AppError("FORBIDDEN", "You cannot rename or move the unit your account is bound to");
  const [current] = versions;
  if (current && body.effectiveFrom <= current.validFrom) {
    throw invalidField(
      "effectiveFrom",
      `must be after ${current.validFrom}, when the unit's current version began`,
      "not_after_current_state",
      { date: current.validFrom },
    );
  }
  let newPath = unit.path;
  let parentId = unit.parentId;
  if (body.parentId && body.parentId !== unit.parentId) {
    const parent = inScope(ctx.user, parents, "org unit");
    const misplaced = parentKindProblem(unit.kind, parent.kind);
    if (misplaced)
      throw invalidField("parentId", misplaced, "wrong_parent_kind", {
        kind: unit.kind,
        parentKind: parent.kind,
      });
    if (wouldCreateCycle(unit.path, parent.path))
      throw invalidField("parentId", "cannot move a unit under itself", "move_under_itself");
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
    ctx.audit({
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
    await ctx.write([
      ...statements,
      db
        .update(orgUnits)
        .set({ path: sql`${newPath} || substr(${orgUnits.path}, ${unit.path.length + 1})` })
        .where(withinSubtree(orgUnits.path, unit.path)),
    ]);
  } else {
    await ctx.write(statements);
  }
  return view({ ...unit, name, parentId, path: newPath });
};

export const orgUnitHistory: RouteHandler<typeof routes.orgUnitHistory> = async (
  { user, db, read },
  { params },
) => {
  const [units, versions] = await read(
    orgUnitById(db, params.id),
    db
      .select()
      .from(orgUnitVersions)
      .where(eq(orgUnitVersions.orgUnitId, params.id))
      .orderBy(asc(orgUnitVersions.validFrom)),
  );
  const unit = inScope(user, units, "org unit");
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
