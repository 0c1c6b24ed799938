/** Record a meeting with its attendance. */
import { fieldErrors, type Problem } from "@ishc/client";
import { useState } from "preact/hooks";
import { api } from "../app";
import { useDraft, useLoad } from "../components/hooks";
import { Field } from "../components/inputs";
import { Failure, Loading } from "../components/status";
import { t } from "../components/t";
import { matches, parseDate, showDate, todayInVietnam } from "../format";

export function Meeting({ id }: { id: string }) {
  const initial = { heldOn: showDate(todayInVietnam()), topic: "", notes: "", attendeeIds: [] as string[] };
  const [form, set, reset] = useDraft(`meeting:${id}`, initial);
  const [filter, setFilter] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const members = useLoad(`members:${id}`, () =>
    api.membership.GET("/membership/clubs/{id}/members", { params: { path: { id }, query: { limit: 200 } } }),
  );
  const meetings = useLoad(`meetings:${id}`, () =>
    api.membership.GET("/membership/clubs/{id}/meetings", { params: { path: { id }, query: { limit: 5 } } }),
  );
  const toggle = (personId: string, on: boolean) =>
    set({
      attendeeIds: on ? [...form.attendeeIds, personId] : form.attendeeIds.filter((x) => x !== personId),
    });
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved(null);
    setProblem(null);
    const heldOn = parseDate(form.heldOn);
    const local: Record<string, string> = {};
    if (!heldOn) local.heldOn = t("badDate");
    if (!form.topic.trim()) local.topic = t("required");
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const { data, error } = await api.membership.POST("/membership/clubs/{id}/meetings", {
      params: { path: { id } },
      body: {
        heldOn: heldOn!,
        topic: form.topic.trim(),
        notes: form.notes.trim() || null,
        attendeeIds: form.attendeeIds,
      },
    });
    if (data) {
      setSaved(t("meetingSaved", { d: showDate(data.heldOn), n: data.attendees }));
      reset();
      meetings.reload();
    } else {
      setErrors(fieldErrors(error as Problem));
      setProblem(error as Problem);
    }
  };
  const shown = (members.data?.items ?? []).filter((m) => matches(m.person.fullName, filter));
  return (
    <section aria-labelledby="meeting-title">
      <h1 id="meeting-title">{t("recordMeeting")}</h1>
      <form onSubmit={submit}>
        <Field
          id="heldOn"
          label={t("heldOn")}
          value={form.heldOn}
          onInput={(v) => set({ heldOn: v })}
          error={errors.heldOn}
          inputmode="numeric"
          placeholder="dd/mm/yyyy"
        />
        <Field
          id="topic"
          label={t("topic")}
          value={form.topic}
          onInput={(v) => set({ topic: v })}
          error={errors.topic}
        />
        <Field
          id="notes"
          label={t("notes")}
          value={form.notes}
          onInput={(v) => set({ notes: v })}
          error={errors.notes}
        />
        <fieldset>
          <legend>
            {t("attendees")} ({form.attendeeIds.length})
          </legend>
          {errors.attendeeIds ? <p class="field-error">{errors.attendeeIds}</p> : null}
          <Field
            id="attendee-filter"
            label={t("filterMembers")}
            value={filter}
            onInput={setFilter}
            type="search"
          />
          {members.loading ? <Loading /> : <Failure problem={members.error} />}
          <ul class="plain">
            {shown.map(({ person }) => (
              <li key={person.id}>
                <input
                  type="checkbox"
                  id={`att-${person.id}`}
                  checked={form.attendeeIds.includes(person.id)}
                  onChange={(e) => toggle(person.id, (e.target as HTMLInputElement).checked)}
                />{" "}
                <label for={`att-${person.id}`} style={{ display: "inline", fontWeight: 400 }}>
                  {person.fullName}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {problem && Object.keys(fieldErrors(problem)).length === 0 ? <Failure problem={problem} /> : null}
        {saved ? (
          <p class="notice" role="status">
            {saved}
          </p>
        ) : null}
        <p>
          <button type="submit">{t("save")}</button>
        </p>
      </form>
      <h2>{t("recentMeetings")}</h2>
      <ul>
        {(meetings.data?.items ?? []).map((m) => (
          <li key={m.id}>
            {showDate(m.heldOn)} — {m.topic} ({m.attendees})
          </li>
        ))}
      </ul>
    </section>
  );
}
