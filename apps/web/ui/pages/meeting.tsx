/** Record a meeting with its attendance. */
import { api } from "../app";
import { FormOutcome, useForm } from "../components/form";
import { useLoad } from "../components/hooks";
import { Field } from "../components/inputs";
import { MemberChecklist } from "../components/member-checklist";
import { t } from "../components/t";
import { parseDate, showDate, todayInVietnam } from "../format";

export function Meeting({ id }: { id: string }) {
  const initial = { heldOn: showDate(todayInVietnam()), topic: "", notes: "", attendeeIds: [] as string[] };
  const form = useForm(`meeting:${id}`, initial);
  const members = useLoad(`members:${id}`, () =>
    api.membership.GET("/membership/clubs/{id}/members", { params: { path: { id }, query: { limit: 200 } } }),
  );
  const meetings = useLoad(`meetings:${id}`, () =>
    api.membership.GET("/membership/clubs/{id}/meetings", { params: { path: { id }, query: { limit: 5 } } }),
  );
  const { attendeeIds } = form.values;
  const toggle = (personId: string, on: boolean) =>
    form.set({ attendeeIds: on ? [...attendeeIds, personId] : attendeeIds.filter((x) => x !== personId) });
  const submit = async (e: Event) => {
    e.preventDefault();
    const heldOn = parseDate(form.values.heldOn);
    const local: Record<string, string> = {};
    if (!heldOn) local.heldOn = t("badDate");
    if (!form.values.topic.trim()) local.topic = t("required");
    if (!form.start(local) || !heldOn) return;
    const { data } = await form.send(() =>
      api.membership.POST("/membership/clubs/{id}/meetings", {
        params: { path: { id } },
        body: {
          heldOn,
          topic: form.values.topic.trim(),
          notes: form.values.notes.trim() || null,
          attendeeIds,
        },
      }),
    );
    if (!data) return;
    form.done(t("meetingSaved", { d: showDate(data.heldOn), n: data.attendees }));
    meetings.reload();
  };
  return (
    <section aria-labelledby="meeting-title">
      <h1 id="meeting-title">{t("recordMeeting")}</h1>
      <form onSubmit={submit}>
        <Field label={t("heldOn")} {...form.date("heldOn")} />
        <Field label={t("topic")} {...form.text("topic")} />
        <Field label={t("notes")} {...form.text("notes")} />
        <MemberChecklist
          legend={`${t("attendees")} (${attendeeIds.length})`}
          filterId="attendee-filter"
          error={form.errors.attendeeIds}
          members={members}
        >
          {({ person }) => (
            <li key={person.id}>
              <input
                type="checkbox"
                id={`att-${person.id}`}
                checked={attendeeIds.includes(person.id)}
                onChange={(e) => toggle(person.id, (e.target as HTMLInputElement).checked)}
              />{" "}
              <label for={`att-${person.id}`} style={{ display: "inline", fontWeight: 400 }}>
                {person.fullName}
              </label>
            </li>
          )}
        </MemberChecklist>
        <FormOutcome form={form} />
        <p>
          <button type="submit" disabled={form.busy}>
            {t("save")}
          </button>
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
