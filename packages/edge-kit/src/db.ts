import { newId } from "@ishc/domain";
import { auditLog } from "@ishc/domain/schema";
import { drizzle } from "drizzle-orm/d1";
import type { Context } from "hono";
import type { ServiceEnv } from "./types";

export function database(c: Context<ServiceEnv>) {
  return drizzle(c.env.DB);
}
export type Database = ReturnType<typeof database>;

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  orgUnitId?: string | null;
  detail?: unknown;
};

/** The audit row for a write: put it in the same `db.batch` as the write so both land or neither does. */
export function auditInsert(c: Context<ServiceEnv>, service: string, entry: AuditEntry) {
  return database(c)
    .insert(auditLog)
    .values({
      id: newId("audit"),
      at: new Date().toISOString(),
      actorUserId: c.get("user")?.sub ?? null,
      service,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      orgUnitId: entry.orgUnitId ?? null,
      requestId: c.get("requestId") ?? null,
      detail: entry.detail ?? null,
    });
}
