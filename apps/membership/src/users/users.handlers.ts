import { newId, roleUnitProblem } from "@ishc/domain";
import type { AccessClaims } from "@ishc/domain/contracts";
import type { UserRole } from "@ishc/domain/schema";
import { orgUnits, users } from "@ishc/domain/schema";
import {
  AppError,
  conflict,
  decodeCursor,
  hashPassword,
  inScope,
  invalidField,
  type RouteHandler,
  requireRole,
  ruleError,
  toPage,
  withinSubtree,
} from "@ishc/edge-kit";
import { orgUnitById } from "@ishc/queries";
import { and, asc, eq, gt, isNotNull, isNull } from "drizzle-orm";
import type * as routes from "./users.routes";

const userColumns = {
  id: users.id,
  login: users.login,
  displayName: users.displayName,
  role: users.role,
  orgUnitId: users.orgUnitId,
};

/** Which roles each role may give, always on a unit inside its own subtree. */
const GRANTABLE: Record<UserRole, readonly UserRole[]> = {
  national_admin: ["national_admin", "province_admin", "commune_officer", "club_board", "viewer"],
  province_admin: ["province_admin", "commune_officer", "club_board", "viewer"],
  commune_officer: ["club_board", "viewer"],
  club_board: [],
  viewer: [],
};

export const listUsers: RouteHandler<typeof routes.listUsers> = async ({ user, db, read }, { query }) => {
  requireRole(user, ["national_admin", "province_admin", "commune_officer"], "list accounts");
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
  requireRole(user, ["national_admin", "province_admin", "commune_officer"], "create accounts");
  if (!GRANTABLE[user.role].includes(body.role)) {
    throw new AppError("FORBIDDEN", `A ${user.role} may not create a ${body.role} account`);
  }
  const [units, taken] = await ctx.read(
    orgUnitById(db, body.orgUnitId),
    db.select({ id: users.id }).from(users).where(eq(users.login, body.login)).limit(1),
  );
  const unit = inScope(ctx.user, units, "org unit");
  if (!mayBindAt(ctx.user, unit.path)) {
    throw new AppError("FORBIDDEN", "Accounts at your own level are created by the level above you");
  }
  const misfit = roleUnitProblem(body.role, unit.kind);
  if (misfit)
    throw invalidField("orgUnitId", misfit, "role_unit_mismatch", { role: body.role, kind: unit.kind });
  if (taken.length > 0)
    throw conflict("That login is taken", [
      ruleError("login", "is already used by another account", "login_taken"),
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

/** Admins bind accounts anywhere in their subtree, their own unit included; officers only below theirs. */
function mayBindAt(caller: AccessClaims, path: string): boolean {
  return caller.role === "national_admin" || caller.role === "province_admin" || path !== caller.path;
}

/**
 * Who may disable or enable an account: a province admin any account in their
 * subtree, a commune officer those bound strictly below their own unit in a
 * role they may grant. Nobody their own account.
 */
function mayManage(caller: AccessClaims, account: { id: string; role: UserRole; path: string }): boolean {
  if (account.id === caller.sub) return false;
  return mayBindAt(caller, account.path) && GRANTABLE[caller.role].includes(account.role);
}

export const updateUser: RouteHandler<typeof routes.updateUser> = async (ctx, { params, body }) => {
  const { user, db } = ctx;
  requireRole(user, ["national_admin", "province_admin", "commune_officer"], "disable or enable accounts");
  const [rows] = await ctx.read(
    db
      .select({ ...userColumns, disabledAt: users.disabledAt, path: orgUnits.path })
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
      .where(eq(users.id, params.id))
      .limit(1),
  );
  const { path, ...account } = inScope(ctx.user, rows, "account");
  if (!mayManage(ctx.user, { ...account, path })) {
    throw new AppError(
      "FORBIDDEN",
      account.id === user.sub
        ? "Nobody may disable or enable their own account"
        : `A ${user.role} may not manage this ${account.role} account`,
    );
  }
  if ((account.disabledAt !== null) === body.disabled) return account;
  const disabledAt = body.disabled ? new Date().toISOString() : null;
  const [updated] = await ctx.write([
    db
      .update(users)
      .set({ disabledAt })
      .where(
        and(
          eq(users.id, account.id),
          // The decision above holds only for the role and unit it was made on.
          eq(users.role, account.role),
          eq(users.orgUnitId, account.orgUnitId),
          body.disabled ? isNull(users.disabledAt) : isNotNull(users.disabledAt),
        ),
      )
      .returning({ id: users.id }),
    ctx.auditIfChanged({
      action: body.disabled ? "disable" : "enable",
      entity: "user",
      entityId: account.id,
      orgUnitId: account.orgUnitId,
    }),
  ]);
  if (updated.length === 0) throw conflict("The account changed meanwhile; load it and try again");
  return { ...account, disabledAt };
};
