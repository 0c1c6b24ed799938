/**
 * What `npm run bench` loads: the data it prepares in the stack's D1 (subjects picked from the
 * demo province, paid-out loans for the writes) and each scenario — the service request, the
 * raw baseline it is divided by, the first answer's content check, and for writes a fresh
 * Idempotency-Key per request.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { wranglerConfigOf } from "../lib/jsonc.mjs";

const WORKERS = path.join(path.dirname(fileURLToPath(import.meta.url)), "workers");
export const PAGE = 50;
export const REPAYMENT = 1000;
/** Loans for each side of the single repayment scenario (so the raw side's rows do not slow the service's reads). */
export const BENCH_LOANS = 400;
/** Loans for each side of the sync scenario: ten connections × 100 operations in flight never share a loan. */
export const SYNC_LOANS = 1000;
export const SYNC_OPERATIONS = 100;
export const ACTIVITY_PARTICIPANTS = 2;

/** The small baseline workers (infra/bench/workers), routed by path, bound to the stack's D1 where they use it. */
export function baselineWorkers() {
  const { compatibility_date, compatibility_flags, d1_databases } = wranglerConfigOf("membership");
  const databaseId = d1_databases[0].database_id;
  const baseline = (name, file, route, withDb = true) => ({
    name,
    modules: true,
    compatibilityDate: compatibility_date,
    compatibilityFlags: compatibility_flags ?? [],
    scriptPath: path.join(WORKERS, file),
    modulesRoot: WORKERS,
    routes: [route],
    ...(withDb ? { d1Databases: { DB: databaseId } } : {}),
  });
  return [
    baseline("bench-bare", "bare.mjs", "*/bare", false),
    baseline("bench-raw-point", "raw-point.mjs", "*/raw/person*"),
    baseline("bench-raw-list", "raw-list.mjs", "*/raw/members*"),
    baseline("bench-raw-clubs", "raw-clubs.mjs", "*/raw/clubs*"),
    baseline("bench-raw-repay", "raw-repay.mjs", "*/raw/repay*"),
    baseline("bench-raw-activity", "raw-activity.mjs", "*/raw/activity*"),
    baseline("bench-raw-sync", "raw-sync.mjs", "*/raw/sync*"),
  ];
}

/**
 * A real club with the most members today (a full page if any has one), one of its members and
 * two for activities, and the admin's org unit with the number of clubs under it.
 */
export async function pickSubjects(db, asOf, adminLogin) {
  const club = await db
    .prepare(
      `SELECT club_id AS id, COUNT(*) AS members FROM memberships
       WHERE joined_on <= ?1 AND (left_on IS NULL OR left_on > ?1)
       GROUP BY club_id ORDER BY members DESC, club_id LIMIT 1`,
    )
    .bind(asOf)
    .first();
  if (!club) throw new BenchFailed("the seeded database has no active memberships");
  const person = await db
    .prepare(
      `SELECT person_id AS id FROM memberships
       WHERE club_id = ?1 AND joined_on <= ?2 AND (left_on IS NULL OR left_on > ?2)
       ORDER BY id LIMIT 1`,
    )
    .bind(club.id, asOf)
    .first();
  if (!person) throw new BenchFailed(`club ${club.id} has no member to read`);
  const participants = await db
    .prepare(
      `SELECT person_id AS id FROM memberships
       WHERE club_id = ?1 AND joined_on <= ?2 AND (left_on IS NULL OR left_on > ?2)
       ORDER BY id LIMIT ?3`,
    )
    .bind(club.id, asOf, ACTIVITY_PARTICIPANTS)
    .all();
  const admin = await db
    .prepare("SELECT org_unit_id AS org FROM users WHERE login = ?")
    .bind(adminLogin)
    .first();
  if (!admin) throw new BenchFailed(`no account ${adminLogin}`);
  const clubsUnder = await db
    .prepare(
      `SELECT count(*) AS n FROM clubs c JOIN org_units o ON o.id = c.id
       WHERE o.path >= (SELECT path FROM org_units WHERE id = ?1) AND o.path < (SELECT path FROM org_units WHERE id = ?1) || '~'`,
    )
    .bind(admin.org)
    .first();
  return {
    clubId: club.id,
    clubMembers: club.members,
    personId: person.id,
    participants: participants.results.map((row) => row.id),
    adminOrg: admin.org,
    clubsUnder: Number(clubsUnder.n),
  };
}

/**
 * Loans for the write scenarios, written straight to D1 in the club picked above: paid out,
 * one instalment of 1,000,000,000 đồng due far ahead, so every 1,000-đồng repayment is
 * accepted. Each scenario side has its own; requests go round them, so two connections rarely
 * repay the same loan at once.
 */
