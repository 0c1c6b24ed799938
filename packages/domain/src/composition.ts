import { ageOnWithYear, type IsoDate } from "./dates";

export type PovertyStatus = "poor" | "near_poor" | "none";
export type Sex = "female" | "male";

export type MemberFacts = {
  readonly sex: Sex;
  readonly birthDate: IsoDate | null;
  readonly birthYear: number;
  readonly povertyStatus: PovertyStatus;
  readonly livesAlone: boolean;
  readonly joinedOn: IsoDate;
  readonly leftOn: IsoDate | null;
};

/** The ISHC model's targets for a club (checked by reports, never enforced on data entry). */
export const ISHC_TARGETS = {
  olderAge: 55,
  members: { min: 50, max: 70 },
  olderShare: { min: 0.6, max: 0.7 },
  womenShare: { min: 0.6, max: 0.7 },
  youngerShare: { min: 0.3, max: 0.4 },
} as const;

export type Range = { readonly min: number; readonly max: number };

export type TargetCheck = {
  readonly value: number;
  readonly target: Range;
  readonly met: boolean;
};

export type Composition = {
  readonly asOf: IsoDate;
  readonly members: number;
  readonly older: number;
  readonly younger: number;
  readonly women: number;
  readonly poorOrNearPoor: number;
  readonly livingAlone: number;
  readonly shares: {
    readonly older: number;
    readonly younger: number;
    readonly women: number;
    readonly poorOrNearPoor: number;
    readonly livingAlone: number;
  };
  readonly targets: {
    readonly members: TargetCheck;
    readonly olderShare: TargetCheck;
    readonly womenShare: TargetCheck;
    readonly youngerShare: TargetCheck;
  };
};

export function isMemberOn(member: Pick<MemberFacts, "joinedOn" | "leftOn">, on: IsoDate): boolean {
  return member.joinedOn <= on && (member.leftOn === null || on < member.leftOn);
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const check = (value: number, target: Range): TargetCheck => ({
  value,
  target,
  met: value >= target.min && value <= target.max,
});

/** A club's make-up on a date, counted over the memberships active that day. */
export function compositionOn(memberships: readonly MemberFacts[], asOf: IsoDate): Composition {
  const active = memberships.filter((m) => isMemberOn(m, asOf));
  const members = active.length;
  const older = active.filter((m) => ageOnWithYear(m, asOf) >= ISHC_TARGETS.olderAge).length;
  const women = active.filter((m) => m.sex === "female").length;
  const poorOrNearPoor = active.filter((m) => m.povertyStatus !== "none").length;
  const livingAlone = active.filter((m) => m.livesAlone).length;
  const younger = members - older;
  const shares = {
    older: share(older, members),
    younger: share(younger, members),
    women: share(women, members),
    poorOrNearPoor: share(poorOrNearPoor, members),
    livingAlone: share(livingAlone, members),
  };
  return {
    asOf,
    members,
    older,
    younger,
    women,
    poorOrNearPoor,
    livingAlone,
    shares,
    targets: {
      members: check(members, ISHC_TARGETS.members),
      olderShare: check(shares.older, ISHC_TARGETS.olderShare),
      womenShare: check(shares.women, ISHC_TARGETS.womenShare),
      youngerShare: check(shares.younger, ISHC_TARGETS.youngerShare),
    },
  };
}
