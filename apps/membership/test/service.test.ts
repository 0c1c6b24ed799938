import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("membership service shell", () => {
  it("answers /health with the database reachable", async () => {
    const res = await exports.default.fetch("http://x/membership/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", service: "membership", database: "ok" });
  });

  it("refuses a protected route without a token as problem+json", async () => {
    const res = await exports.default.fetch("http://x/membership/session");
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
  });
});
