import { env } from "cloudflare:workers";
import { accountIdOf, seedClubRecords, tokenFor } from "@ishc/edge-kit/testing/fixtures";
import { describeRobustness } from "../../../packages/edge-kit/testing/robustness.ts";

const REGISTER =
  "\uFEFFHọ và tên,Giới tính,Năm sinh,Ngày vào CLB\r\nLý Thị Mai,Nữ,1951,01/03/2021\r\nNông Văn Tư,Nam,1948,15/04/2021\r\n";

describeRobustness("membership", {
  numRuns: 25,
  // A wrong password is counted even though the sign-in is refused.
  refusalsMayWrite: { "POST /auth/login": ["login_throttle"] },
  seed: async ({ tree }) => {
    const { personId, membershipId, roleId, meetingId } = await seedClubRecords(env.DB, tree.clubA);
    const account = accountIdOf(await tokenFor(env.DB, "viewer", tree.clubA));
    return {
      ids: {
        "org-units": tree.communeA.id,
        clubs: tree.clubA.id,
        roles: roleId,
        meetings: meetingId,
        people: personId,
        memberships: membershipId,
        users: account,
        province: tree.province.id,
      },
      bodies: {
        "POST /auth/login": { login: "nobody@example.test", password: "not-the-password" },
        "POST /users": {
          login: "robust-viewer",
          displayName: "Người xem",
          role: "viewer",
          orgUnitId: tree.communeA.id,
          password: "a-long-enough-password",
        },
        "POST /org-units": {
          kind: "ward",
          name: "Phường Mới",
          parentId: tree.province.id,
          effectiveFrom: "2024-01-01",
        },
        "POST /org-units/{id}/reorganisations": { name: "Xã Hoàng Đồng Mới", effectiveFrom: "2024-06-01" },
        "POST /clubs": {
          name: "CLB Liên thế hệ mới",
          code: "ROBUST-01",
          parentId: tree.communeA.id,
          foundedOn: "2020-01-01",
        },
        "POST /clubs/{id}/status": { status: "suspended", effectiveFrom: "2024-01-01" },
        "POST /clubs/{id}/roles": { personId, role: "secretary", startsOn: "2024-01-01" },
        "POST /clubs/{id}/roles/{roleId}/end": { endsOn: "2024-06-01" },
        "POST /clubs/{id}/members": {
          person: { fullName: "Đàm Thị Hương", sex: "female", birthYear: 1950 },
          joinedOn: "2024-01-01",
        },
        "POST /clubs/{id}/members/import": REGISTER,
        "POST /memberships/{id}/leave": { leftOn: "2024-06-01", reason: "Chuyển nơi ở" },
        "POST /clubs/{id}/meetings": { heldOn: "2024-06-01", topic: "Sinh hoạt", attendeeIds: [personId] },
        "POST /meetings/{id}/health-checks": {
          checks: [{ personId, systolic: 130, diastolic: 85, weightKg: 55 }],
        },
        "PATCH /people/{id}": { phone: "0912 345 678" },
        "PATCH /users/{id}": { disabled: true },
      },
    };
  },
});
