import { env } from "cloudflare:workers";
import { FIXTURE_PASSWORD, seedOrgFixture, seedUser } from "@ishc/edge-kit/testing/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../../test/helpers";

const MINUTE = 60_000;

const attempt = (login: string, password: string) =>
  call("POST", "/auth/login", { body: { login, password } });
const wrong = (login: string) => attempt(login, "not the password");

type ThrottleRow = {
  failures: number;
  window_started_at: number;
  locked_until: number | null;
  lockouts: number;
};
const throttleOf = (login: string) =>
  env.DB.prepare("SELECT * FROM login_throttle WHERE login = ?").bind(login).first<ThrottleRow>();

/** Moves the login's recorded times `ms` into the past, as if that much time had gone by. */
async function elapse(login: string, ms: number) {
  await env.DB.prepare(
    `UPDATE login_throttle SET window_started_at = window_started_at - ?1,
       locked_until = locked_until - ?1 WHERE login = ?2`,
  )
    .bind(ms, login)
    .run();
}

async function failTimes(login: string, n: number) {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push((await wrong(login)).status);
  return statuses;
}

describe("login throttling", () => {
  let tree: Awaited<ReturnType<typeof seedOrgFixture>>;
  const user = async (login: string) => seedUser(env.DB, login, "club_board", tree.clubA);
  beforeAll(async () => {
    tree = await seedOrgFixture(env.DB);
  });

  it("locks a login after 5 wrong passwords: 429 with Retry-After, even with the right password", async () => {
    await user("mai@tn.demo");
    expect(await failTimes("mai@tn.demo", 5)).toEqual([401, 401, 401, 401, 401]);
    const locked = await wrong("mai@tn.demo");
    expect(locked.status).toBe(429);
    expect(locked.headers.get("content-type")).toContain("application/problem+json");
    expect(locked.json.code).toBe("TOO_MANY_REQUESTS");
    const retryAfter = Number(locked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const right = await attempt("mai@tn.demo", FIXTURE_PASSWORD);
    expect(right.status).toBe(429);
    expect(right.json.accessToken).toBeUndefined();
    // The login is folded: another spelling of it is the same login.
    expect((await attempt("  MAI@tn.demo ", FIXTURE_PASSWORD)).status).toBe(429);
  });

  it("lets the login in once the lockout has passed, and a success starts the count over", async () => {
    await user("binh@tn.demo");
    await failTimes("binh@tn.demo", 5);
    await elapse("binh@tn.demo", 15 * MINUTE + 1000);
    expect((await attempt("binh@tn.demo", FIXTURE_PASSWORD)).status).toBe(200);
    expect(await throttleOf("binh@tn.demo")).toBeNull();
    expect(await failTimes("binh@tn.demo", 5)).toEqual([401, 401, 401, 401, 401]);
    expect((await wrong("binh@tn.demo")).status).toBe(429);
  });

  it("counts only wrong passwords within 15 minutes of the first", async () => {
    await user("xuan@tn.demo");
    await failTimes("xuan@tn.demo", 4);
    await elapse("xuan@tn.demo", 15 * MINUTE);
    // The window has passed: this is the first failure of a new one.
    expect(await failTimes("xuan@tn.demo", 4)).toEqual([401, 401, 401, 401]);
    expect((await throttleOf("xuan@tn.demo"))?.failures).toBe(4);
    expect((await attempt("xuan@tn.demo", FIXTURE_PASSWORD)).status).toBe(200);
  });

  it("a success before the limit resets the count", async () => {
    await user("lan@tn.demo");
    await failTimes("lan@tn.demo", 4);
    expect((await attempt("lan@tn.demo", FIXTURE_PASSWORD)).status).toBe(200);
    expect(await failTimes("lan@tn.demo", 4)).toEqual([401, 401, 401, 401]);
    expect((await attempt("lan@tn.demo", FIXTURE_PASSWORD)).status).toBe(200);
  });

  it("doubles the lockout each time it happens again", async () => {
    await user("hoa@tn.demo");
    const retryAfters: number[] = [];
    for (let round = 0; round < 3; round++) {
      await failTimes("hoa@tn.demo", 5);
      const locked = await wrong("hoa@tn.demo");
      expect(locked.status).toBe(429);
      retryAfters.push(Number(locked.headers.get("retry-after")));
      const row = await throttleOf("hoa@tn.demo");
      await elapse("hoa@tn.demo", row!.locked_until! - Date.now() + 1000);
    }
    const [first, second, third] = retryAfters.map((s) => Math.round(s / 60));
    expect([first, second, third]).toEqual([15, 30, 60]);
    expect((await throttleOf("hoa@tn.demo"))?.lockouts).toBe(3);
  });

  it("throttles logins that do not exist the same way, so it tells nothing", async () => {
    expect(await failTimes("nobody@tn.demo", 5)).toEqual([401, 401, 401, 401, 401]);
    expect((await wrong("nobody@tn.demo")).status).toBe(429);
  });

  it("still locks after 20 wrong passwords sent at once, exactly once", async () => {
    await user("song@tn.demo");
    const answers = await Promise.all(Array.from({ length: 20 }, () => wrong("song@tn.demo")));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    expect((await attempt("song@tn.demo", FIXTURE_PASSWORD)).status).toBe(429);
    const row = await throttleOf("song@tn.demo");
    // Attempts that arrive once the lock is in place are refused before they are counted.
    expect(row?.lockouts).toBe(1);
    expect(row?.failures).toBeGreaterThanOrEqual(5);
    expect(row!.locked_until! - Date.now()).toBeLessThanOrEqual(15 * MINUTE);
  });

  it("is documented on the login operation", async () => {
    const doc = await call("GET", "/openapi.json");
    const responses = doc.json.paths["/membership/auth/login"].post.responses;
    expect(responses["429"]?.description).toContain("Retry-After");
  });
});
