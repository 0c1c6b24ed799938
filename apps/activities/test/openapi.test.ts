import { exampleMismatches } from "@ishc/edge-kit";
import { describe, expect, it } from "vitest";
import activities from "../src/activities/activities.index";
import association from "../src/association/association.index";
import beneficiaries from "../src/beneficiaries/beneficiaries.index";
import catalogue from "../src/catalogue/catalogue.index";
import homeCare from "../src/home-care/home-care.index";
import summary from "../src/summary/summary.index";
import { call, type Json } from "./helpers";

const routers = [catalogue, beneficiaries, activities, homeCare, association, summary];

describe("GET /activities/openapi.json", () => {
  it("documents every route with an operationId, a description, a request schema where it takes a body, and a response schema", async () => {
    const res = await call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe("3.1.0");
    const operations = Object.entries(res.json.paths as Record<string, Record<string, Json>>).flatMap(
      ([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );
    const keys = operations.map((o) => o.key);
    for (const expected of [
      "GET /activities/catalogue",
      "POST /activities/org-units/{id}/beneficiaries",
      "GET /activities/org-units/{id}/beneficiaries",
      "POST /activities/org-units/{id}/activities",
      "GET /activities/org-units/{id}/activities",
      "GET /activities/activities/{id}",
      "POST /activities/clubs/{id}/home-care-visits",
      "POST /activities/org-units/{id}/trainings",
      "POST /activities/org-units/{id}/communications",
      "GET /activities/org-units/{id}/activity-summary",
      "POST /activities/sync",
    ]) {
      expect(keys).toContain(expected);
    }
    for (const { key, op } of operations) {
      expect(op.operationId, key).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.description?.length ?? 0, key).toBeGreaterThan(20);
      const success = op.responses["200"] ?? op.responses["201"];
      expect(success?.content?.["application/json"]?.schema, `${key} response schema`).toBeDefined();
      if (key.startsWith("POST")) {
        expect(op.requestBody?.content?.["application/json"]?.schema, `${key} request schema`).toBeDefined();
      }
    }
  });

  it("gives examples that fit their own schemas", () => {
    const specs = routers.flatMap((r) => r.routes.map((route) => route.spec));
    expect(exampleMismatches(specs)).toEqual([]);
    expect(specs.every((spec) => spec.examples?.response !== undefined)).toBe(true);
  });
});
