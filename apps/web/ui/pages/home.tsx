/** Home: the clubs in one's subtree. */
import { useState } from "preact/hooks";
import { api, state } from "../app";
import { useLoad } from "../components/hooks";
import { Field } from "../components/inputs";
import { LoadState } from "../components/status";
import { t } from "../components/t";
import { matches } from "../format";

export function Home() {
  const user = state.session!.user;
  const [q, setQ] = useState("");
  const clubs = useLoad("clubs", () =>
    api.membership.GET("/membership/clubs", { params: { query: { limit: 200 } } }),
  );
  const shown = (clubs.data?.items ?? []).filter(
    (c) => matches(c.name, q) || c.code.toLowerCase().includes(q.toLowerCase()),
  );
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{user.displayName}</h1>
      {user.role === "viewer" ? <p class="notice">{t("viewerNote")}</p> : null}
      <nav class="row" aria-label={t("home")}>
        <a class="button" href={`#/report/${user.orgUnitId}`}>
          {t("report")}
        </a>
        <a class="button secondary" href="#/tree">
          {t("orgTree")}
        </a>
        <a class="button secondary" href={`#/unit/${user.orgUnitId}/activities`}>
          {t("activities")}
        </a>
      </nav>
      <h2>{t("clubs")}</h2>
      <Field id="club-search" label={t("search")} value={q} onInput={setQ} type="search" />
      <LoadState of={clubs} />
      <ul class="plain">
        {shown.map((club) => (
          <li key={club.id}>
            <a href={`#/club/${club.id}`}>{club.name}</a> <span>({club.code})</span>
          </li>
        ))}
      </ul>
      {!clubs.loading && shown.length === 0 ? <p>{t("noResults")}</p> : null}
    </section>
  );
}
