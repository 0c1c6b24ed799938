import { auditLog } from "@ishc/domain/schema";
import { sql } from "drizzle-orm";
import * as z from "zod";
import { createServiceApp } from "../../src/app";
import { createRouter, defineRoute, fileResponse } from "../../src/routes";

/**
 * A worker that exists for the kit's tests: one retry-safe write that records
 * a "transfer" as an audit row, refused by the database when its note is
 * "fail-in-batch" (a failure inside the batch, after the first statement).
 */
export const recordTransfer = defineRoute({
  method: "post",
  path: "/transfers",
  operationId: "recordTransfer",
  summary: "Record a transfer (kit test)",
  description: "Writes one audit row through ctx.commit under an Idempotency-Key.",
  tags: ["kit-test"],
  idempotent: true,
  body: z.strictObject({ amount: z.number().int().positive(), note: z.string().max(50) }),
  response: z.object({ id: z.string(), amount: z.number().int(), note: z.string() }),
  status: 201,
});

const transfers = createRouter().add(recordTransfer, async (ctx, { body }) => {
  const id = crypto.randomUUID();
  const statements = [
    ctx.audit({ action: "transfer", entity: "transfer", entityId: id, detail: body }),
    ...(body.note === "fail-in-batch" ? [ctx.db.run(sql`INSERT INTO ${auditLog} (id) VALUES (NULL)`)] : []),
  ] as const;
  return ctx.commit(statements, { id, amount: body.amount, note: body.note });
});

export const getTally = defineRoute({
  method: "get",
  path: "/tally",
  operationId: "getTally",
  summary: "A tally as JSON or CSV (kit test)",
  description: "Answers JSON, or a CSV file with `format=csv`.",
  tags: ["kit-test"],
  query: z.object({ format: z.enum(["json", "csv"]).default("json") }),
  response: z.object({ label: z.string(), count: z.number().int() }),
  files: [{ mediaType: "text/csv", description: "The tally as CSV" }],
});

const tallies = createRouter().add(getTally, async (ctx, { query }) => {
  await ctx.read();
  const tally = { label: "Hội viên", count: 3 };
  return query.format === "csv"
    ? fileResponse(
        `\uFEFFlabel,count\r\n${tally.label},${tally.count}\r\n`,
        "text/csv; charset=utf-8",
        "tally.csv",
      )
    : tally;
});

export default createServiceApp({
  service: "kit-test",
  title: "Kit test worker",
  version: "0.0.0",
  description: "Only for the edge kit's own tests in workerd.",
  routers: [transfers, tallies],
});