export async function prepareLoans(db, subjects) {
  const members = await db
    .prepare("SELECT person_id AS id FROM memberships WHERE club_id = ? ORDER BY id LIMIT 50")
    .bind(subjects.clubId)
    .all();
  const people = members.results.map((m) => m.id);
  const schedule = JSON.stringify([
    { number: 1, dueOn: "2099-12-31", principal: 1_000_000_000, interest: 0 },
  ]);
  const now = new Date().toISOString();
  const total = 2 * BENCH_LOANS + 2 * SYNC_LOANS;
  const ids = Array.from({ length: total }, (_, i) => `lon_BENCH${String(i).padStart(21, "0")}`);
  const insert = db.prepare(
    `INSERT INTO loans (id, club_id, person_id, principal, term_months, monthly_rate_bp, method, purpose, status,
       applied_on, applied_by, approved_on, approved_by, disbursed_on, poverty_status_at_disbursement, schedule, owed,
       version, created_at)
     VALUES (?1, ?2, ?3, 1000000000, 1, 0, 'flat', 'other', 'active', '2024-12-20', 'bench-maker', '2024-12-22',
       'bench-checker', '2025-01-01', 'poor', ?4, 1000000000, 0, ?5)`,
  );
  for (let i = 0; i < ids.length; i += 500) {
    await db.batch(
      ids
        .slice(i, i + 500)
        .map((id, j) => insert.bind(id, subjects.clubId, people[(i + j) % people.length], schedule, now)),
    );
  }
  let at = 0;
  const take = (n) => {
    at += n;
    return ids.slice(at - n, at);
  };
  return {
    service: take(BENCH_LOANS),
    raw: take(BENCH_LOANS),
    syncService: take(SYNC_LOANS),
    syncRaw: take(SYNC_LOANS),
  };
}

export class BenchFailed extends Error {}

const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** `count` loans at a time, going round `pool`. */
const round = (pool, count) => {
  let turn = 0;
  return () => Array.from({ length: count }, () => pool[turn++ % pool.length]);
};

/**
 * The scenarios in the order they run. A service scenario names its `baseline` (divided by it
 * run by run) and its `target` kind: a read (ratio and p99) or a write (ratio).
 */
