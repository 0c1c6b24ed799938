/**
 * The demo accounts, one per role: the province admin and a viewer bound to the province,
 * an officer of the first commune and the board of that commune's first club.
 */
import { normalizeName } from "@ishc/domain";
import type { UserRole } from "@ishc/domain/schema";
import { instantOn, isoTimestamp } from "./calendar";
import type { Generation } from "./generation";
import type { OrgTree } from "./org-tree";
import type { DemoLogin } from "./rows";
import { USERS_CREATED_ON } from "./targets";

export function createDemoUsers(g: Generation, tree: OrgTree, passwordHash: string): DemoLogin[] {
  const { province, areas, clubs } = tree;
  const firstArea = areas[0] as OrgTree["areas"][number];
  const firstClub = clubs.find((club) => club.area === firstArea) as OrgTree["clubs"][number];
  const accounts: {
    login: string;
    role: UserRole;
    displayName: string;
    unit: { id: string; name: string };
  }[] = [
    {
      login: "admin@langson.demo",
      role: "province_admin",
      displayName: "Quản trị Hội NCT tỉnh (demo)",
      unit: province,
    },
    {
      login: "officer@langson.demo",
      role: "commune_officer",
      displayName: `Cán bộ Hội NCT ${firstArea.seed.name} (demo)`,
      unit: { id: firstArea.id, name: normalizeName(firstArea.seed.name) },
    },
    {
      login: "club@langson.demo",
      role: "club_board",
      displayName: `Ban chủ nhiệm ${firstClub.name} (demo)`,
      unit: firstClub,
    },
    { login: "viewer@langson.demo", role: "viewer", displayName: "Người xem báo cáo (demo)", unit: province },
  ];
  const demoLogins: DemoLogin[] = [];
  for (const account of accounts) {
    const ms = instantOn(g.rng, USERS_CREATED_ON);
    const displayName = normalizeName(account.displayName);
    g.out.users.push({
      id: g.id("user", ms),
      login: account.login,
      displayName,
      role: account.role,
      orgUnitId: account.unit.id,
      passwordHash,
      createdAt: isoTimestamp(ms),
      disabledAt: null,
    });
    demoLogins.push({
      login: account.login,
      role: account.role,
      displayName,
      orgUnitId: account.unit.id,
      orgUnitName: account.unit.name,
    });
  }
  return demoLogins;
}
