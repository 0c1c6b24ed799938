import type { ServiceEnv } from "@ishc/edge-kit";
import { type AuditEntry, auditIfChanged, auditInsert } from "@ishc/edge-kit";
import type { Context } from "hono";

export const SERVICE = "membership";

/** The audit row for a membership write, to go in the same batch as the write. */
export const audit = (c: Context<ServiceEnv>, entry: AuditEntry) => auditInsert(c, SERVICE, entry);

/** The audit row for a guarded update, written only if the statement before it changed a row. */
export const auditChanged = (c: Context<ServiceEnv>, entry: AuditEntry) => auditIfChanged(c, SERVICE, entry);
