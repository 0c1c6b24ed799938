import { describe, expect, it } from "vitest";
import { createApi, fieldErrors, formField, type Problem, rowErrors } from "../src/index";

type Seen = { url: string; method: string; authorization: string | null; body: string };

function fakeFetch(answer: (req: Request) => Response) {
  const seen: Seen[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    seen.push({
      url: req.url,
      method: req.method,
      authorization: req.headers.get("authorization"),
      body: await req.clone().text(),
    });
    return answer(req);
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

const problemResponse = (status: number, body: Partial<Problem>) =>
  new Response(JSON.stringify({ type: "urn:ishc:problem:x", title: "T", status, code: "X", ...body }), {
    status,
    headers: { "content-type": "application/problem+json" },
  });

describe("the typed client", () => {
  it("adds the current token and types the answer", async () => {
    let token = "t1";
    const { fetch, seen } = fakeFetch(
      () =>
        new Response(JSON.stringify({ id: "org_1", name: "CLB" }), {
          headers: { "content-type": "application/json" },
        }),
    );
    const api = createApi({ baseUrl: "http://localhost:8787", token: () => token, fetch });
    const { data } = await api.membership.GET("/membership/clubs/{id}", {
      params: { path: { id: "org_1" } },
    });
    expect(data?.name).toBe("CLB");
    token = "t2";
    await api.funds.GET("/funds/health");
    expect(seen.map((s) => [s.url, s.authorization])).toEqual([
      ["http://localhost:8787/membership/clubs/org_1", "Bearer t1"],
      ["http://localhost:8787/funds/health", "Bearer t2"],
    ]);
  });

  it("sends no authorization header when signed out", async () => {
    const { fetch, seen } = fakeFetch(
      () => new Response("{}", { headers: { "content-type": "application/json" } }),
    );
    const api = createApi({ baseUrl: "http://x", token: () => null, fetch });
    await api.membership.POST("/membership/auth/login", { body: { login: "a", password: "b" } });
    expect(seen[0]?.authorization).toBeNull();
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual({ login: "a", password: "b" });
  });

  it("reads a problem+json error and maps its field errors to form fields", async () => {
    const { fetch } = fakeFetch(() =>
      problemResponse(422, {
        code: "VALIDATION_FAILED",
        errors: [
          { field: "birthDate", message: "must not be in the future" },
          { field: "body.fullName", message: "is required" },
          { field: "fullName", message: "second message is dropped" },
        ],
      }),
    );
    const api = createApi({ baseUrl: "http://x", token: () => "t", fetch });
    const { error, response } = await api.membership.PATCH("/membership/people/{id}", {
      params: { path: { id: "per_1" } },
      body: {},
    });
    expect(response.status).toBe(422);
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", status: 422 });
    expect(fieldErrors(error as Problem)).toEqual({
      birthDate: "must not be in the future",
      fullName: "is required",
    });
  });

  it("groups an upload's errors by row", () => {
    const problem: Problem = {
      type: "t",
      title: "t",
      status: 422,
      code: "VALIDATION_FAILED",
      errors: [
        { field: "birthDate", message: "bad date", row: 3 },
        { field: "sex", message: "unknown", row: 3 },
        { field: "fullName", message: "missing", row: 5 },
        { field: "file", message: "whole file" },
      ],
    };
    const rows = rowErrors(problem);
    expect([...rows.keys()]).toEqual([3, 5]);
    expect(rows.get(3)?.map((e) => e.field)).toEqual(["birthDate", "sex"]);
    expect(fieldErrors(problem)).toEqual({ file: "whole file" });
  });

  it("names the form field of nested paths", () => {
    expect(formField("rows.3.birthDate")).toBe("birthDate");
    expect(formField("attendees[2]")).toBe("attendees");
    expect(formField("query.period")).toBe("period");
    expect(formField("amount")).toBe("amount");
  });

  it("reports a 401 to a request that carried a token, not to a sign-in", async () => {
    const calls: (Problem | null)[] = [];
    const { fetch } = fakeFetch(() => problemResponse(401, { code: "UNAUTHENTICATED" }));
    const signedIn = createApi({
      baseUrl: "http://x",
      token: () => "old",
      fetch,
      onUnauthorized: (p) => calls.push(p),
    });
    await signedIn.membership.GET("/membership/clubs");
    expect(calls).toHaveLength(1);
    expect(calls[0]?.code).toBe("UNAUTHENTICATED");
    const signedOut = createApi({
      baseUrl: "http://x",
      token: () => null,
      fetch,
      onUnauthorized: (p) => calls.push(p),
    });
    await signedOut.membership.POST("/membership/auth/login", { body: { login: "a", password: "b" } });
    expect(calls).toHaveLength(1);
  });

  it("turns a non-JSON error into a problem of the same shape", async () => {
    const { fetch } = fakeFetch(
      () => new Response("Bad gateway", { status: 502, statusText: "Bad Gateway" }),
    );
    const api = createApi({ baseUrl: "http://x", token: () => "t", fetch });
    const { error } = await api.funds.GET("/funds/health");
    expect(error).toMatchObject({ status: 502, title: "Bad Gateway", detail: "Bad gateway" });
  });
});
