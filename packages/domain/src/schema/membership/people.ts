import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { POVERTY_STATUSES, SEXES } from "../../enums";
import { orgUnits } from "./org";

/**
 * A person, registered by the org unit (usually a club) that keeps their record.
 * `fullName` is NFC; `nameSearch` is its folded form for search without diacritics.
 */
export const people = sqliteTable(
  "people",
  {
    id: text("id").primaryKey(),
    orgUnitId: text("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    fullName: text("full_name").notNull(),
    nameSearch: text("name_search").notNull(),
    sex: text("sex", { enum: SEXES }).notNull(),
    birthDate: text("birth_date"),
    birthYear: integer("birth_year").notNull(),
    ethnicity: text("ethnicity"),
    povertyStatus: text("poverty_status", { enum: POVERTY_STATUSES }).notNull(),
    povertyCertifiedYear: integer("poverty_certified_year"),
    livesAlone: integer("lives_alone", { mode: "boolean" }).notNull(),
    phone: text("phone"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    index("people_org_unit_idx").on(t.orgUnitId),
    index("people_name_search_idx").on(t.nameSearch),
    check(
      "people_birth_year_matches_date",
      sql`birth_date IS NULL OR CAST(substr(birth_date, 1, 4) AS INTEGER) = birth_year`,
    ),
  ],
);
