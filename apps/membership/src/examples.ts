/**
 * Realistic examples for the OpenAPI document: one small commune of Lạng Sơn
 * with one club. Ids are real ids (fixed time and bytes), so every example
 * passes the schemas it illustrates (the OpenAPI test checks that).
 */
import { type IdKind, newId } from "@ishc/domain";

const id = (kind: IdKind, n: number) =>
  newId(kind, Date.UTC(2025, 0, 6, 2, n), () => Uint8Array.from({ length: 16 }, (_, i) => i * 7 + n));

export const ids = {
  province: id("orgUnit", 1),
  commune: id("orgUnit", 2),
  club: id("orgUnit", 3),
  hoa: id("person", 4),
  binh: id("person", 5),
  hoaMembership: id("membership", 6),
  binhMembership: id("membership", 7),
  chair: id("clubRole", 8),
  meeting: id("meeting", 9),
  healthCheck: id("healthCheck", 10),
  officer: id("user", 11),
  board: id("user", 12),
} as const;

const communePath = `/${ids.province}/${ids.commune}/`;
const clubPath = `${communePath}${ids.club}/`;

export const orgUnitExample = {
  id: ids.commune,
  kind: "commune",
  name: "Xã Hoàng Đồng",
  code: "LS-HD",
  parentId: ids.province,
  path: communePath,
} as const;

export const clubExample = {
  id: ids.club,
  code: "LS-HD-07",
  name: "CLB Liên thế hệ tự giúp nhau thôn Nà Chuông",
  parentId: ids.commune,
  path: clubPath,
  foundedOn: "2021-03-15",
  status: "active",
  statusSince: "2021-03-15",
} as const;

export const personExample = {
  id: ids.hoa,
  orgUnitId: ids.club,
  fullName: "Nguyễn Thị Hoà",
  sex: "female",
  birthDate: "1958-04-12",
  birthYear: 1958,
  ethnicity: "Tày",
  povertyStatus: "near_poor",
  povertyCertifiedYear: 2024,
  livesAlone: true,
  phone: "0912345678",
} as const;

export const membershipExample = {
  id: ids.hoaMembership,
  personId: ids.hoa,
  clubId: ids.club,
  joinedOn: "2021-03-15",
  leftOn: null,
  leaveReason: null,
} as const;

export const memberExample = { membership: membershipExample, person: personExample } as const;

export const clubRoleExample = {
  id: ids.chair,
  clubId: ids.club,
  personId: ids.hoa,
  fullName: "Nguyễn Thị Hoà",
  role: "chair",
  startsOn: "2024-01-01",
  endsOn: null,
} as const;

export const meetingExample = {
  id: ids.meeting,
  clubId: ids.club,
  heldOn: "2025-05-20",
  topic: "Sinh hoạt định kỳ: phòng chống tăng huyết áp",
  notes: "Trạm y tế xã đo huyết áp cho hội viên.",
  attendees: 2,
} as const;

export const meetingDetailExample = {
  ...meetingExample,
  attendance: [
    { personId: ids.binh, fullName: "Hoàng Văn Bình" },
    { personId: ids.hoa, fullName: "Nguyễn Thị Hoà" },
  ],
} as const;

export const healthCheckExample = {
  id: ids.healthCheck,
  meetingId: ids.meeting,
  personId: ids.hoa,
  fullName: "Nguyễn Thị Hoà",
  systolic: 135,
  diastolic: 85,
  weightKg: 52.5,
} as const;

export const userExample = {
  id: ids.board,
  login: "chunhiem.nachuong@langson.vn",
  displayName: "Lương Thị Mai",
  role: "club_board",
  orgUnitId: ids.club,
} as const;

/** A page of one item, the last page. */
export const pageExample = <T>(item: T) => ({ items: [item], nextCursor: null });
