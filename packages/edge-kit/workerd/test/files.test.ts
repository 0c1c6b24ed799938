import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { bearer, disableAccount, seedOrgFixture, tokenFor } from "../../testing/fixtures";

const get = (path: string, token?: string) =>
  exports.default.fetch(`http://x/kit-test${path}`, { headers: token ? bearer(token) : {} });

describe("routes that answer files", () => {
  let token: string;
  beforeAll(async () => {
    token = await tokenFor(env.DB, "viewer", (await seedOrgFixture(env.DB)).province);
  });

  it("answers JSON by default and the declared file when asked, with its media type and name", async () => {
    const json = await get("/tally", token);
    expect(json.headers.get("content-type")).toContain("application/json");
    expect(await json.json()).toEqual({ label: "Hội viên", count: 3 });
    const csv = await get("/tally?format=csv", token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="tally.csv"');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs, kept as sent
    expect(new TextDecoder().decode(bytes)).toBe("label,count\r\nHội viên,3\r\n");
  });

  it("lists the file's media type beside JSON in the OpenAPI document", async () => {
    const doc = await (await get("/openapi.json")).json<{
      paths: Record<string, Record<string, { responses: Record<string, { content: object }> }>>;
    }>();
    expect(Object.keys(doc.paths["/kit-test/tally"]!.get!.responses["200"]!.content)).toEqual([
      "application/json",
      "text/csv",
    ]);
  });

  it("still checks the account before a file goes out", async () => {
    const disabled = await tokenFor(env.DB, "viewer", (await seedOrgFixture(env.DB)).province);
    await disableAccount(env.DB, disabled);
    expect((await get("/tally?format=csv", disabled)).status).toBe(401);
  });
});
