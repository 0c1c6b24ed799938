import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { issueAccessToken } from "../src/auth.ts";
import { bearer, type OrgFixture, seedOrgFixture, tokenFor } from "./fixtures.ts";

/**
 * What every service answers the same way, whatever its features: run from
 * each worker's own tests, so it exercises that worker's real bundle.
 */
export function describeServiceShell(SERVICE: string) {
  const url = (path: string) => `http://x/${SERVICE}${path}`;
  // `exports` is typed per worker; here only its default fetch is used.
  const worker = exports as unknown as { default: { fetch: typeof fetch } };

  describe(`${SERVICE} service shell`, () => {
    // Storage is per test file, so the tree is seeded once for the file.
    let fixture: OrgFixture;
    beforeAll(async () => {
      fixture = await seedOrgFixture(env.DB);
    });

    it("answers /health with the database reachable", async () => {
      const res = await worker.default.fetch(url("/health"));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "ok", service: SERVICE, database: "ok" });
    });

    it("refuses /session without a token as problem+json", async () => {
      const res = await worker.default.fetch(url("/session"));
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
      expect(await res.json()).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    });

    it("reads a token the membership service would issue", async () => {
      const res = await worker.default.fetch(url("/session"), {
        headers: bearer(await tokenFor(env.DB, "viewer", fixture.clubA)),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        role: "viewer",
        orgUnitId: fixture.clubA.id,
        orgPath: fixture.clubA.path,
      });
    });

    it("refuses a token signed with another secret", async () => {
      const forged = await issueAccessToken(
        { JWT_SECRET: "not-the-deployment-secret-0123456789abcdef" },
        {
          id: "usr_01J0000000000000000000000",
          displayName: "Forger",
          role: "province_admin",
          orgUnitId: fixture.province.id,
          orgPath: fixture.province.path,
        },
      );
      const res = await worker.default.fetch(url("/session"), { headers: bearer(forged) });
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(await res.json()).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    });

    it("describes itself as OpenAPI 3.1 and serves the docs page", async () => {
      const res = await worker.default.fetch(url("/openapi.json"));
      expect(res.status).toBe(200);
      const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
      expect(doc.openapi).toMatch(/^3\.1\./);
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([`/${SERVICE}/health`, `/${SERVICE}/session`]),
      );
      const docs = await worker.default.fetch(url("/docs"));
      expect(docs.status).toBe(200);
      expect(docs.headers.get("content-type")).toContain("text/html");
    });

    it("answers an unknown path with a not-found problem", async () => {
      const res = await worker.default.fetch(url("/nope"));
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(await res.json()).toMatchObject({ status: 404, code: "NOT_FOUND" });
    });
  });
}
