/**
 * A club's meetings (newest first, page after page) and one meeting: who attended, and their
 * blood pressure and weight, recorded for the attendees in one go (a later entry corrects an
 * earlier one). Each error is shown in the attendee's row, under its field.
 */
import type { MembershipComponents } from "@ishc/client";
import { useEffect, useState } from "preact/hooks";
import { api, route, state } from "../app";
import { DataTable } from "../components/data-table";
import { useForm } from "../components/form";
import { useLoad } from "../components/hooks";
import { FieldError, invalidProps } from "../components/inputs";
import { Failure, Loading, LoadState } from "../components/status";
import { t } from "../components/t";
import { showDate } from "../format";
import { fieldMessages, itemMessages } from "../problems";

type Meeting = MembershipComponents["schemas"]["Meeting"];

export function MeetingList({ clubId }: { clubId: string }) {
  const [items, setItems] = useState<Meeting[]>([]);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const page = useLoad(`meetings:${clubId}:${cursor ?? ""}`, () =>
    api.membership.GET("/membership/clubs/{id}/meetings", {
      params: { path: { id: clubId }, query: { limit: 20, ...(cursor ? { cursor } : {}) } },
    }),
  );
  useEffect(() => {
    if (page.data)
      setItems((before) => [
        ...before,
        ...page.data!.items.filter((m) => !before.some((b) => b.id === m.id)),
      ]);
  }, [page.data]);
  return (
    <section aria-labelledby="meetings-title">
      <h1 id="meetings-title">{t("meetings")}</h1>
      <p>
        <a class="button" href={`#/club/${clubId}/meeting`}>
          {t("recordMeeting")}
        </a>
      </p>
      <DataTable
        label={t("meetings")}
        columns={[{ label: t("when") }, { label: t("topic") }, { label: t("attendees"), num: true }]}
        rows={items}
      >
        {(m) => (
          <tr key={m.id}>
            <td>
              <a href={`#/meeting/${m.id}`}>{showDate(m.heldOn)}</a>
            </td>
            <td>{m.topic}</td>
            <td class="num">{m.attendees}</td>
          </tr>
        )}
      </DataTable>
      <LoadState of={page} />
      {page.data?.nextCursor ? (
        <p>
          <button
            type="button"
            class="secondary"
            onClick={() => setCursor(page.data!.nextCursor ?? undefined)}
          >
            {t("more")}
          </button>
        </p>
      ) : null}
    </section>
  );
}

type Row = { systolic: string; diastolic: string; weightKg: string };
const blank: Row = { systolic: "", diastolic: "", weightKg: "" };

/** A measure typed with a comma or a dot (52,5 kg); null when empty; NaN when not a number. */
const measure = (text: string): number | null => {
  const trimmed = text.trim().replace(",", ".");
  if (!trimmed) return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
};

