import { describe, expect, it } from "vitest";
import { call, type Json } from "./helpers";

describe("GET /membership/openapi.json", () => {
  it("documents every route with its request and response schemas", async () => {
    const res = await call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe("3.1.0");
    const paths = res.json.paths as Record<string, Record<string, Json>>;
    const operations = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([m, op]) => ({ path, m, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(28);
    for (const { path, m, op } of operations) {
      expect(path.startsWith("/membership/"), path).toBe(true);
      const success = op.responses["200"] ?? op.responses["201"];
      expect(success?.content?.["application/json"]?.schema, `${m} ${path}`).toBeDefined();
      if (m === "post" || m === "patch") expect(op.requestBody?.content, `${m} ${path}`).toBeDefined();
      for (const param of path.match(/\{(\w+)\}/g) ?? []) {
        expect(
          op.parameters.map((p: { name: string }) => `{${p.name}}`),
          `${m} ${path}`,
        ).toContain(param);
      }
    }
    expect(paths["/membership/clubs/{id}/members/import"]?.post?.requestBody.content).toHaveProperty(
      "text/csv",
    );
    expect(res.json.components.schemas).toHaveProperty("Person");
    expect(res.json.components.schemas).toHaveProperty("Problem");
  });

  it("serves a docs page that lists the routes", async () => {
    const res = await call("GET", "/docs");
    expect(res.status).toBe(200);
    expect(res.text).toContain("/membership/clubs/{id}/members/import");
  });
});
