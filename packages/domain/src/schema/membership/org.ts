import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ORG_UNIT_KINDS, USER_ROLES } from "../../enums";

/** The current shape of the org tree; `path` is the materialised path of ids from the root. */
export const orgUnits = sqliteTable(
  "org_units",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ORG_UNIT_KINDS }).notNull(),
    name: text("name").notNull(),
    nameSearch: text("name_search").notNull(),
    code: text("code"),
    parentId: text("parent_id").references((): ReturnType<typeof text> => orgUnits.id),
    path: text("path").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("org_units_path_unique").on(t.path),
    uniqueIndex("org_units_code_unique").on(t.code),
    index("org_units_parent_idx").on(t.parentId),
  ],
);

/** Each rename or move closes one version and opens the next, with the date it took effect. */
export const orgUnitVersions = sqliteTable(
  "org_unit_versions",
  {
    id: text("id").primaryKey(),
    orgUnitId: text("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    parentId: text("parent_id").references(() => orgUnits.id),
    name: text("name").notNull(),
    validFrom: text("valid_from").notNull(),
    validTo: text("valid_to"),
    reason: text("reason"),
  },
  (t) => [
    index("org_unit_versions_unit_idx").on(t.orgUnitId, t.validFrom),
    // The subtree as it stood (a recursive walk from parent to children) starts from here.
    index("org_unit_versions_parent_idx").on(t.parentId, t.validFrom),
    uniqueIndex("org_unit_versions_one_current").on(t.orgUnitId).where(sql`valid_to IS NULL`),
    check("org_unit_versions_valid_range", sql`valid_to IS NULL OR valid_to > valid_from`),
  ],
);

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    login: text("login").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: USER_ROLES }).notNull(),
    orgUnitId: text("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    passwordHash: text("password_hash").notNull(),
    createdAt: text("created_at").notNull(),
    disabledAt: text("disabled_at"),
  },
  (t) => [uniqueIndex("users_login_unique").on(t.login), index("users_org_unit_idx").on(t.orgUnitId)],
);

/**
 * Wrong passwords per login (folded to lower case), for throttling sign-in.
 * Times are epoch milliseconds so the guards are arithmetic in one SQL
 * statement: `failures` counts within the window that began at
 * `window_started_at`; `locked_until` is when the last lockout ends (kept after
 * it passes, so repeated lockouts can grow); `lockouts` counts them. A
 * successful sign-in deletes the row.
 */
export const loginThrottle = sqliteTable("login_throttle", {
  login: text("login").primaryKey(),
  failures: integer("failures").notNull(),
  windowStartedAt: integer("window_started_at").notNull(),
  lockedUntil: integer("locked_until"),
  lockouts: integer("lockouts").notNull().default(0),
});
