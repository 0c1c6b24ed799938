/** The member register upload, each row's errors beside it. */
import { fieldErrors, type Problem, rowErrors } from "@ishc/client";
import { useMemo, useState } from "preact/hooks";
import { api, state } from "../app";
import { useDraft } from "../components/hooks";
import { ScrollTable } from "../components/scroll-table";
import { t } from "../components/t";
import { csvRows } from "../format";
import { fieldMessage } from "../problems";

export function Import({ id }: { id: string }) {
  const [form, set, reset] = useDraft(`import:${id}`, { csv: "" });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = useMemo(() => csvRows(form.csv), [form.csv]);
  const errors = rowErrors(problem);
  const other = problem ? Object.entries(fieldErrors(problem)) : [];
  const readFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    set({ csv: await file.text() });
    setProblem(null);
    setDone(null);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setDone(null);
    const { data, error } = await api.membership.POST("/membership/clubs/{id}/members/import", {
      params: { path: { id } },
      body: form.csv,
      bodySerializer: (body: string) => body,
      headers: { "content-type": "text/csv; charset=utf-8" },
    });
    setBusy(false);
    if (data) {
      setProblem(null);
      setDone(data.imported);
      reset();
    } else setProblem(error as Problem);
  };
  return (
    <form onSubmit={submit} aria-labelledby="import-title">
      <h1 id="import-title">{t("uploadRegister")}</h1>
      <p>{t("csvHelp")}</p>
      <label for="csv-file">{t("csvFile")}</label>
      <input id="csv-file" type="file" accept=".csv,text/csv,text/plain" onChange={readFile} />
      <label for="csv-text">{t("csvText")}</label>
      <textarea
        id="csv-text"
        value={form.csv}
        onInput={(e) => set({ csv: (e.target as HTMLTextAreaElement).value })}
      />
      {done !== null ? (
        <p class="notice" role="status">
          {t("imported", { n: done })}
        </p>
      ) : null}
      {problem ? (
        <div class="alert" role="alert">
          <p>
            {errors.size > 0
              ? t("rowsWrong", { n: errors.size })
              : t("error", { m: problem.detail ?? problem.title })}
          </p>
          {other.map(([field, message]) => (
            <p key={field}>
              {field}: {message}
            </p>
          ))}
        </div>
      ) : null}
      <p>
        <button type="submit" disabled={busy || form.csv.trim() === ""}>
          {t("check")}
        </button>
      </p>
      {rows.length > 0 ? (
        <ScrollTable label={t("uploadRegister")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("line")}</th>
                {(rows[0]?.cells ?? []).map((h, i) => (
                  <th scope="col" key={i}>
                    {h}
                  </th>
                ))}
                <th scope="col">{t("problems")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(1).map((row) => {
                const rowProblems = errors.get(row.line);
                return (
                  <tr key={row.line} class={rowProblems ? "bad" : undefined} data-line={row.line}>
                    <th scope="row">{row.line}</th>
                    {row.cells.map((cell, i) => (
                      <td key={i}>{cell}</td>
                    ))}
                    <td class="error">
                      {rowProblems?.map((p) => (
                        <div key={p.field}>
                          {p.field}: {fieldMessage(state.lang, p)}
                        </div>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </form>
  );
}
