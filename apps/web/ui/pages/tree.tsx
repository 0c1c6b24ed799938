/** The org tree of one's subtree: province → communes and wards → clubs, each linked to its pages. */
import type { MembershipComponents } from "@ishc/client";
import { api, state } from "../app";
import { useLoad } from "../components/hooks";
import { Failure, Loading } from "../components/status";
import { t } from "../components/t";
import type { Key } from "../i18n";

type OrgUnit = MembershipComponents["schemas"]["OrgUnit"];

/** Every unit of the subtree, page after page (a province is about sixty). */
async function allUnits(): Promise<{ data?: OrgUnit[]; error?: unknown }> {
  const units: OrgUnit[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const { data, error } = await api.membership.GET("/membership/org-units", {
      params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } },
    });
    if (!data) return { error };
    units.push(...data.items);
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return { data: units };
}

const collator = new Intl.Collator("vi");

function Unit({ unit, tree, root = false }: { unit: OrgUnit; tree: Map<string, OrgUnit[]>; root?: boolean }) {
  const below = (tree.get(unit.id) ?? []).slice().sort((a, b) => collator.compare(a.name, b.name));
  const clubs = below.filter((u) => u.kind === "club");
  const links = (
    <span class="row" style={{ display: "inline-flex" }}>
      <a href={`#/report/${unit.id}`}>{t("report")}</a>
      <a href={`#/unit/${unit.id}/activities`}>{t("activities")}</a>
    </span>
  );
  if (unit.kind === "club") {
    return (
      <li>
        <a href={`#/club/${unit.id}`}>{unit.name}</a> {unit.code ? `(${unit.code})` : null} · {links}
      </li>
    );
  }
  return (
    <li>
      <details class="unit" open={root || (unit.kind !== "commune" && unit.kind !== "ward")}>
        <summary>
          {t(`kind_${unit.kind}` as Key)}: {unit.name}{" "}
          {clubs.length > 0 ? <small>({t("clubsN", { n: clubs.length })})</small> : null}
        </summary>
        <p>{links}</p>
        {below.length > 0 ? (
          <ul class="plain">
            {below.map((u) => (
              <Unit key={u.id} unit={u} tree={tree} />
            ))}
          </ul>
        ) : null}
      </details>
    </li>
  );
}

export function OrgTree() {
  const units = useLoad("org-units", allUnits);
  const own = state.session!.user.orgUnitId;
  if (units.loading) return <Loading />;
  if (!units.data) return <Failure problem={units.error} />;
  const children = new Map<string, OrgUnit[]>();
  for (const unit of units.data) {
    if (!unit.parentId) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  }
  const root =
    units.data.find((u) => u.id === own) ??
    units.data.find((u) => !units.data!.some((p) => p.id === u.parentId));
  return (
    <section aria-labelledby="tree-title">
      <h1 id="tree-title">{t("orgTree")}</h1>
      {root ? (
        <ul class="plain">
          <Unit unit={root} tree={children} root />
        </ul>
      ) : (
        <p>{t("noResults")}</p>
      )}
    </section>
  );
}
