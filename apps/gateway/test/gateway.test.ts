import { problem } from "@ishc/domain/contracts";
import { describe, expect, it } from "vitest";
import gateway, { API_SERVICES, type GatewayEnv } from "../src/index";

/** Fake bindings that record what reached them and answer with their own name. */
function fakeEnv() {
  const calls: { binding: string; request: Request }[] = [];
  const binding = (name: string) => ({
    fetch: async (request: Request) => {
      calls.push({ binding: name, request });
      return new Response(`from ${name}`, { status: 203, headers: { "x-served-by": name } });
    },
  });
  const env: GatewayEnv = {
    MEMBERSHIP: binding("MEMBERSHIP"),
    FUNDS: binding("FUNDS"),
    ACTIVITIES: binding("ACTIVITIES"),
    REPORTING: binding("REPORTING"),
    WEB: binding("WEB"),
  };
  return { env, calls };
}

const call = async (env: GatewayEnv, input: string, init?: RequestInit) =>
  await gateway.fetch(new Request(`http://localhost:8787${input}`, init), env);

describe("gateway", () => {
  it.each([
    ["/membership/health", "MEMBERSHIP"],
    ["/funds/session", "FUNDS"],
    ["/activities/openapi.json", "ACTIVITIES"],
    ["/reporting/docs", "REPORTING"],
    ["/membership", "MEMBERSHIP"],
    ["/", "WEB"],
    ["/web/app.js", "WEB"],
  ])("forwards %s to %s unchanged", async (path, expected) => {
    const { env, calls } = fakeEnv();
    const res = await call(env, `${path}?q=1`, { headers: { authorization: "Bearer abc" } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.binding).toBe(expected);
    expect(calls[0]?.request.url).toBe(`http://localhost:8787${path}?q=1`);
    expect(calls[0]?.request.headers.get("authorization")).toBe("Bearer abc");
    // The service's response comes back as it was.
    expect(res.status).toBe(203);
    expect(res.headers.get("x-served-by")).toBe(expected);
    expect(await res.text()).toBe(`from ${expected}`);
  });

  it("forwards the method and body of a write", async () => {
    const { env, calls } = fakeEnv();
    await call(env, "/membership/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login: "a", password: "b" }),
    });
    expect(calls[0]?.request.method).toBe("POST");
    expect(await calls[0]?.request.json()).toEqual({ login: "a", password: "b" });
  });

  it("serves HEAD / from the console too", async () => {
    const { env, calls } = fakeEnv();
    await call(env, "/", { method: "HEAD" });
    expect(calls.map((c) => [c.binding, c.request.method])).toEqual([["WEB", "HEAD"]]);
  });

  it("answers /services with the API services and their docs", async () => {
    const { env, calls } = fakeEnv();
    const res = await call(env, "/services");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as { console: string; services: { name: string; docs: string }[] };
    expect(body.services.map((s) => s.name)).toEqual(API_SERVICES.map((s) => s.name));
    expect(body.services.map((s) => s.name)).not.toContain("web");
    expect(body.console).toBe("http://localhost:8787/");
    expect(body.services).toContainEqual(
      expect.objectContaining({ name: "funds", docs: "http://localhost:8787/funds/docs" }),
    );
    expect(calls).toHaveLength(0);
  });

  it.each([
    ["GET", "/nope"],
    ["GET", "/fundsx/health"],
    ["GET", "/favicon.ico"],
    ["POST", "/"],
    ["POST", "/services"],
    ["GET", "/services/x"],
  ])("answers %s %s with a not-found problem", async (method, path) => {
    const { env, calls } = fakeEnv();
    const res = await call(env, path, { method });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const body = problem.parse(await res.json());
    expect(body).toMatchObject({
      type: "urn:ishc:problem:not-found",
      title: "Not found",
      status: 404,
      code: "NOT_FOUND",
      instance: path,
    });
    expect(body.detail).toContain(`${method} ${path}`);
    expect(calls).toHaveLength(0);
  });
});
