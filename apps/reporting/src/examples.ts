/**
 * Examples for the OpenAPI document: a commune of Lạng Sơn with one club.
 * The OpenAPI test checks each against the schemas it illustrates.
 */
import { type IdKind, INDICATORS, newId } from "@ishc/domain";

const id = (kind: IdKind, n: number) =>
  newId(kind, Date.UTC(2025, 0, 6, 2, n), () => Uint8Array.from({ length: 16 }, (_, i) => i * 7 + n));

const commune = id("orgUnit", 2);
const club = id("orgUnit", 3);
const runId = "run_6f0c1d2a-4c55-4d7e-9f1a-2b4c5d6e7f80";

export const indicatorsExample = {
  items: INDICATORS.slice(0, 2).map((i) => ({ ...i, disaggregations: [...i.disaggregations] })),
};

export const reportExample = {
  orgUnit: { id: commune, name: "Xã Hoàng Đồng", kind: "commune" },
  period: { label: "2025-05", kind: "month", start: "2025-05-01", end: "2025-05-31" },
  asOf: "2025-05-31",
  lang: "vi",
  treeAsOf: "period",
  source: "live",
  computedAt: "2025-06-02T02:00:00.000Z",
  suppressed: false,
  indicators: [
    {
      id: "clubs",
      section: "clubs",
      name: "Số câu lạc bộ",
      unit: "clubs",
      aggregation: "as_of_end",
      value: 1,
      breakdown: { founding_period: { "2017-2020": 1 }, status: { active: 1, suspended: 0, dissolved: 0 } },
    },
    {
      id: "members",
      section: "members",
      name: "Số hội viên",
      unit: "people",
      aggregation: "as_of_end",
      value: 58,
      breakdown: { sex: { female: 38, male: 20 } },
    },
    {
      id: "par30",
      section: "funds",
      name: "Tỷ lệ nợ quá hạn trên 30 ngày (PAR30)",
      unit: "share",
      aggregation: "ratio",
      value: 0.0417,
      numerator: 1_000_000,
      denominator: 24_000_000,
    },
  ],
  clubs: [
    {
      clubId: club,
      name: "CLB Liên thế hệ thôn Nà Chuông",
      members: 58,
      membersBorrowedShare: 0.31,
      holdsBothFunds: true,
      areasActive: 6,
      meetingEveryMonth: true,
      monthsWithoutMeeting: [],
      compositionMet: true,
      targets: { membersBorrowed: false, bothFunds: true, allAreas: false },
    },
  ],
};

export const snapshotListExample = {
  items: [
    {
      orgUnitId: commune,
      name: "Xã Hoàng Đồng",
      period: "2025-05",
      periodKind: "month",
      startsOn: "2025-05-01",
      endsOn: "2025-05-31",
      generatedAt: "2025-06-02T02:00:05.000Z",
      runId,
    },
  ],
};

export const runExample = { runId, periods: ["2025-05"], unitsQueued: 1 };

export const runsExample = {
  items: [
    {
      id: runId,
      trigger: "cron",
      cron: "0 19 1 * *",
      periods: ["2025-05", "..2025-05-31"],
      unitsQueued: 58,
      generated: 57,
      failed: 1,
      startedAt: "2025-06-01T19:00:00.000Z",
      failures: [{ orgUnitId: club, attempts: 4, error: "D1_ERROR: too many SQL variables" }],
    },
  ],
};
