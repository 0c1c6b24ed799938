import { orgUnits, users } from "@ishc/domain/schema";
import {
  ACCESS_TOKEN_SECONDS,
  AppError,
  issueAccessToken,
  type RouteHandler,
  UNKNOWN_USER_HASH,
  verifyPassword,
} from "@ishc/edge-kit";
import { and, eq, isNull } from "drizzle-orm";
import type * as routes from "./auth.routes";

export const login: RouteHandler<typeof routes.login> = async ({ db, env }, { body }) => {
  const [account] = await db
    .select({ user: users, orgPath: orgUnits.path })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(and(eq(users.login, body.login.toLowerCase()), isNull(users.disabledAt)))
    .limit(1);
  const passwordOk = await verifyPassword(body.password, account?.user.passwordHash ?? UNKNOWN_USER_HASH);
  if (!account || !passwordOk) throw new AppError("UNAUTHENTICATED", "The login or the password is wrong");
  const { user } = account;
  const accessToken = await issueAccessToken(env, {
    id: user.id,
    displayName: user.displayName,
    role: user.role,
    orgUnitId: user.orgUnitId,
    orgPath: account.orgPath,
  });
  return {
    accessToken,
    tokenType: "Bearer" as const,
    expiresIn: ACCESS_TOKEN_SECONDS,
    user: {
      id: user.id,
      login: user.login,
      displayName: user.displayName,
      role: user.role,
      orgUnitId: user.orgUnitId,
    },
  };
};
