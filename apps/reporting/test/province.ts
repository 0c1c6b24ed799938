import {
  allocateRepayment,
  foldVietnamese,
  type Instalment,
  loanSchedule,
  newId,
  type RepaymentRecord,
} from "@ishc/domain";
import { seedClub, seedOrgFixture } from "../../../packages/edge-kit/testing/fixtures.ts";

/**
 * A small hand-made province, written through the real schema (the other
 * services' rows exactly as their workers write them). Every figure the
 * report test expects is worked out by hand from this file.
 *
 * Province P — commune A (club A, founded 2018-03-15; club C, founded 2018-03-15)
 *            — commune B (club B, founded 2022-09-01).
 *
 * People (age by birth year in 2025):
 *   p1 A  woman 1950 (75) poor, lives alone   joined 2019-01-10
 *   p2 A  man   1990 (35) none                joined 2019-01-10
 *   p3 A  woman 1960 (65) near-poor           joined 2020-02-01, LEFT 2025-05-10
 *   p4 B  woman 1955 (70) none                joined 2023-01-05
 *   p5 C  man   1948 (77) poor                joined 2019-06-01
 *
 * Meetings: A 2025-04-05 (p1), A 2025-05-05 (p1 p2 p3; health check p1), B 2025-04-10 (p4),
 *           C 2025-05-12 (p5; health check p5).
 *
 * Activities (May 2025 unless said):
 *   a1  A labour support, single-parent household, p1 1 day + p2 2 days   = 3 days
 *   a2  C labour support, flood, p5 1 day                                 = 1 day
 *   a3  A disaster clean-up, storm, 2024-09-10, p2 3 days                  (history only)
 *   a4  A community service, 2 sessions
 *   a5  B cultural event, 1 session;  a6 B sports, 3 sessions, 2025-03-01   (history only)
 *   a7, a8  A home-care visits to p3 (05-18, 05-25); a9 C visit to beneficiary b1, 2025-04-02
 *   a10 province training course, 120 places; a11 commune A course, 40 places, 2024-11-10
 *   a12 province article (05-30); a13 commune B news item, 2025-02-01
 *   a14 A livelihood training, a15 A health talk, a16 A legal aid, a17 A fundraising,
 *   a18 A cultural event (1 session), a19 A awareness session → club A active in all 8 areas in May
 *
 * Money:
 *   A: revolving grant (project) 5,000,000 on 2025-01-02; operating grant (association) 1,000,000 on 2025-05-04.
 *      Loan L1 to p1 (poor): flat, 1,200,000, 6 months, 1 %/month, paid out 2025-01-15: 212,000 an
 *      instalment (200,000 + 12,000) due the 15th; paid 02-15 (on time), 03-10 (early), 05-01 (instalment 3, late).
 *   C: revolving grant (People's Committee) 2,000,000 on 2025-02-01. Loan L2 to p5 (poor): flat,
 *      600,000, 3 months, 1 %/month, paid out 2025-02-10: 206,000 due 03-10, 04-10, 05-10, none paid.
 *   B: operating grant (private donor) 300,000 on 2025-05-20.
 */
