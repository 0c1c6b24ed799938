/**
 * The one list of services (src/services.json) against what deploys: the gateway's service
 * bindings in its wrangler.jsonc and each service's own wrangler.jsonc.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { wranglerConfigOf as configOf, parseJsonc, ROOT } from "../../../infra/lib/jsonc.mjs";
import { SERVICE_LIST, SERVICES } from "../src/index";

describe("the list of services", () => {
  it("matches the gateway's service bindings in wrangler.jsonc, one for one", () => {
    const bindings = configOf("gateway").services ?? [];
    const listed = SERVICE_LIST.map(({ binding, worker }) => ({ binding, service: worker }));
    expect([...bindings].sort((a, b) => a.binding.localeCompare(b.binding))).toEqual(
      [...listed].sort((a, b) => a.binding.localeCompare(b.binding)),
    );
  });

  it("names each service's app folder and its worker", () => {
    for (const { name, worker } of SERVICE_LIST) {
      expect(existsSync(path.join(ROOT, "apps", name, "wrangler.jsonc")), name).toBe(true);
      expect(configOf(name).name, name).toBe(worker);
    }
  });

  it("has no name, binding or worker twice, and names that are one path segment", () => {
    for (const key of ["name", "binding", "worker"] as const) {
      const values = SERVICE_LIST.map((service) => service[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
    for (const { name } of SERVICE_LIST) expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(Object.keys(SERVICES)).toEqual(SERVICE_LIST.map((s) => s.name));
    expect(SERVICE_LIST.map((s) => s.name)).not.toContain("gateway");
  });

  it("marks one app, the console, to be served at /; every other entry is an API service", () => {
    const roots = SERVICE_LIST.filter((service) => service.root);
    expect(roots.map((service) => service.name)).toEqual(["web"]);
    expect(SERVICE_LIST.map((s) => s.name)).not.toContain("services");
  });

  it("reads wrangler.jsonc's comments and trailing commas (the checks above depend on it)", () => {
    const text = `{
      // a comment with "quotes" and a // inside
      "services": [ { "binding": "A", "service": "a/*not a comment*/" }, ], /* block */
    }`;
    expect(parseJsonc(text)).toEqual({ services: [{ binding: "A", service: "a/*not a comment*/" }] });
  });
});
