/** The rows the demo province is made of, one type per table, and what the generator returns. */
import type { IsoDate } from "@ishc/domain";
import type {
  attendance,
  auditLog,
  clubRoles,
  clubStatusHistory,
  clubs,
  healthChecks,
  meetings,
  memberships,
  orgUnits,
  orgUnitVersions,
  people,
  UserRole,
  users,
} from "@ishc/domain/schema";

export type OrgUnitRow = typeof orgUnits.$inferInsert;
export type OrgUnitVersionRow = typeof orgUnitVersions.$inferInsert;
export type ClubRow = typeof clubs.$inferInsert;
export type ClubStatusRow = typeof clubStatusHistory.$inferInsert;
export type PersonRow = typeof people.$inferInsert;
export type MembershipRow = typeof memberships.$inferInsert;
export type ClubRoleRow = typeof clubRoles.$inferInsert;
export type MeetingRow = typeof meetings.$inferInsert;
export type AttendanceRow = typeof attendance.$inferInsert;
export type HealthCheckRow = typeof healthChecks.$inferInsert;
export type UserRow = typeof users.$inferInsert;
export type AuditLogRow = typeof auditLog.$inferInsert;

export interface DemoLogin {
  readonly login: string;
  readonly role: UserRole;
  readonly displayName: string;
  readonly orgUnitId: string;
  readonly orgUnitName: string;
}

/** Rows per table (in foreign-key order) and the demo accounts. */
export interface DemoProvince {
  readonly seed: number;
  readonly referenceDate: IsoDate;
  readonly orgUnits: OrgUnitRow[];
  readonly orgUnitVersions: OrgUnitVersionRow[];
  readonly clubs: ClubRow[];
  readonly clubStatusHistory: ClubStatusRow[];
  readonly people: PersonRow[];
  readonly memberships: MembershipRow[];
  readonly clubRoles: ClubRoleRow[];
  readonly meetings: MeetingRow[];
  readonly attendance: AttendanceRow[];
  readonly healthChecks: HealthCheckRow[];
  readonly users: UserRow[];
  /** Always empty: the seed writes no audit entries. */
  readonly auditLog: AuditLogRow[];
  readonly demoLogins: DemoLogin[];
}

export interface GenerateOptions {
  readonly seed?: number;
  /** The stored hash (see edge-kit's `hashPassword`) every demo user gets. */
  readonly passwordHash: string;
}
