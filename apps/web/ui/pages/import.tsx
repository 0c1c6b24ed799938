/** The member register upload, each row's errors beside it. */
import { fieldErrors, rowErrors } from "@ishc/client";
import { useMemo } from "preact/hooks";
import { api, state } from "../app";
import { DataTable } from "../components/data-table";
import { useForm } from "../components/form";
import { t } from "../components/t";
import { csvRows } from "../format";
import { fieldMessage } from "../problems";

export function Import({ id }: { id: string }) {
  const form = useForm(`import:${id}`, { csv: "" });
  const { csv } = form.values;
  const { problem } = form;
  const rows = useMemo(() => csvRows(csv), [csv]);
  const errors = rowErrors(problem);
  const other = problem ? Object.entries(fieldErrors(problem)) : [];
  const readFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    form.set({ csv: await file.text() });
    form.start({});
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    form.start({});
    const { data } = await form.send(() =>
      api.membership.POST("/membership/clubs/{id}/members/import", {
        params: { path: { id } },
        body: csv,
        bodySerializer: (body: string) => body,
        headers: { "content-type": "text/csv; charset=utf-8" },
      }),
    );
    if (data) form.done(t("imported", { n: data.imported }));
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
        value={csv}
        onInput={(e) => form.set({ csv: (e.target as HTMLTextAreaElement).value })}
      />
      {form.note ? (
        <p class="notice" role="status">
          {form.note}
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
        <button type="submit" disabled={form.busy || csv.trim() === ""}>
          {t("check")}
        </button>
      </p>
      {rows.length > 0 ? (
        <DataTable
          label={t("uploadRegister")}
          columns={[
            { label: t("line") },
            ...(rows[0]?.cells ?? []).map((label) => ({ label })),
            { label: t("problems") },
          ]}
          rows={rows.slice(1)}
        >
          {(row) => {
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
          }}
        </DataTable>
      ) : null}
    </form>
  );
}
