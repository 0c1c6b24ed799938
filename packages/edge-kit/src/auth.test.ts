import type { AccessClaims } from "@ishc/domain/contracts";
import { Hono } from "hono";
import { sign } from "hono/utils/jwt/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authenticate, issueAccessToken, TOKEN_AUDIENCE, TOKEN_ISSUER } from "./auth";
import { currentPathOf } from "./context";
import { handleError } from "./errors";
import type { ServiceEnv } from "./types";

const SECRET = "unit-test-secret-0123456789abcdef-xyz";
const ENV = { JWT_SECRET: SECRET };
const NOW = 1_750_000_000; // a fixed second; the clock is pinned to it

/** The smallest app that runs the kit's token check and shows what it read. */
const app = new Hono<ServiceEnv>();
app.onError(handleError);
app.get("/whoami", async (c) => c.json(await authenticate(c)));

const call = (token: string | undefined, header = token === undefined ? undefined : `Bearer ${token}`) =>
  app.request("/whoami", header ? { headers: { authorization: header } } : {}, ENV as never);

const claims = (over: Record<string, unknown> = {}) => ({
  iss: TOKEN_ISSUER,
  aud: TOKEN_AUDIENCE,
  sub: "usr_01J00000000000000000000000",
  name: "Cán bộ xã",
  role: "commune_officer",
  org: "org_01J00000000000000000000001",
  path: "/org_01J00000000000000000000000/org_01J00000000000000000000001/",
  iat: NOW - 10,
  exp: NOW + 600,
  ...over,
});

const without = (key: string) => {
  const all: Record<string, unknown> = claims();
  delete all[key];
  return all;
};

const b64url = (value: unknown) =>
  Buffer.from(JSON.stringify(value))
    .toString("base64")
    .replaceAll("=", "")
    .replaceAll("+", "-")
    .replaceAll("/", "_");

async function expectRefused(res: Response) {
  expect(res.status).toBe(401);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  const body = (await res.json()) as { code: string };
  expect(body.code).toBe("UNAUTHENTICATED");
}

