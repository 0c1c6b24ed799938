/**
 * One copy of the demo province inside the scale province: copy `k` is the demo province of
 * seed `seed + k` with five years of meetings, its funds and its activities; from the second
 * copy on, its national root and province are the first copy's (their own rows left out), its
 * units' codes end in `-k` and its logins begin `k.`, so all copies form one province.
 */
import {
  activities,
  activityBeneficiaries,
  activityParticipants,
  attendance,
  beneficiaries,
  communications,
  fundBalances,
  healthChecks,
  homeCareVisits,
  journalEntries,
  journalLines,
  loanRepayments,
  loans,
  loanTerms,
  meetings,
  memberships,
  trainingTrainees,
} from "@ishc/domain/schema";
import { demoActivities } from "../activities";
import { demoFunds } from "../funds";
import {
  type DemoLogin,
  type DemoProvince,
  generateDemoProvince,
  type OrgUnitRow,
  type OrgUnitVersionRow,
  type UserRow,
} from "../generate";
import { tablesInInsertOrder } from "../sql";
import { earlierMeetings } from "./meetings";
import type { TableRows } from "./statements";

/** The ids every copy shares: the first copy's national root and province. */
export interface ScaleRoot {
  readonly nationalId: string;
  readonly provinceId: string;
}

export interface ProvinceCopy {
  readonly index: number;
  readonly seed: number;
  readonly root: ScaleRoot;
  /** The copy's demo accounts, with the logins as stored. */
  readonly logins: readonly DemoLogin[];
  /** Tables with no dates to shift (the tree, clubs, people, accounts, terms, balances), in foreign-key order. */
  readonly fixed: readonly TableRows[];
  /** The five years of dated records, in foreign-key order once `fixed` is in. */
  readonly dated: readonly TableRows[];
}

/** Tables of the demo that hold dated history, by SQL name. */
const DATED_IN_DEMO = new Set(["memberships", "meetings", "attendance", "health_checks"]);

/** Every string value with `from` replaced by `to` (ids also appear inside org paths). */
function replaceIds<T extends object>(
  rows: readonly T[],
  swaps: readonly (readonly [string, string])[],
): T[] {
  return rows.map((row) => {
    const out = { ...row } as Record<string, unknown>;
    for (const [key, value] of Object.entries(out)) {
      if (typeof value !== "string") continue;
      let next = value;
      for (const [from, to] of swaps) if (next.includes(from)) next = next.replaceAll(from, to);
      out[key] = next;
    }
    return out as T;
  });
}

/**
 * Copy `index` of the scale province. `history` is how many five-year spans the loader will
 * write (the fund balances hold the cash of all of them, so the books stay balanced).
 */
export function provinceCopy(options: {
  readonly seed: number;
  readonly index: number;
  readonly passwordHash: string;
  readonly history: number;
  readonly root?: ScaleRoot;
  readonly fiveYearsOfMeetings?: boolean;
}): ProvinceCopy {
  const { index, history } = options;
  const seed = options.seed + index;
  const data: DemoProvince = generateDemoProvince({ seed, passwordHash: options.passwordHash });
  const national = data.orgUnits.find((u) => u.kind === "national");
  const province = data.orgUnits.find((u) => u.kind === "province");
  if (!national?.id || !province?.id) throw new Error("the demo province has no national root or province");
  const root = options.root ?? { nationalId: national.id, provinceId: province.id };
  const funds = demoFunds(data);
  const acts = demoActivities(data);
  const earlier =
    options.fiveYearsOfMeetings === false
      ? { meetings: [], attendance: [], healthChecks: [] }
      : earlierMeetings(data);

  const fixed: TableRows[] = [
    ...tablesInInsertOrder(data).filter((t) => !DATED_IN_DEMO.has(t.name)),
    { name: "loan_terms", table: loanTerms, rows: funds.loanTerms },
    {
      name: "fund_balances",
      table: fundBalances,
      rows: funds.fundBalances.map((b) => ({ ...b, cash: b.cash * history })),
    },
    { name: "beneficiaries", table: beneficiaries, rows: acts.beneficiaries },
  ];
  const dated: TableRows[] = [
    { name: "memberships", table: memberships, rows: data.memberships },
    { name: "meetings", table: meetings, rows: [...earlier.meetings, ...data.meetings] },
    { name: "attendance", table: attendance, rows: [...earlier.attendance, ...data.attendance] },
    { name: "health_checks", table: healthChecks, rows: [...earlier.healthChecks, ...data.healthChecks] },
    { name: "loans", table: loans, rows: funds.loans },
    { name: "journal_entries", table: journalEntries, rows: funds.journalEntries },
    { name: "journal_lines", table: journalLines, rows: funds.journalLines },
    { name: "loan_repayments", table: loanRepayments, rows: funds.loanRepayments },
    { name: "activities", table: activities, rows: acts.activities },
    { name: "activity_participants", table: activityParticipants, rows: acts.activityParticipants },
    { name: "activity_beneficiaries", table: activityBeneficiaries, rows: acts.activityBeneficiaries },
    { name: "home_care_visits", table: homeCareVisits, rows: acts.homeCareVisits },
    { name: "training_trainees", table: trainingTrainees, rows: acts.trainingTrainees },
    { name: "communications", table: communications, rows: acts.communications },
  ];
  if (index === 0) return { index, seed, root, logins: data.demoLogins, fixed, dated };

  const swaps: [string, string][] = [
    [national.id, root.nationalId],
    [province.id, root.provinceId],
  ];
  const own = new Set([national.id, province.id]);
  const underRoot = (t: TableRows): TableRows => {
    let rows = replaceIds(t.rows, swaps);
    if (t.name === "org_units") {
      rows = replaceIds(
        t.rows.filter((u) => !own.has((u as OrgUnitRow).id!)),
        swaps,
      ).map((u) => ({ ...u, code: `${(u as OrgUnitRow).code}-${index}` }));
    } else if (t.name === "org_unit_versions") {
      rows = replaceIds(
        t.rows.filter((v) => !own.has((v as OrgUnitVersionRow).orgUnitId)),
        swaps,
      );
    } else if (t.name === "users") {
      rows = rows.map((u) => ({ ...u, login: `${index}.${(u as UserRow).login}` }));
    }
    return { ...t, rows };
  };
  return {
    index,
    seed,
    root,
    logins: replaceIds(data.demoLogins, swaps).map((l) => ({ ...l, login: `${index}.${l.login}` })),
    fixed: fixed.map(underRoot),
    dated: dated.map(underRoot),
  };
}
