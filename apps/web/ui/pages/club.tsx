/** A club: its composition and members. */
import { useState } from "preact/hooks";
import { api, state } from "../app";
import { DataTable, TableHead } from "../components/data-table";
import { useLoad } from "../components/hooks";
import { Field } from "../components/inputs";
import { ScrollTable } from "../components/scroll-table";
import { Failure, Loading, LoadState } from "../components/status";
import { t } from "../components/t";
import { lastMonth, matches, showDate, showNumber, showShare } from "../format";

const COMPOSITION = ["older", "younger", "women", "poorOrNearPoor", "livingAlone"] as const;
export function Club({ id }: { id: string }) {
  const viewer = state.session!.user.role === "viewer";
  const club = useLoad(`club:${id}`, () =>
    api.membership.GET("/membership/clubs/{id}", { params: { path: { id } } }),
  );
  const composition = useLoad(`composition:${id}`, () =>
    api.membership.GET("/membership/clubs/{id}/composition", {
      params: { path: { id }, query: viewer ? { period: lastMonth() } : {} },
    }),
  );
  const members = useLoad(`members:${id}`, () =>
    viewer
      ? Promise.resolve({ data: undefined })
      : api.membership.GET("/membership/clubs/{id}/members", {
          params: { path: { id }, query: { limit: 200 } },
        }),
  );
  const [q, setQ] = useState("");
  if (club.loading) return <Loading />;
  if (!club.data) return <Failure problem={club.error} />;
  const c = club.data;
  const comp = composition.data;
  const list = (members.data?.items ?? []).filter((m) => matches(m.person.fullName, q));
  return (
    <section aria-labelledby="club-title">
      <h1 id="club-title">{c.name}</h1>
      <p>
        {t("code")}: {c.code} · {t("founded")}: {showDate(c.foundedOn)} · {t("status")}: {t(c.status)}
      </p>
      {viewer ? <p class="notice">{t("viewerNote")}</p> : null}
      <nav class="row" aria-label={c.name}>
        {viewer ? null : (
          <>
            <a class="button" href={`#/club/${id}/member`}>
              {t("addMember")}
            </a>
            <a class="button" href={`#/club/${id}/import`}>
              {t("uploadRegister")}
            </a>
            <a class="button" href={`#/club/${id}/meeting`}>
              {t("recordMeeting")}
            </a>
            <a class="button secondary" href={`#/club/${id}/meetings`}>
              {t("meetings")}
            </a>
            <a class="button secondary" href={`#/club/${id}/funds`}>
              {t("funds")}
            </a>
          </>
        )}
        <a class="button secondary" href={`#/unit/${id}/activities`}>
          {t("activities")}
        </a>
        <a class="button secondary" href={`#/report/${id}`}>
          {t("report")}
        </a>
      </nav>
      <h2>
        {viewer ? t("compositionOf", { p: lastMonth() }) : t("composition")}{" "}
        {comp ? <small>({t("asOf", { d: showDate(comp.asOf) })})</small> : null}
      </h2>
      <LoadState of={composition} />
      {comp ? (
        <ScrollTable label={t("composition")}>
          <table>
            <caption class="skip">{t("composition")}</caption>
            <TableHead
              columns={[
                { label: t("indicator") },
                { label: t("value"), num: true },
                { label: "%", num: true },
                { label: t("target") },
              ]}
            />
            <tbody>
              <tr>
                <th scope="row">{t("members")}</th>
                <td class="num">
                  {typeof comp.members === "number" ? showNumber(comp.members) : comp.members}
                </td>
                <td />
                <td />
              </tr>
              {COMPOSITION.map((key) => {
                const value = comp[key];
                const target = comp.targets[key];
                return (
                  <tr key={key}>
                    <th scope="row">{t(key)}</th>
                    <td class="num">{typeof value === "number" ? showNumber(value) : (value ?? "—")}</td>
                    <td class="num">
                      <span
                        class="bar"
                        style={{ width: `${Math.round((comp.shares[key] ?? 0) * 60)}px` }}
                        aria-hidden="true"
                      />{" "}
                      {showShare(comp.shares[key])}
                    </td>
                    <td>
                      {target ? (
                        <>
                          {showShare(target.target.min)}–{showShare(target.target.max)}{" "}
                          {target.met === null ? null : (
                            <span class={target.met ? "met" : "unmet"}>
                              {target.met ? `✓ ${t("met")}` : `✗ ${t("unmet")}`}
                            </span>
                          )}
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      {viewer ? null : (
        <>
          <h2>
            {t("members")} ({members.data?.items.length ?? "…"})
          </h2>
          <Field id="member-search" label={t("search")} value={q} onInput={setQ} type="search" />
          <DataTable
            label={t("members")}
            columns={[
              { label: t("fullName") },
              { label: t("sex") },
              { label: t("birthYear"), num: true },
              { label: t("joinedOn"), hideNarrow: true },
            ]}
            rows={list}
            load={members}
            empty={t("noResults")}
          >
            {({ person, membership }) => (
              <tr key={membership.id}>
                <td>
                  <a href={`#/person/${person.id}`}>{person.fullName}</a>
                </td>
                <td>{t(person.sex)}</td>
                <td class="num">{person.birthYear}</td>
                <td class="hide-narrow">{showDate(membership.joinedOn)}</td>
              </tr>
            )}
          </DataTable>
        </>
      )}
    </section>
  );
}
