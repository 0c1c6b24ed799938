/** A unit's report with CSV and XLSX downloads. */
import { fieldErrors, type Problem } from "@ishc/client";
import { useState } from "preact/hooks";
import { api, route, state } from "../app";
import { DataTable } from "../components/data-table";
import { useLoad } from "../components/hooks";
import { Field } from "../components/inputs";
import { ScrollTable } from "../components/scroll-table";
import { Failure, Loading } from "../components/status";
import { t } from "../components/t";
import { lastMonth, showDate, showMoney, showNumber, showShare } from "../format";

type Indicator = { id: string; name: string; unit: string; value: number | string | null; section?: string };

function showValue(indicator: Indicator): string {
  const { value, unit } = indicator;
  if (typeof value !== "number") return value === null ? "—" : String(value);
  if (unit === "share") return showShare(value);
  if (unit === "dong" || unit === "vnd" || unit === "money") return showMoney(value);
  return showNumber(value);
}
export function Report({ unitId }: { unitId: string }) {
  const { query } = route();
  const [period, setPeriod] = useState(query.get("period") ?? lastMonth());
  const [asked, setAsked] = useState(period);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const report = useLoad(`report:${unitId}:${asked}:${state.lang}`, () =>
    api.reporting.GET("/reporting/org-units/{id}/report", {
      params: { path: { id: unitId }, query: { period: asked, lang: state.lang } },
    }),
  );
  const download = async (format: "csv" | "xlsx") => {
    setDownloadError(null);
    const { data, error, response } = await api.reporting.GET("/reporting/org-units/{id}/report", {
      params: { path: { id: unitId }, query: { period: asked, lang: state.lang, format } },
      parseAs: "blob",
    });
    if (!data) {
      setDownloadError(t("error", { m: (error as Problem)?.detail ?? response.status }));
      return;
    }
    const disposition = response.headers.get("content-disposition") ?? "";
    const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `report-${asked}.${format}`;
    const url = URL.createObjectURL(data as Blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const r = report.data as
    | {
        orgUnit: { name: string };
        period: { label: string; start: string; end: string };
        suppressed: boolean;
        indicators: Indicator[];
        clubs?: { clubId: string; name: string; members: number | string }[];
      }
    | undefined;
  const maxClub = Math.max(
    1,
    ...(r?.clubs ?? []).map((c) => (typeof c.members === "number" ? c.members : 0)),
  );
  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">
        {t("report")}
        {r ? `: ${r.orgUnit.name}` : ""}
      </h1>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(period.trim());
        }}
      >
        <Field
          id="period"
          label={t("period")}
          value={period}
          onInput={setPeriod}
          error={fieldErrors(report.error).period}
        />
        <p>
          <button type="submit">{t("show")}</button>
        </p>
      </form>
      <div class="row">
        <button type="button" class="secondary" onClick={() => download("csv")}>
          {t("downloadCsv")}
        </button>
        <button type="button" class="secondary" onClick={() => download("xlsx")}>
          {t("downloadXlsx")}
        </button>
      </div>
      {downloadError ? <p class="alert">{downloadError}</p> : null}
      {report.loading ? <Loading /> : null}
      {report.error && !fieldErrors(report.error).period ? <Failure problem={report.error} /> : null}
      {r ? (
        <>
          <p>
            {showDate(r.period.start)} – {showDate(r.period.end)}
          </p>
          {r.suppressed ? <p class="notice">{t("suppressed")}</p> : null}
          <DataTable
            label={t("report")}
            columns={[{ label: t("indicator") }, { label: t("value"), num: true }]}
            rows={r.indicators}
          >
            {(indicator) => (
              <tr key={indicator.id}>
                <td>{indicator.name}</td>
                <td class="num">{showValue(indicator)}</td>
              </tr>
            )}
          </DataTable>
          {r.clubs && r.clubs.length > 0 ? (
            <>
              <h2>
                {t("byClub")}: {t("members")}
              </h2>
              <ScrollTable label={t("byClub")}>
                <table>
                  <tbody>
                    {r.clubs.map((club) => (
                      <tr key={club.clubId}>
                        <td>{club.name}</td>
                        <td class="num">
                          {typeof club.members === "number" ? showNumber(club.members) : club.members}
                        </td>
                        <td class="hide-narrow" aria-hidden="true">
                          <span
                            class="bar"
                            style={{
                              width: `${Math.round(((typeof club.members === "number" ? club.members : 0) / maxClub) * 200)}px`,
                            }}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
