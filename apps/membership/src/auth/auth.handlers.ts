import { loginThrottle, orgUnits, users } from "@ishc/domain/schema";
import {
  ACCESS_TOKEN_SECONDS,
  AppError,
  type Database,
  type HandlerContext,
  issueAccessToken,
  type RouteHandler,
  UNKNOWN_USER_HASH,
  verifyPassword,
} from "@ishc/edge-kit";
import { and, eq, isNull, sql } from "drizzle-orm";
import type * as routes from "./auth.routes";

/** Wrong passwords allowed for one login within the window; the next attempts are refused. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** The first lockout lasts one window; each further one doubles, up to 2^6 windows (16 hours). */
const MAX_DOUBLINGS = 6;
/** A login with no lockout for a day starts again from the shortest one. */
const LOCKOUT_MEMORY_MS = 24 * 60 * 60 * 1000;

/**
 * One wrong password, counted in one statement (no read-modify-write, so
 * parallel attempts cannot slip past the limit). SET expressions read the row
 * as it was: while a lockout runs, attempts are only counted; otherwise a
 * window older than FAILURE_WINDOW_MS starts over, and the MAX_FAILURES-th
 * failure locks the login for a window times 2^(earlier lockouts).
 */
function recordFailure(db: Database, login: string, now: number) {
  const locked = sql`coalesce(login_throttle.locked_until, 0) > ${now}`;
  const fresh = sql`login_throttle.window_started_at <= ${now - FAILURE_WINDOW_MS}`;
  const failures = sql`(CASE WHEN ${fresh} THEN 1 ELSE login_throttle.failures + 1 END)`;
  const locksNow = sql`(NOT (${locked}) AND ${failures} >= ${MAX_FAILURES})`;
  const earlierLockouts = sql`(CASE WHEN coalesce(login_throttle.locked_until, 0) <= ${now - LOCKOUT_MEMORY_MS}
    THEN 0 ELSE login_throttle.lockouts END)`;
  return db
    .insert(loginThrottle)
    .values({ login, failures: 1, windowStartedAt: now, lockedUntil: null, lockouts: 0 })
    .onConflictDoUpdate({
      target: loginThrottle.login,
      set: {
        failures: sql`CASE WHEN ${locked} THEN login_throttle.failures + 1 ELSE ${failures} END`,
        windowStartedAt: sql`CASE WHEN NOT (${locked}) AND ${fresh} THEN ${now}
          ELSE login_throttle.window_started_at END`,
        lockedUntil: sql`CASE WHEN ${locksNow}
          THEN ${now} + ${FAILURE_WINDOW_MS} * (1 << min(${earlierLockouts}, ${MAX_DOUBLINGS}))
          ELSE login_throttle.locked_until END`,
        lockouts: sql`CASE WHEN ${locksNow} THEN ${earlierLockouts} + 1 ELSE login_throttle.lockouts END`,
      },
    })
    .returning({ failures: loginThrottle.failures, lockedUntil: loginThrottle.lockedUntil });
}

function tooManyAttempts(c: HandlerContext["c"], lockedUntil: number, now: number): never {
  c.header("retry-after", String(Math.max(1, Math.ceil((lockedUntil - now) / 1000))));
  throw new AppError(
    "TOO_MANY_REQUESTS",
    "Too many wrong passwords for this login; wait for the time in Retry-After and try again",
  );
}

export const login: RouteHandler<typeof routes.login> = async (ctx, { body }) => {
  const { db, env } = ctx;
  const login = body.login; // trimmed, NFC and lower case: see loginRequest
  const now = Date.now();
  const [accounts, throttles] = await ctx.read(
    db
      .select({ user: users, orgPath: orgUnits.path })
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
      .where(and(eq(users.login, login), isNull(users.disabledAt)))
      .limit(1),
    db.select().from(loginThrottle).where(eq(loginThrottle.login, login)).limit(1),
  );
  const [throttle] = throttles;
  // Refused before the password is even checked: the right password does not lift a lockout.
  if (throttle?.lockedUntil != null && throttle.lockedUntil > now)
    tooManyAttempts(ctx.c, throttle.lockedUntil, now);
  const [account] = accounts;
  const passwordOk = await verifyPassword(body.password, account?.user.passwordHash ?? UNKNOWN_USER_HASH);
  if (!account || !passwordOk) {
    const [[counted]] = await ctx.write([recordFailure(db, login, now)]);
    // Attempts that raced past the check above while another one locked the login.
    if (counted && counted.failures > MAX_FAILURES && (counted.lockedUntil ?? 0) > now)
      tooManyAttempts(ctx.c, counted.lockedUntil!, now);
    throw new AppError("UNAUTHENTICATED", "The login or the password is wrong");
  }
  if (throttle) await ctx.write([db.delete(loginThrottle).where(eq(loginThrottle.login, login))]);
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
