import { type AccessClaims, accessClaims } from "@ishc/domain/contracts";
import type { UserRole } from "@ishc/domain/schema";
import type { Context } from "hono";
import { sign, verify } from "hono/utils/jwt/jwt";
import { AppError } from "./errors";
import type { ServiceEnv } from "./types";

export const TOKEN_ISSUER = "ishc-membership";
export const TOKEN_AUDIENCE = "ishc";
export const ACCESS_TOKEN_SECONDS = 15 * 60;
const MIN_SECRET_LENGTH = 32;

export type TokenSubject = {
  id: string;
  displayName: string;
  role: UserRole;
  orgUnitId: string;
  orgPath: string;
};

function secretOf(env: { JWT_SECRET?: string }): string {
  const secret = env.JWT_SECRET;
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`JWT_SECRET is missing or shorter than ${MIN_SECRET_LENGTH} characters`);
  }
  return secret;
}

const HS256 = { name: "HMAC", hash: { name: "SHA-256" } } as const;
/** One imported key per isolate and secret: importing it on every request costs more than verifying. */
let verifyKey: { secret: string; key: Promise<CryptoKey> } | undefined;

function verifyKeyOf(secret: string): Promise<CryptoKey> {
  if (verifyKey?.secret !== secret) {
    const key = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), HS256, false, ["verify"]);
    verifyKey = { secret, key };
    // A failed import is not kept: the next request tries again.
    key.catch(() => {
      if (verifyKey?.key === key) verifyKey = undefined;
    });
  }
  return verifyKey.key;
}

/**
 * Tokens this isolate has verified under the current secret, with their claims:
 * a client sends the same token for up to 15 minutes, so its signature and
 * claims are checked once and only the expiry on later requests. Oldest first
 * out beyond the limit; emptied when the secret changes.
 */
const VERIFIED_TOKENS_KEPT = 2000;
let verifiedTokens: { secret: string; claims: Map<string, AccessClaims> } = { secret: "", claims: new Map() };

function verifiedClaimsOf(secret: string, token: string, nowSeconds: number): AccessClaims | undefined {
  if (verifiedTokens.secret !== secret) verifiedTokens = { secret, claims: new Map() };
  const claims = verifiedTokens.claims.get(token);
  if (claims === undefined) return undefined;
  if (claims.exp <= nowSeconds) {
    verifiedTokens.claims.delete(token);
    return undefined;
  }
  // A copy: the request's context updates its `path` in place.
  return { ...claims };
}

function keepVerified(secret: string, token: string, claims: AccessClaims): void {
  if (verifiedTokens.secret !== secret) return;
  const kept = verifiedTokens.claims;
  if (kept.size >= VERIFIED_TOKENS_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(token, { ...claims });
}

export async function issueAccessToken(
  env: { JWT_SECRET?: string },
  subject: TokenSubject,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Promise<string> {
  return sign(
    {
      iss: TOKEN_ISSUER,
      aud: TOKEN_AUDIENCE,
      sub: subject.id,
      name: subject.displayName,
      role: subject.role,
      org: subject.orgUnitId,
      path: subject.orgPath,
      iat: nowSeconds,
      exp: nowSeconds + ACCESS_TOKEN_SECONDS,
    },
    secretOf(env),
    "HS256",
  );
}

/** Verifies the bearer token the same way in every service and puts its claims in `c.var.user`. */
export async function authenticate(c: Context<ServiceEnv>): Promise<AccessClaims> {
  const header = c.req.header("authorization");
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) {
    c.header("www-authenticate", 'Bearer realm="ishc"');
    throw new AppError("UNAUTHENTICATED", "Send an access token as `Authorization: Bearer <token>`");
  }
  const secret = secretOf(c.env);
  const token = match[1];
  const known = verifiedClaimsOf(secret, token, Math.floor(Date.now() / 1000));
  if (known) {
    c.set("user", known);
    return known;
  }
  let payload: unknown;
  try {
    payload = await verify(token, await verifyKeyOf(secret), {
      alg: "HS256",
      iss: TOKEN_ISSUER,
      aud: TOKEN_AUDIENCE,
    });
  } catch {
    c.header("www-authenticate", 'Bearer realm="ishc", error="invalid_token"');
    throw new AppError("UNAUTHENTICATED", "The access token is invalid or has expired; sign in again");
  }
  const claims = accessClaims.safeParse(payload);
  if (!claims.success)
    throw new AppError("UNAUTHENTICATED", "The access token does not carry the expected claims");
  keepVerified(secret, token, claims.data);
  // The account itself (enabled, same role and unit, the unit's current path) is checked with the
  // handler's first D1 batch: see context.ts.
  c.set("user", claims.data);
  return claims.data;
}

const WRITERS: readonly UserRole[] = ["national_admin", "province_admin", "commune_officer", "club_board"];

export function requireRole(user: AccessClaims, roles: readonly UserRole[], action: string): void {
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", `A ${user.role} may not ${action}`);
}

export function requireWriter(user: AccessClaims, action: string): void {
  requireRole(user, WRITERS, action);
}

/** Health measures, poverty status and phone numbers: hidden from viewers, who see counts and shares. */
export function seesPersonalData(user: AccessClaims): boolean {
  return user.role !== "viewer";
}