export function scenarios({ subjects, asOf, loans }) {
  const { clubId, personId, clubMembers, participants, adminOrg, clubsUnder } = subjects;
  let sent = 0;
  const key = () => `bench-${process.pid}-${++sent}-${randomBytes(6).toString("hex")}`;
  const page = Math.min(PAGE, clubMembers);
  const clubPage = Math.min(PAGE, clubsUnder);
  let rawListIds = [];
  let rawClubIds = [];
  const rawRepayLoan = round(loans.raw, 1);
  const repayLoan = round(loans.service, 1);
  const rawSyncLoans = round(loans.syncRaw, SYNC_OPERATIONS);
  const syncLoans = round(loans.syncService, SYNC_OPERATIONS);
  const json = { "content-type": "application/json" };
  const syncAnswer = (body) => {
    const answer = JSON.parse(body);
    if (answer.applied !== SYNC_OPERATIONS || answer.refused !== 0) {
      const refusal = answer.results?.find((r) => r.status >= 300);
      return `applied ${answer.applied} of ${SYNC_OPERATIONS}${refusal ? `; refused: ${JSON.stringify(refusal.body).slice(0, 300)}` : ""}`;
    }
    return undefined;
  };
  return [
    {
      key: "bare",
      label: "bare worker (no D1)",
      path: "/bare",
      check: (body) => expect(body === "ok", `expected "ok"`),
    },
    {
      key: "rawPoint",
      label: "raw D1 point read",
      path: `/raw/person?id=${personId}`,
      check: (body) => expect(JSON.parse(body).id === personId, `expected person ${personId}`),
    },
    {
      key: "rawList",
      label: "raw D1 member list (same SQL)",
      path: `/raw/members?club=${clubId}&asOf=${asOf}&limit=${PAGE}`,
      check: (body) => {
        const items = JSON.parse(body).items;
        expect(items.length === page, `expected ${page} members, got ${items.length}`);
        rawListIds = items.map((item) => item.membership_id);
      },
    },
    {
      key: "rawClubs",
      label: "raw D1 club list (same SQL)",
      path: `/raw/clubs?org=${adminOrg}&limit=${PAGE}`,
      check: (body) => {
        const items = JSON.parse(body).items;
        expect(items.length === clubPage, `expected ${clubPage} clubs, got ${items.length}`);
        rawClubIds = items.map((item) => item.id);
      },
    },
    {
      key: "person",
      label: "membership: one person",
      path: `/membership/people/${personId}`,
      auth: true,
      baseline: "rawPoint",
      target: "read",
      check: (body) => expect(JSON.parse(body).person?.id === personId, `expected person ${personId}`),
    },
    {
      key: "club",
      label: "membership: one club",
      path: `/membership/clubs/${clubId}`,
      auth: true,
      baseline: "rawPoint",
      target: "read",
      check: (body) => expect(JSON.parse(body).id === clubId, `expected club ${clubId}`),
    },
    {
      key: "members",
      label: "membership: club member list",
      path: `/membership/clubs/${clubId}/members?limit=${PAGE}`,
      auth: true,
      baseline: "rawList",
      target: "read",
      check: (body) => {
        const ids = JSON.parse(body).items.map((item) => item.membership.id);
        expect(ids.length === page, `expected ${page} members, got ${ids.length}`);
        expect(
          ids.join() === rawListIds.join(),
          "the service's page differs from the raw query's page (not the same SQL?)",
        );
      },
    },
    {
      key: "clubs",
      label: "membership: club list",
      path: `/membership/clubs?limit=${PAGE}`,
      auth: true,
      baseline: "rawClubs",
      target: "read",
      check: (body) => {
        const ids = JSON.parse(body).items.map((item) => item.id);
        expect(ids.length === clubPage, `expected ${clubPage} clubs, got ${ids.length}`);
        expect(
          ids.join() === rawClubIds.join(),
          "the service's page differs from the raw query's page (not the same SQL?)",
        );
      },
    },
    {
      key: "rawRepay",
      label: "raw D1 repayment batch (one call)",
      method: "POST",
      path: `/raw/repay?loan={loan}&club=${clubId}&paidOn=${asOf}`,
      next: () => ({
        path: `/raw/repay?loan=${rawRepayLoan()[0]}&club=${clubId}&paidOn=${asOf}`,
        headers: { "idempotency-key": key() },
      }),
      check: (body) => expect(JSON.parse(body).amount === REPAYMENT, `expected a repayment of ${REPAYMENT}`),
    },
    {
      key: "repay",
      label: "funds: loan repayment (Idempotency-Key)",
      method: "POST",
      path: "/funds/loans/{loan}/repayments",
      auth: true,
      baseline: "rawRepay",
      target: "write",
      next: () => ({
        path: `/funds/loans/${repayLoan()[0]}/repayments`,
        headers: { "idempotency-key": key(), ...json },
        body: JSON.stringify({ amount: REPAYMENT, paidOn: asOf }),
      }),
      check: (body) => {
        const answer = JSON.parse(body);
        expect(answer.repayment?.amount === REPAYMENT, `expected a repayment of ${REPAYMENT}`);
        expect(
          answer.repayment.interest === 0 && answer.loan?.status === "active",
          "expected principal on an active loan",
        );
      },
    },
    {
      key: "rawActivity",
      label: "raw D1 activity batch (one call)",
      method: "POST",
      path: `/raw/activity?organiser=${clubId}&on=${asOf}&people=${participants.join(",")}`,
      next: () => ({ headers: { "idempotency-key": key() } }),
      check: (body) =>
        expect(
          JSON.parse(body).participantsListed === participants.length,
          `expected ${participants.length} participants`,
        ),
    },
    {
      key: "activity",
      label: "activities: record an activity (Idempotency-Key)",
      method: "POST",
      path: `/activities/org-units/${clubId}/activities`,
      auth: true,
      baseline: "rawActivity",
      target: "write",
      next: () => ({
        headers: { "idempotency-key": key(), ...json },
        body: JSON.stringify({
          typeCode: "labour_support",
          title: "Dọn dẹp nhà cửa sau bão",
          startsOn: asOf,
          place: "Thôn Nà Chuông",
          purpose: "storm",
          peopleReached: 2,
          participants: participants.map((personId) => ({ personId, labourDays: 1 })),
        }),
      }),
      check: (body) => {
        const answer = JSON.parse(body);
        expect(answer.organiserId === clubId, `expected an activity of club ${clubId}`);
        expect(answer.participants === participants.length, `expected ${participants.length} participants`);
      },
    },
    {
      key: "rawSync",
      label: `raw D1 sync batch (${SYNC_OPERATIONS} repayments, one call)`,
      method: "POST",
      path: `/raw/sync?club=${clubId}&paidOn=${asOf}`,
      operations: SYNC_OPERATIONS,
      next: () => ({
        headers: { "idempotency-key": key(), ...json },
        body: JSON.stringify({ loans: rawSyncLoans() }),
      }),
      verify: syncAnswer,
      check: (body) => expect(syncAnswer(body) === undefined, syncAnswer(body)),
    },
    {
      key: "sync",
      label: `funds: /sync of ${SYNC_OPERATIONS} queued repayments`,
      method: "POST",
      path: "/funds/sync",
      auth: true,
      baseline: "rawSync",
      target: "write",
      operations: SYNC_OPERATIONS,
      next: () => ({
        headers: json,
        body: JSON.stringify({
          operations: syncLoans().map((loan) => ({
            idempotencyKey: key(),
            method: "post",
            path: `/loans/${loan}/repayments`,
            body: { amount: REPAYMENT, paidOn: asOf },
          })),
        }),
      }),
      verify: syncAnswer,
      check: (body) => expect(syncAnswer(body) === undefined, syncAnswer(body)),
    },
  ];
}
