import { newId } from "@ishc/domain";
import type { UserRole } from "@ishc/domain/schema";
import { orgUnits, users } from "@ishc/domain/schema";
import {
  AppError,
  conflict,
  decodeCursor,
  hashPassword,
  inScope,
  type RouteHandler,
  requireRole,
  toPage,
  withinSubtree,
} from "@ishc/edge-kit";
import { orgUnitById } from "@ishc/queries";
import { and, asc, eq, gt } from "drizzle-orm";
import type * as routes from "./users.routes";

const userColumns = {
  id: users.id,
  login: users.login,
  displayName: users.displayName,
  role: users.role,
  orgUnitId: users.orgUnitId,
};

const GRANTABLE: Record<UserRole, readonly UserRole[]> = {
  province_admin: ["province_admin", "commune_officer", "club_board", "viewer"],
  commune_officer: ["commune_officer", "club_board", "viewer"],
  club_board: [],
  viewer: [],
};

export const listUsers: RouteHandler<typeof routes.listUsers> = async ({ user, db, read }, { query }) => {
  requireRole(user, ["province_admin", "commune_officer"], "list accounts");
  const after = decodeCursor(query.cursor);
  const [rows] = await read(
    db
      .select(userColumns)
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
      .where(and(withinSubtree(orgUnits.path, user), after ? gt(users.id, after) : undefined))
      .orderBy(asc(users.id))
      .limit(query.limit + 1),
  );
  return toPage(rows, query.limit);
};

export const createUser: RouteHandler<typeof routes.createUser> = async (ctx, { body }) => {
  const { user, db } = ctx;
  requireRole(user, ["province_admin", "commune_officer"], "create accounts");
  if (!GRANTABLE[user.role].includes(body.role)) {
    throw new AppError("FORBIDDEN", `A ${user.role} may not create a ${body.role} account`);
  }
  const [units, taken] = await ctx.read(
    orgUnitById(db, body.orgUnitId),
    db.select({ id: users.id }).from(users).where(eq(users.login, body.login)).limit(1),
  );
  inScope(ctx.user, units, "org unit");
  if (taken.length > 0)
    throw conflict("That login is taken", [
      { field: "login", message: "is already used by another account" },
    ]);
  const row = {
    id: newId("user"),
    login: body.login,
    displayName: body.displayName,
    role: body.role,
    orgUnitId: body.orgUnitId,
    passwordHash: await hashPassword(body.password),
    createdAt: new Date().toISOString(),
  };
  await ctx.write([
    db.insert(users).values(row),
    ctx.audit({
      action: "create",
      entity: "user",
      entityId: row.id,
      orgUnitId: row.orgUnitId,
      detail: { role: row.role },
    }),
  ]);
  return {
    id: row.id,
    login: row.login,
    displayName: row.displayName,
    role: row.role,
    orgUnitId: row.orgUnitId,
  };
};
