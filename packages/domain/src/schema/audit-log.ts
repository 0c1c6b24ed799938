import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Every write, by whom, through which request: appended in the same D1 batch as the write it records. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    at: text("at").notNull(),
    actorUserId: text("actor_user_id"),
    service: text("service").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    orgUnitId: text("org_unit_id"),
    requestId: text("request_id"),
    detail: text("detail", { mode: "json" }),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entity, t.entityId),
    index("audit_log_org_idx").on(t.orgUnitId, t.at),
  ],
);