describe("the bearer token check", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW * 1000);
  });
  afterEach(() => vi.useRealTimers());

  it("accepts a token the membership service issues and reads its claims", async () => {
    const token = await issueAccessToken(
      ENV,
      {
        id: "usr_01J00000000000000000000000",
        displayName: "Cán bộ xã",
        role: "commune_officer",
        orgUnitId: "org_01J00000000000000000000001",
        orgPath: "/org_01J00000000000000000000000/org_01J00000000000000000000001/",
      },
      NOW,
    );
    const res = await call(token);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      sub: "usr_01J00000000000000000000000",
      role: "commune_officer",
    });
  });

  it("refuses a missing header, another scheme, and a token that is not three parts", async () => {
    const good = await sign(claims(), SECRET, "HS256");
    await expectRefused(await call(undefined));
    await expectRefused(await call(good, `Basic ${good}`));
    await expectRefused(await call(good, "Bearer"));
    await expectRefused(await call("a.b"));
    await expectRefused(await call(`${good}.extra`));
    const res = await call(undefined);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("refuses a token signed with another secret, or with its payload changed", async () => {
    await expectRefused(
      await call(await sign(claims(), "another-secret-of-sufficient-length-0001", "HS256")),
    );
    const [header, , signature] = (await sign(claims(), SECRET, "HS256")).split(".");
    const promoted = b64url(claims({ role: "province_admin" }));
    await expectRefused(await call(`${header}.${promoted}.${signature}`));
    await expectRefused(await call(`${header}.${b64url(claims())}.`));
  });

  it("refuses `alg: none` and every algorithm but HS256, even with the right secret", async () => {
    const unsigned = `${b64url({ alg: "none", typ: "JWT" })}.${b64url(claims())}.`;
    await expectRefused(await call(unsigned));
    await expectRefused(await call(`${b64url({ typ: "JWT" })}.${b64url(claims())}.`));
    for (const alg of ["HS384", "HS512"] as const) {
      await expectRefused(await call(await sign(claims(), SECRET, alg)));
    }
    // HS256 signature, header claiming HS512
    const [, payload, signature] = (await sign(claims(), SECRET, "HS256")).split(".");
    await expectRefused(await call(`${b64url({ alg: "HS512", typ: "JWT" })}.${payload}.${signature}`));
  });

  it("checks the issuer and the audience", async () => {
    await expectRefused(await call(await sign(claims({ iss: "someone-else" }), SECRET, "HS256")));
    await expectRefused(await call(await sign(claims({ aud: "other-audience" }), SECRET, "HS256")));
    await expectRefused(await call(await sign(claims({ aud: ["other", "more"] }), SECRET, "HS256")));
    const both = await call(await sign(claims({ aud: ["other", TOKEN_AUDIENCE] }), SECRET, "HS256"));
    expect(both.status).toBe(200);
  });

  it("honours a token until the second it expires, and not from that second on", async () => {
    expect((await call(await sign(claims({ exp: NOW + 1 }), SECRET, "HS256"))).status).toBe(200);
    await expectRefused(await call(await sign(claims({ exp: NOW }), SECRET, "HS256")));
    await expectRefused(await call(await sign(claims({ exp: NOW - 1 }), SECRET, "HS256")));
    await expectRefused(await call(await sign(claims({ exp: "later" }), SECRET, "HS256")));
  });

  it("refuses a token not yet valid (nbf) or issued in the future (iat)", async () => {
    expect((await call(await sign(claims({ nbf: NOW - 1 }), SECRET, "HS256"))).status).toBe(200);
    await expectRefused(await call(await sign(claims({ nbf: NOW + 1 }), SECRET, "HS256")));
    await expectRefused(await call(await sign(claims({ iat: NOW + 60 }), SECRET, "HS256")));
  });

  it("refuses a token missing any claim the services rely on", async () => {
    for (const key of ["iss", "aud", "sub", "role", "org", "path", "name", "iat", "exp"]) {
      const res = await call(await sign(without(key), SECRET, "HS256"));
      expect(res.status, `without ${key}`).toBe(401);
    }
    await expectRefused(await call(await sign(claims({ role: "superuser" }), SECRET, "HS256")));
  });

  it("refuses a token it accepted before once that token has expired", async () => {
    const token = await sign(claims({ exp: NOW + 5 }), SECRET, "HS256");
    expect((await call(token)).status).toBe(200);
    expect((await call(token)).status).toBe(200);
    vi.setSystemTime((NOW + 5) * 1000);
    await expectRefused(await call(token));
    vi.setSystemTime((NOW + 4) * 1000);
    expect((await call(token)).status).toBe(200);
  });

  it("hands each request its own claims: a path changed in one request is not seen by the next", async () => {
    const token = await sign(claims(), SECRET, "HS256");
    const mutating = new Hono<ServiceEnv>();
    mutating.onError(handleError);
    mutating.get("/move", async (c) => {
      const user = await authenticate(c);
      const before = user.path;
      user.path = "/moved/";
      return c.json({ before });
    });
    const move = () =>
      mutating.request("/move", { headers: { authorization: `Bearer ${token}` } }, ENV as never);
    expect(await (await move()).json()).toEqual({ before: claims().path });
    expect(await (await move()).json()).toEqual({ before: claims().path });
  });

  it("verifies against the secret the deployment has now, not the key it imported before", async () => {
    const rotated = "rotated-secret-of-sufficient-length-0002";
    const withRotated = (token: string) =>
      app.request("/whoami", { headers: { authorization: `Bearer ${token}` } }, {
        JWT_SECRET: rotated,
      } as never);
    const old = await sign(claims(), SECRET, "HS256");
    const fresh = await sign(claims(), rotated, "HS256");
    expect((await call(old)).status).toBe(200);
    await expectRefused(await withRotated(old));
    expect((await withRotated(fresh)).status).toBe(200);
    await expectRefused(await call(fresh));
    expect((await call(old)).status).toBe(200);
  });

  it("answers 500 without the secret's name when the deployment has no usable secret", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const token = await sign(claims(), SECRET, "HS256");
    const res = await app.request("/whoami", { headers: { authorization: `Bearer ${token}` } }, {
      JWT_SECRET: "short",
    } as never);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toMatch(/JWT_SECRET|short/);
    spy.mockRestore();
  });
});

describe("the account check (the token's account as it is now)", () => {
  const token = claims() as unknown as AccessClaims;
  const account = {
    role: "commune_officer",
    orgUnitId: token.org,
    disabledAt: null as string | null,
    path: token.path,
  };
  const refused = (row: typeof account | undefined) => {
    try {
      currentPathOf(token, row);
    } catch (error) {
      return (error as { code?: string }).code;
    }
    return "accepted";
  };

  it("accepts the account as the token names it", () => {
    expect(currentPathOf(token, account)).toBe(token.path);
  });

  it("refuses a deleted, disabled, re-roled or re-bound account with 401", () => {
    expect(refused(undefined)).toBe("UNAUTHENTICATED");
    expect(refused({ ...account, disabledAt: "2025-01-01T00:00:00.000Z" })).toBe("UNAUTHENTICATED");
    expect(refused({ ...account, role: "province_admin" })).toBe("UNAUTHENTICATED");
    expect(refused({ ...account, role: "viewer" })).toBe("UNAUTHENTICATED");
    expect(refused({ ...account, orgUnitId: "org_01J00000000000000000000009" })).toBe("UNAUTHENTICATED");
  });

  it("follows the unit when it moved: scope is the unit's current path, not the token's", () => {
    const moved = "/org_01J0000000000000000000000X/org_01J00000000000000000000001/";
    expect(currentPathOf(token, { ...account, path: moved })).toBe(moved);
  });
});
