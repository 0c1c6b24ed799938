import { env } from "cloudflare:workers";
import { FIXTURE_PASSWORD, seedOrgFixture, seedUser } from "@ishc/edge-kit/testing/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../../test/helpers";

describe("POST /auth/login", () => {
  let clubId: string;
  beforeAll(async () => {
    const tree = await seedOrgFixture(env.DB);
    clubId = tree.clubA.id;
    await seedUser(env.DB, "club@tn.demo", "club_board", tree.clubA);
  });

  it("gives a token that the service then accepts and reads back", async () => {
    const login = await call("POST", "/auth/login", {
      body: { login: "CLUB@tn.demo", password: FIXTURE_PASSWORD },
    });
    expect(login.status).toBe(200);
    expect(login.json).toMatchObject({
      tokenType: "Bearer",
      expiresIn: 900,
      user: { role: "club_board", orgUnitId: clubId },
    });
    const session = await call("GET", "/session", { token: login.json.accessToken });
    expect(session.status).toBe(200);
    expect(session.json).toMatchObject({ role: "club_board", orgUnitId: clubId });
    const members = await call("GET", `/clubs/${clubId}/members`, { token: login.json.accessToken });
    expect(members.status).toBe(200);
  });

  it("answers a wrong password and an unknown login alike, with 401", async () => {
    const wrong = await call("POST", "/auth/login", { body: { login: "club@tn.demo", password: "nope" } });
    const unknown = await call("POST", "/auth/login", {
      body: { login: "nobody@tn.demo", password: "nope" },
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.json).toMatchObject({
        code: "UNAUTHENTICATED",
        detail: "The login or the password is wrong",
      });
    }
  });

  it("refuses malformed JSON with 400 and names the body", async () => {
    const res = await call("POST", "/auth/login", {
      raw: '{"login": "x", ',
      contentType: "application/json",
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.json).toMatchObject({ code: "MALFORMED_REQUEST", errors: [{ field: "body" }] });
  });

  it("names missing and unknown fields with 422", async () => {
    const res = await call("POST", "/auth/login", { body: { login: "club@tn.demo", pasword: "typo" } });
    expect(res.status).toBe(422);
    const fields = res.json.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["password", "pasword"]);
  });

  it("refuses a body that is not JSON with 415", async () => {
    const res = await call("POST", "/auth/login", {
      raw: "login=x",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(415);
    expect(res.json.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});
