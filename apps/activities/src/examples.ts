/**
 * Realistic examples for the OpenAPI document: a club of Xã Hoàng Đồng in
 * Lạng Sơn. Ids are real ids (fixed time and bytes), so every example passes
 * the schemas it illustrates (the OpenAPI test checks that).
 */
import { type IdKind, newId } from "@ishc/domain";

const id = (kind: IdKind, n: number) =>
  newId(kind, Date.UTC(2025, 0, 6, 2, n), () => Uint8Array.from({ length: 16 }, (_, i) => i * 7 + n));

export const ids = {
  commune: id("orgUnit", 2),
  club: id("orgUnit", 3),
  hoa: id("person", 4),
  binh: id("person", 5),
  nhung: id("beneficiary", 6),
  labour: id("activity", 7),
  visit: id("activity", 8),
  training: id("activity", 9),
  article: id("activity", 10),
} as const;

export const beneficiaryExample = {
  id: ids.nhung,
  orgUnitId: ids.club,
  personId: null,
  fullName: "Hoàng Thị Nhung",
  sex: "female",
  birthYear: 1941,
  livesAlone: true,
  householdKinds: ["poor", "older_living_alone"],
  createdAt: "2025-05-20T02:15:00.000Z",
} as const;

const measures = {
  sessions: null,
  hours: null,
  participantCount: null,
  moneyVnd: null,
  goodsVnd: null,
  peopleReached: null,
  notes: null,
  place: null,
};

export const labourExample = {
  ...measures,
  id: ids.labour,
  organiserId: ids.club,
  organiserLevel: "club",
  area: "self_help",
  typeCode: "labour_support",
  catalogueVersion: 2,
  title: "Dọn dẹp nhà cửa sau bão số 3",
  startsOn: "2025-05-12",
  endsOn: "2025-05-13",
  place: "Thôn Nà Chuông",
  purpose: "storm",
  peopleReached: 2,
  labourDays: 3.5,
  participants: 2,
  beneficiaries: 1,
} as const;

export const labourDetailExample = {
  ...labourExample,
  participantList: [
    { personId: ids.binh, fullName: "Hoàng Văn Bình", clubId: ids.club, labourDays: 2, hours: null },
    { personId: ids.hoa, fullName: "Nguyễn Thị Hoà", clubId: ids.club, labourDays: 1.5, hours: null },
  ],
  beneficiaryList: [{ beneficiaryId: ids.nhung, personId: null, fullName: "Hoàng Thị Nhung" }],
  homeCare: null,
  trainees: null,
  communication: null,
} as const;

export const visitExample = {
  ...measures,
  id: ids.visit,
  organiserId: ids.club,
  organiserLevel: "club",
  area: "home_care",
  typeCode: "home_care_visit",
  catalogueVersion: 2,
  title: null,
  startsOn: "2025-05-20",
  endsOn: "2025-05-20",
  purpose: null,
  hours: 1.5,
  labourDays: 0,
  participants: 1,
  beneficiaries: 1,
} as const;

export const trainingExample = {
  ...measures,
  id: ids.training,
  organiserId: ids.commune,
  organiserLevel: "commune",
  area: "lifelong_learning",
  typeCode: "training_course",
  catalogueVersion: 2,
  title: "Tập huấn kỹ năng quản lý câu lạc bộ",
  startsOn: "2025-04-08",
  endsOn: "2025-04-09",
  place: "Hội trường UBND xã Hoàng Đồng",
  purpose: null,
  participantCount: 42,
  labourDays: 0,
  participants: 0,
  beneficiaries: 0,
} as const;

export const articleExample = {
  ...measures,
  id: ids.article,
  organiserId: ids.commune,
  organiserLevel: "commune",
  area: "lifelong_learning",
  typeCode: "communication",
  catalogueVersion: 2,
  title: "CLB liên thế hệ Nà Chuông giúp hộ nghèo sau bão",
  startsOn: "2025-05-25",
  endsOn: "2025-05-25",
  purpose: null,
  labourDays: 0,
  participants: 0,
  beneficiaries: 0,
} as const;

const zeroTotals = {
  activities: 0,
  sessions: 0,
  participantPlaces: 0,
  labourDays: 0,
  hours: 0,
  moneyVnd: 0,
  goodsVnd: 0,
  peopleReached: 0,
};

export const summaryExample = {
  orgUnitId: ids.commune,
  from: "2025-01-01",
  to: "2025-06-30",
  treeAsOf: "activity-date",
  total: {
    ...zeroTotals,
    activities: 2,
    participantPlaces: 3,
    labourDays: 3.5,
    hours: 1.5,
    peopleReached: 2,
  },
  byArea: [
    { area: "home_care", number: 4, ...zeroTotals, activities: 1, participantPlaces: 1, hours: 1.5 },
    {
      area: "self_help",
      number: 5,
      ...zeroTotals,
      activities: 1,
      participantPlaces: 2,
      labourDays: 3.5,
      peopleReached: 2,
    },
  ],
  byType: [
    {
      typeCode: "labour_support",
      area: "self_help",
      ...zeroTotals,
      activities: 1,
      participantPlaces: 2,
      labourDays: 3.5,
      peopleReached: 2,
    },
  ],
  byPurpose: [{ purpose: "storm", activities: 1, labourDays: 3.5 }],
  byOrganiser: [
    {
      organiserId: ids.club,
      organiserLevel: "club",
      ...zeroTotals,
      activities: 2,
      participantPlaces: 3,
      labourDays: 3.5,
      hours: 1.5,
      peopleReached: 2,
    },
  ],
  homeCare: { visits: 1, distinctPeopleVisited: 1, hours: 1.5 },
  trainings: { courses: 0, traineePlaces: 0, namedTrainees: 0 },
  communications: [],
} as const;

export const pageExample = <T>(item: T) => ({ items: [item], nextCursor: null });
