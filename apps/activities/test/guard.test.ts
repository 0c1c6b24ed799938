import { env } from "cloudflare:workers";
import { expect, it } from "vitest";

it("a guard that does not hold fails the whole D1 batch with a 'malformed JSON' error, writing nothing", async () => {
  const before = (await env.DB.prepare("SELECT count(*) AS n FROM audit_log").first<{ n: number }>())!.n;
  const error = await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO audit_log (id, at, service, action, entity, entity_id) VALUES ('aud_guard', 'x', 'activities', 'a', 'e', 'i')",
    ),
    env.DB.prepare("SELECT json(CASE WHEN 1 = 0 THEN '0' ELSE 'ishc-guard' END)"),
  ]).catch((e: Error) => e);
  expect(String((error as Error).message)).toMatch(/malformed JSON/i);
  expect((await env.DB.prepare("SELECT count(*) AS n FROM audit_log").first<{ n: number }>())!.n).toBe(
    before,
  );
  await env.DB.batch([env.DB.prepare("SELECT json(CASE WHEN 1 = 1 THEN '0' ELSE 'ishc-guard' END)")]);
});