export function MeetingDetail({ meetingId }: { meetingId: string }) {
  const { hash } = route();
  const meeting = useLoad(`meeting:${meetingId}`, () =>
    api.membership.GET("/membership/meetings/{id}", { params: { path: { id: meetingId } } }),
  );
  const checks = useLoad(`checks:${meetingId}`, () =>
    api.membership.GET("/membership/meetings/{id}/health-checks", { params: { path: { id: meetingId } } }),
  );
  const form = useForm<{ rows: Record<string, Row> }>(`checks:${hash}`, { rows: {} });
  const [rowErrors, setRowErrors] = useState<Map<string, Record<string, string>>>(new Map());
  if (meeting.loading) return <Loading />;
  if (!meeting.data) return <Failure problem={meeting.error} />;
  const m = meeting.data;
  const recorded = new Map((checks.data?.items ?? []).map((c) => [c.personId, c]));
  const { rows } = form.values;
  const rowOf = (personId: string): Row => rows[personId] ?? blank;
  const setRow = (personId: string, patch: Partial<Row>) =>
    form.set({ rows: { ...rows, [personId]: { ...rowOf(personId), ...patch } } });

  const submit = async (e: Event) => {
    e.preventDefault();
    form.start({});
    const local = new Map<string, Record<string, string>>();
    const sent: string[] = [];
    const body: {
      personId: string;
      systolic: number | null;
      diastolic: number | null;
      weightKg: number | null;
    }[] = [];
    for (const person of m.attendance) {
      const row = rowOf(person.personId);
      const values = {
        systolic: measure(row.systolic),
        diastolic: measure(row.diastolic),
        weightKg: measure(row.weightKg),
      };
      if (values.systolic === null && values.diastolic === null && values.weightKg === null) continue;
      const bad = Object.entries(values).filter(([, v]) => Number.isNaN(v));
      if (bad.length > 0) {
        local.set(person.personId, Object.fromEntries(bad.map(([k]) => [k, t("badNumber")])));
        continue;
      }
      sent.push(person.personId);
      body.push({ personId: person.personId, ...values });
    }
    setRowErrors(local);
    if (local.size > 0) return;
    if (body.length === 0) {
      form.setNote(t("nothingEntered"));
      return;
    }
    const { data, problem } = await form.send(() =>
      api.membership.POST("/membership/meetings/{id}/health-checks", {
        params: { path: { id: meetingId } },
        body: { checks: body },
      }),
    );
    if (data) {
      form.done(t("healthSaved", { n: data.items.length }));
      checks.reload();
      return;
    }
    const byIndex = itemMessages(state.lang, problem, "checks");
    setRowErrors(new Map([...byIndex].map(([i, fields]) => [sent[i] ?? "", fields])));
  };
  const { problem, note, busy } = form;
  const other = problem ? fieldMessages(state.lang, problem).checks : undefined;
  return (
    <section aria-labelledby="meeting-detail-title">
      <h1 id="meeting-detail-title">{t("meetingOf", { d: showDate(m.heldOn) })}</h1>
      <p>
        {m.topic} · {t("attendanceN", { n: m.attendees })}
      </p>
      {m.notes ? <p>{m.notes}</p> : null}
      <form onSubmit={submit} novalidate>
        <h2>{t("healthChecks")}</h2>
        <DataTable
          label={t("healthChecks")}
          columns={[
            { label: t("fullName") },
            { label: t("systolic") },
            { label: t("diastolic") },
            { label: t("weightKg") },
          ]}
          rows={m.attendance}
        >
          {(person, i) => {
            const row = rowOf(person.personId);
            const done = recorded.get(person.personId);
            const errors = rowErrors.get(person.personId) ?? {};
            const cell = (field: keyof Row, label: string, shown: number | null | undefined) => {
              const id = `hc-${i}-${field}`;
              const error = errors[field] ?? (field === "systolic" ? errors.item : undefined);
              return (
                <td>
                  <label class="skip" for={id}>
                    {label} — {person.fullName}
                  </label>
                  <input
                    id={id}
                    inputMode="decimal"
                    value={row[field]}
                    placeholder={shown == null ? "" : String(shown).replace(".", ",")}
                    {...invalidProps(id, error)}
                    onInput={(e) =>
                      setRow(person.personId, { [field]: (e.target as HTMLInputElement).value })
                    }
                  />
                  <FieldError id={id} error={error} />
                </td>
              );
            };
            return (
              <tr key={person.personId} class={rowErrors.has(person.personId) ? "bad" : undefined}>
                <th scope="row">
                  {person.fullName}
                  {done ? (
                    <div>
                      <small>
                        {done.systolic != null ? `${done.systolic}/${done.diastolic} mmHg` : ""}
                        {done.systolic != null && done.weightKg != null ? " · " : ""}
                        {done.weightKg != null ? `${String(done.weightKg).replace(".", ",")} kg` : ""}
                      </small>
                    </div>
                  ) : null}
                </th>
                {cell("systolic", t("systolic"), done?.systolic)}
                {cell("diastolic", t("diastolic"), done?.diastolic)}
                {cell("weightKg", t("weightKg"), done?.weightKg)}
              </tr>
            );
          }}
        </DataTable>
        {other ? <p class="field-error">{other}</p> : null}
        {problem && rowErrors.size === 0 && !other ? <Failure problem={problem} /> : null}
        {note ? (
          <p class="notice" role="status">
            {note}
          </p>
        ) : null}
        <p>
          <button type="submit" disabled={busy}>
            {t("saveHealthChecks")}
          </button>
        </p>
      </form>
    </section>
  );
}