export async function seedHandMadeProvince(db: D1Database) {
  const tree = await seedOrgFixture(db);
  const clubA = tree.clubA;
  const clubB = tree.clubB;
  const clubC = await seedClub(db, tree.communeA, "CLB Liên thế hệ thôn Còn Quan");
  const now = "2025-06-01T00:00:00.000Z";
  const statements: D1PreparedStatement[] = [];
  const run = (sql: string, ...params: unknown[]) => statements.push(db.prepare(sql).bind(...params));

  const person = (
    club: { id: string },
    name: string,
    sex: string,
    birthYear: number,
    poverty: string,
    alone: boolean,
  ) => {
    const id = newId("person");
    run(
      `INSERT INTO people (id, org_unit_id, full_name, name_search, sex, birth_year, poverty_status, lives_alone, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id,
      club.id,
      name,
      foldVietnamese(name),
      sex,
      birthYear,
      poverty,
      alone ? 1 : 0,
      now,
    );
    return id;
  };
  const p1 = person(clubA, "Hoàng Thị Lan", "female", 1950, "poor", true);
  const p2 = person(clubA, "Nông Văn Dũng", "male", 1990, "none", false);
  const p3 = person(clubA, "Lương Thị Mai", "female", 1960, "near_poor", false);
  const p4 = person(clubB, "Vi Thị Hạnh", "female", 1955, "none", false);
  const p5 = person(clubC, "Hoàng Văn Sáng", "male", 1948, "poor", false);
  const member = (personId: string, club: { id: string }, joined: string, left: string | null = null) =>
    run(
      "INSERT INTO memberships (id, person_id, club_id, joined_on, left_on) VALUES (?, ?, ?, ?, ?)",
      newId("membership"),
      personId,
      club.id,
      joined,
      left,
    );
  member(p1, clubA, "2019-01-10");
  member(p2, clubA, "2019-01-10");
  member(p3, clubA, "2020-02-01", "2025-05-10");
  member(p4, clubB, "2023-01-05");
  member(p5, clubC, "2019-06-01");

  const meeting = (club: { id: string }, on: string, attended: string[], checked: string[] = []) => {
    const id = newId("meeting");
    run(
      "INSERT INTO meetings (id, club_id, held_on, topic) VALUES (?, ?, ?, 'Sinh hoạt định kỳ')",
      id,
      club.id,
      on,
    );
    for (const p of attended) run("INSERT INTO attendance (meeting_id, person_id) VALUES (?, ?)", id, p);
    for (const p of checked)
      run(
        "INSERT INTO health_checks (id, meeting_id, person_id, systolic, diastolic) VALUES (?, ?, ?, 130, 85)",
        newId("healthCheck"),
        id,
        p,
      );
  };
  meeting(clubA, "2025-04-05", [p1]);
  meeting(clubA, "2025-05-05", [p1, p2, p3], [p1]);
  meeting(clubB, "2025-04-10", [p4]);
  meeting(clubC, "2025-05-12", [p5], [p5]);

  const beneficiary = newId("beneficiary");
  run(
    `INSERT INTO beneficiaries (id, org_unit_id, full_name, name_search, sex, birth_year, lives_alone, household_kinds, created_at)
     VALUES (?, ?, 'Bà Hứa Thị Nhung', 'ba hua thi nhung', 'female', 1938, 1, '[]', ?)`,
    beneficiary,
    clubC.id,
    now,
  );
  const activity = (
    organiser: { id: string },
    level: string,
    area: string,
    type: string,
    on: string,
    m: {
      purpose?: string;
      sessions?: number;
      participants?: number;
      money?: number;
      minutes?: number;
      people?: number;
    } = {},
  ) => {
    const id = newId("activity");
    run(
      `INSERT INTO activities (id, organiser_id, organiser_level, area, type_code, catalogue_version, starts_on, ends_on,
        purpose, sessions, minutes, participant_count, money_vnd, people_reached, created_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id,
      organiser.id,
      level,
      area,
      type,
      on,
      on,
      m.purpose ?? null,
      m.sessions ?? null,
      m.minutes ?? null,
      m.participants ?? null,
      m.money ?? null,
      m.people ?? null,
      now,
    );
    return id;
  };
  const labour = (activityId: string, personId: string, club: { id: string }, halfDays: number) =>
    run(
      "INSERT INTO activity_participants (activity_id, person_id, club_id, labour_half_days) VALUES (?, ?, ?, ?)",
      activityId,
      personId,
      club.id,
      halfDays,
    );
  const visit = (activityId: string, who: { personId?: string; beneficiaryId?: string }) =>
    run(
      "INSERT INTO activity_beneficiaries (id, activity_id, beneficiary_id, person_id) VALUES (?, ?, ?, ?)",
      newId("activityBeneficiary"),
      activityId,
      who.beneficiaryId ?? null,
      who.personId ?? null,
    );
  const a1 = activity(clubA, "club", "self_help", "labour_support", "2025-05-03", {
    purpose: "single_parent_household",
  });
  labour(a1, p1, clubA, 2);
  labour(a1, p2, clubA, 4);
  const a2 = activity(clubC, "club", "self_help", "labour_support", "2025-05-20", { purpose: "flood" });
  labour(a2, p5, clubC, 2);
  const a3 = activity(clubA, "club", "self_help", "disaster_cleanup", "2024-09-10", { purpose: "storm" });
  labour(a3, p2, clubA, 6);
  activity(clubA, "club", "self_help", "community_service", "2025-05-15", { sessions: 2, participants: 10 });
  activity(clubB, "club", "culture_sports", "cultural_event", "2025-05-08", {
    sessions: 1,
    participants: 20,
  });
  activity(clubB, "club", "culture_sports", "sports_event", "2025-03-01", { sessions: 3, participants: 15 });
  visit(activity(clubA, "club", "home_care", "home_care_visit", "2025-05-18", { minutes: 60 }), {
    personId: p3,
  });
  visit(activity(clubA, "club", "home_care", "home_care_visit", "2025-05-25", { minutes: 45 }), {
    personId: p3,
  });
  visit(activity(clubC, "club", "home_care", "home_care_visit", "2025-04-02", { minutes: 30 }), {
    beneficiaryId: beneficiary,
  });
  activity(tree.province, "province", "lifelong_learning", "training_course", "2025-05-22", {
    participants: 120,
  });
  activity(tree.communeA, "commune", "lifelong_learning", "training_course", "2024-11-10", {
    participants: 40,
  });
  const article = activity(tree.province, "province", "lifelong_learning", "communication", "2025-05-30");
  run(
    "INSERT INTO communications (activity_id, kind, outlet) VALUES (?, 'article', 'province_paper')",
    article,
  );
  const news = activity(tree.communeB, "commune", "lifelong_learning", "communication", "2025-02-01");
  run("INSERT INTO communications (activity_id, kind, outlet) VALUES (?, 'news_item', 'radio_tv')", news);
  activity(clubA, "club", "income_generation", "livelihood_training", "2025-05-02", { sessions: 1 });
  activity(clubA, "club", "health_care", "health_talk", "2025-05-06", { sessions: 1 });
  activity(clubA, "club", "rights", "legal_aid", "2025-05-07", { sessions: 1 });
  activity(clubA, "club", "resource_mobilisation", "fundraising", "2025-05-09", { money: 500_000 });
  activity(clubA, "club", "culture_sports", "cultural_event", "2025-05-11", {
    sessions: 1,
    participants: 12,
  });
  activity(clubA, "club", "lifelong_learning", "awareness_session", "2025-05-13", { sessions: 1 });

  // Books: entries with balanced lines, as the funds worker posts them.
  const entry = (
    club: { id: string },
    kind: string,
    on: string,
    lines: [string, "debit" | "credit", number][],
    extra: { source?: string; loanId?: string; personId?: string } = {},
  ) => {
    const id = `jen_${newId("audit").slice(4)}`;
    run(
      `INSERT INTO journal_entries (id, club_id, kind, on_date, source, person_id, loan_id, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'test')`,
      id,
      club.id,
      kind,
      on,
      extra.source ?? null,
      extra.personId ?? null,
      extra.loanId ?? null,
      now,
    );
    lines.forEach(([account, side, amount], i) => {
      run(
        "INSERT INTO journal_lines (entry_id, line_no, club_id, account, side, amount) VALUES (?, ?, ?, ?, ?, ?)",
        id,
        i + 1,
        club.id,
        account,
        side,
        amount,
      );
    });
    return id;
  };
  const grant = (club: { id: string }, fund: string, source: string, amount: number, on: string) =>
    entry(
      club,
      "grant_received",
      on,
      [
        [`${fund}.cash`, "debit", amount],
        [`${fund}.grants.${source}`, "credit", amount],
      ],
      { source },
    );
  grant(clubA, "revolving", "project", 5_000_000, "2025-01-02");
  grant(clubA, "operating", "association", 1_000_000, "2025-05-04");
  grant(clubC, "revolving", "peoples_committee", 2_000_000, "2025-02-01");
  grant(clubB, "operating", "private_donor", 300_000, "2025-05-20");

  const loan = (
    club: { id: string },
    personId: string,
    principal: number,
    termMonths: number,
    disbursedOn: string,
    payments: [number, string][],
  ) => {
    const id = `lon_${newId("audit").slice(4)}`;
    const schedule: Instalment[] = loanSchedule({
      principal,
      termMonths,
      monthlyRateBp: 100,
      method: "flat",
      disbursedOn,
    });
    const owedTotal = schedule.reduce((s, i) => s + i.principal + i.interest, 0);
    const repayments: RepaymentRecord[] = [];
    const rows: {
      paidOn: string;
      amount: number;
      principal: number;
      interest: number;
      allocations: unknown;
    }[] = [];
    for (const [amount, paidOn] of payments) {
      const result = allocateRepayment(schedule, repayments, amount, paidOn);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      repayments.push({ paidOn, allocations: result.value.allocations });
      rows.push({ paidOn, amount, ...result.value });
    }
    const paid = rows.reduce((s, r) => s + r.amount, 0);
    run(
      `INSERT INTO loans (id, club_id, person_id, principal, term_months, monthly_rate_bp, method, purpose, status,
        applied_on, applied_by, approved_on, approved_by, disbursed_on, poverty_status_at_disbursement, schedule, owed, created_at)
       VALUES (?, ?, ?, ?, ?, 100, 'flat', 'livestock', 'active', ?, 'maker', ?, 'checker', ?, 'poor', ?, ?, ?)`,
      id,
      club.id,
      personId,
      principal,
      termMonths,
      disbursedOn,
      disbursedOn,
      disbursedOn,
      JSON.stringify(schedule),
      owedTotal - paid,
      now,
    );
    entry(
      club,
      "loan_disbursed",
      disbursedOn,
      [
        ["revolving.loans_receivable", "debit", principal],
        ["revolving.cash", "credit", principal],
      ],
      { loanId: id, personId },
    );
    for (const r of rows) {
      const entryId = entry(
        club,
        "repayment_received",
        r.paidOn,
        [
          ["revolving.cash", "debit", r.principal],
          ["revolving.loans_receivable", "credit", r.principal],
          ["operating.cash", "debit", r.interest],
          ["operating.interest_income", "credit", r.interest],
        ],
        { loanId: id, personId },
      );
      run(
        `INSERT INTO loan_repayments (id, loan_id, club_id, entry_id, paid_on, amount, principal, interest, allocations, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        `rep_${newId("audit").slice(4)}`,
        id,
        club.id,
        entryId,
        r.paidOn,
        r.amount,
        r.principal,
        r.interest,
        JSON.stringify(r.allocations),
        now,
      );
    }
    return id;
  };
  const l1 = loan(clubA, p1, 1_200_000, 6, "2025-01-15", [
    [212_000, "2025-02-15"],
    [212_000, "2025-03-10"],
    [212_000, "2025-05-01"],
  ]);
  const l2 = loan(clubC, p5, 600_000, 3, "2025-02-10", []);
  // D1 takes a batch of at most a few hundred statements comfortably; this is well under.
  await db.batch(statements);
  return { ...tree, clubC, people: { p1, p2, p3, p4, p5 }, loans: { l1, l2 } };
}
