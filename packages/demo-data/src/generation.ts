/**
 * What every stage of the generator shares: one random stream (the order of draws is what
 * makes the output the same for a seed, so stages run in a fixed order), ids drawn from
 * their own stream, and the tables being filled.
 */
import { type IdKind, newId } from "@ishc/domain";
import type { Rng } from "./random";
import type {
  AttendanceRow,
  ClubRoleRow,
  ClubRow,
  ClubStatusRow,
  HealthCheckRow,
  MeetingRow,
  MembershipRow,
  OrgUnitRow,
  OrgUnitVersionRow,
  PersonRow,
  UserRow,
} from "./rows";

export interface Tables {
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
}

export interface Generation {
  readonly rng: Rng;
  /** A new id of `kind` whose time part is `ms`. */
  readonly id: (kind: IdKind, ms: number) => string;
  readonly out: Tables;
}

export function startGeneration(rng: Rng): Generation {
  const idRandom = rng.fork("ids");
  return {
    rng,
    id: (kind, ms) => newId(kind, ms, idRandom.bytes),
    out: {
      orgUnits: [],
      orgUnitVersions: [],
      clubs: [],
      clubStatusHistory: [],
      people: [],
      memberships: [],
      clubRoles: [],
      meetings: [],
      attendance: [],
      healthChecks: [],
      users: [],
    },
  };
}
