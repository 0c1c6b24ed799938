/**
 * Activities of a unit's subtree (newest first, by kind) and the form to record one: an activity
 * of the catalogue, members' labour days, a volunteer's home-care visit, a training course or a
 * piece of communication. Every send carries an Idempotency-Key kept with the draft until the
 * service answers, so pressing Save again after a lost answer cannot record it twice; offline, the
 * same write (same key) goes to the device's queue.
 */
import type { ActivitiesComponents } from "@ishc/client";
import { useState } from "preact/hooks";
import {
  CARE_SERVICES,
  COMMUNICATION_KINDS,
  COMMUNICATION_OUTLETS,
} from "../../../../packages/domain/src/activities/vocabulary";
import { api, flushOutbox, outbox, route, state } from "../app";
import { DataTable } from "../components/data-table";
import { FormOutcome, useForm } from "../components/form";
import { useLoad } from "../components/hooks";
import { Check, Field, Select } from "../components/inputs";
import { MemberChecklist } from "../components/member-checklist";
import { Failure, Loading } from "../components/status";
import { t } from "../components/t";
import { parseDate, parseMoney, showDate, showMoney, showNumber, todayInVietnam } from "../format";
import type { Key } from "../i18n";
import { fieldMessages, itemMessages } from "../problems";
import type { PendingSend } from "../retry";

type Catalogue = ActivitiesComponents["schemas"]["ActivityCatalogue"];
type CatalogueType = Catalogue["types"][number];
type Measure = CatalogueType["measures"][number];
export type RecordKind = "activity" | "labour" | "home_care" | "training" | "communication";
const KINDS: RecordKind[] = ["labour", "home_care", "training", "communication", "activity"];
/** The catalogue type each kind lists (the generic kind lists the rest). */
type TypeCode = ActivitiesComponents["schemas"]["CreateActivityRequest"]["typeCode"];
const TYPE_OF: Partial<Record<RecordKind, TypeCode>> = {
  labour: "labour_support",
  home_care: "home_care_visit",
  training: "training_course",
  communication: "communication",
};
const MEASURE_FIELDS: Measure[] = [
  "sessions",
  "hours",
  "participantCount",
  "moneyVnd",
  "goodsVnd",
  "peopleReached",
];

const catalogueLoad = () => api.activities.GET("/activities/catalogue");
const typeName = (catalogue: Catalogue | undefined, code: string) => {
  const type = catalogue?.types.find((x) => x.code === code);
  return type ? (state.lang === "vi" ? type.vi : type.en) : code;
};

export function ActivityList({ unitId }: { unitId: string }) {
  const { query } = route();
  const kind = (query.get("kind") ?? "") as RecordKind | "";
  const viewer = state.session!.user.role === "viewer";
  const catalogue = useLoad("catalogue", catalogueLoad);
  const unit = useLoad(`unit:${unitId}`, () =>
    api.membership.GET("/membership/org-units/{id}", { params: { path: { id: unitId } } }),
  );
  const typeCode = kind ? TYPE_OF[kind] : undefined;
  const list = useLoad(`activities:${unitId}:${kind}`, () =>
    api.activities.GET("/activities/org-units/{id}/activities", {
      params: { path: { id: unitId }, query: { limit: 50, ...(typeCode ? { typeCode } : {}) } },
    }),
  );
  const items = (list.data?.items ?? []).filter(
    (a) => kind !== "activity" || !Object.values(TYPE_OF).includes(a.typeCode as never),
  );
  return (
    <section aria-labelledby="activities-title">
      <h1 id="activities-title">
        {t("activities")}
        {unit.data ? `: ${unit.data.name}` : ""}
      </h1>
      {viewer ? null : (
        <p>
          <a class="button" href={`#/unit/${unitId}/activities/new${kind ? `?kind=${kind}` : ""}`}>
            {t("recordActivity")}
          </a>
        </p>
      )}
      <nav class="row" aria-label={t("activityKind")}>
        {(["", ...KINDS] as const).map((k) => (
          <a
            key={k}
            href={`#/unit/${unitId}/activities${k ? `?kind=${k}` : ""}`}
            aria-current={k === kind ? "page" : undefined}
            class={k === kind ? "button" : "button secondary"}
          >
            {k ? t(`kind_${k}` as Key) : t("allKinds")}
          </a>
        ))}
      </nav>
      <DataTable
        label={t("activities")}
        columns={[
          { label: t("when") },
          { label: t("activityType") },
          { label: t("titleField"), hideNarrow: true },
          { label: t("participants"), num: true },
          { label: t("labourDays"), num: true },
          { label: t("peopleReached"), num: true, hideNarrow: true },
        ]}
        rows={items}
        load={list}
        empty={t("noActivities")}
      >
        {(a) => (
          <tr key={a.id}>
            <td>
              {showDate(a.startsOn)}
              {a.endsOn !== a.startsOn ? ` – ${showDate(a.endsOn)}` : ""}
            </td>
            <td>{typeName(catalogue.data, a.typeCode)}</td>
            <td class="hide-narrow">
              {a.title ?? ""}
              {a.moneyVnd ? ` · ${showMoney(a.moneyVnd)}` : ""}
            </td>
            <td class="num">{showNumber(a.participantCount ?? a.participants)}</td>
            <td class="num">{a.labourDays ? showNumber(a.labourDays) : ""}</td>
            <td class="num hide-narrow">{a.peopleReached == null ? "" : showNumber(a.peopleReached)}</td>
          </tr>
        )}
      </DataTable>
    </section>
  );
}

type Values = {
  kind: RecordKind;
  typeCode: string;
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  purpose: string;
  measures: Partial<Record<Measure, string>>;
  /** Members taking part, with their labour days as typed (labour only). */
  participants: Record<string, string>;
  visitorId: string;
  recipientId: string;
  hours: string;
  services: string[];
  traineePlaces: string;
  commKind: string;
  outlet: string;
  outletName: string;
  notes: string;
  /** The key of the last send whose answer did not come (see ui/retry.ts). */
  pending: PendingSend | null;
};

const number = (text: string | undefined): number | null => {
  const trimmed = (text ?? "").trim().replace(",", ".");
  if (!trimmed) return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
};

/** The write for the form's kind: its path after /activities and its body, or the fields to fix. */
function writeOf(
  v: Values,
  unitId: string,
): { path?: string; body?: unknown; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const date = (text: string, field: string, optional = false) => {
    if (optional && !text.trim()) return null;
    const iso = parseDate(text);
    if (!iso) errors[field] = t("badDate");
    return iso;
  };
  const count = (text: string | undefined, field: string, money = false) => {
    if (!(text ?? "").trim()) return null;
    const n = money ? parseMoney(text ?? "") : number(text);
    if (n === null || Number.isNaN(n)) errors[field] = t("badNumber");
    return n;
  };
  const chosen = Object.keys(v.participants);
  if (v.kind === "home_care") {
    const visitedOn = date(v.startsOn, "startsOn");
    const hours = count(v.hours, "hours");
    if (!v.visitorId) errors.visitorId = t("fe_required");
    if (!v.recipientId) errors.recipient = t("fe_required");
    if (hours === null) errors.hours = t("fe_required");
    const body = {
      visitorId: v.visitorId,
      recipient: { personId: v.recipientId },
      visitedOn,
      hours,
      services: v.services,
      notes: v.notes.trim() || null,
    };
    return { path: `/clubs/${unitId}/home-care-visits`, body, errors };
  }
  if (v.kind === "training") {
    if (!v.title.trim()) errors.title = t("fe_required");
    const traineePlaces = count(v.traineePlaces, "traineePlaces");
    if (traineePlaces === null) errors.traineePlaces = t("fe_required");
    const body = {
      title: v.title.trim(),
      startsOn: date(v.startsOn, "startsOn"),
      endsOn: date(v.endsOn, "endsOn", true),
      place: v.place.trim() || null,
      traineePlaces,
    };
    return { path: `/org-units/${unitId}/trainings`, body, errors };
  }
  if (v.kind === "communication") {
    if (!v.title.trim()) errors.title = t("fe_required");
    if (!v.commKind) errors.kind = t("fe_required");
    if (!v.outlet) errors.outlet = t("fe_required");
    const body = {
      kind: v.commKind,
      outlet: v.outlet,
      outletName: v.outletName.trim() || null,
      publishedOn: date(v.startsOn, "publishedOn"),
      title: v.title.trim(),
    };
    return { path: `/org-units/${unitId}/communications`, body, errors };
  }
  const typeCode = v.kind === "labour" ? "labour_support" : v.typeCode;
  if (!typeCode) errors.typeCode = t("fe_required");
  const measures: Record<string, number | null> = {};
  for (const m of MEASURE_FIELDS) {
    const value = count(v.measures[m], m, m === "moneyVnd" || m === "goodsVnd");
    if (value !== null) measures[m] = value;
  }
  const participants = chosen.map((personId) => {
    const days = v.kind === "labour" ? number(v.participants[personId]) : null;
    if (Number.isNaN(days)) errors[`participant:${personId}`] = t("badNumber");
    return days === null || Number.isNaN(days) ? { personId } : { personId, labourDays: days };
  });
  const body = {
    typeCode,
    title: v.title.trim() || null,
    startsOn: date(v.startsOn, "startsOn"),
    endsOn: date(v.endsOn, "endsOn", true),
    place: v.place.trim() || null,
    ...(v.purpose ? { purpose: v.purpose } : {}),
    ...measures,
    participants,
    notes: v.notes.trim() || null,
  };
  return { path: `/org-units/${unitId}/activities`, body, errors };
}

const INITIAL = (kind: RecordKind): Values => ({
  kind,
  typeCode: "",
  title: "",
  startsOn: showDate(todayInVietnam()),
  endsOn: "",
  place: "",
  purpose: "",
  measures: {},
  participants: {},
  visitorId: "",
  recipientId: "",
  hours: "",
  services: [],
  traineePlaces: "",
  commKind: "",
  outlet: "",
  outletName: "",
  notes: "",
  pending: null,
});

export function RecordActivity({ unitId }: { unitId: string }) {
  const { query } = route();
  const startKind = (KINDS as string[]).includes(query.get("kind") ?? "")
    ? (query.get("kind") as RecordKind)
    : "labour";
  const form = useForm<Values>(`activity:/unit/${unitId}/activities/new`, INITIAL(startKind));
  const { values: v, set, errors } = form;
  const [participantErrors, setParticipantErrors] = useState<Map<number, Record<string, string>>>(new Map());
  const catalogue = useLoad("catalogue", catalogueLoad);
  const unit = useLoad(`unit:${unitId}`, () =>
    api.membership.GET("/membership/org-units/{id}", { params: { path: { id: unitId } } }),
  );
  const isClub = unit.data?.kind === "club";
  const members = useLoad(`members:${unitId}:${isClub}`, () =>
    isClub
      ? api.membership.GET("/membership/clubs/{id}/members", {
          params: { path: { id: unitId }, query: { limit: 200 } },
        })
      : Promise.resolve({ data: undefined }),
  );
  const roles = useLoad(`roles:${unitId}:${isClub}`, () =>
    isClub
      ? api.membership.GET("/membership/clubs/{id}/roles", { params: { path: { id: unitId } } })
      : Promise.resolve({ data: undefined }),
  );
  const kinds = isClub ? KINDS : KINDS.filter((k) => k !== "home_care");
  const type = catalogue.data?.types.find(
    (x) => x.code === (v.kind === "labour" ? "labour_support" : v.typeCode),
  );
  const genericTypes = (catalogue.data?.types ?? []).filter(
    (x) => x.recordedAs === "activity" && !x.retired && x.code !== "labour_support",
  );
  const volunteers = (roles.data?.items ?? []).filter((r) => r.role === "home_care_volunteer" && !r.endsOn);
  const memberList = members.data?.items ?? [];
  const chosen = Object.keys(v.participants);

  const submit = async (e: Event) => {
    e.preventDefault();
    const { path, body, errors: local } = writeOf(v, unitId);
    setParticipantErrors(new Map());
    if (!form.start(local) || !path) return;
    const { data, problem } = await form.sendOnce(body, (key) => {
      const params = { path: { id: unitId }, header: { "Idempotency-Key": key } };
      if (v.kind === "home_care")
        return api.activities.POST("/activities/clubs/{id}/home-care-visits", {
          params,
          body: body as never,
        });
      if (v.kind === "training")
        return api.activities.POST("/activities/org-units/{id}/trainings", { params, body: body as never });
      if (v.kind === "communication")
        return api.activities.POST("/activities/org-units/{id}/communications", {
          params,
          body: body as never,
        });
      return api.activities.POST("/activities/org-units/{id}/activities", { params, body: body as never });
    });
    if (data) {
      const what = v.kind === "activity" ? typeName(catalogue.data, v.typeCode) : t(`kind_${v.kind}` as Key);
      form.done(t("activitySaved", { what }));
      set({ kind: v.kind });
      return;
    }
    // The services name the recipient personId and a communication's day publishedOn.
    const fields = fieldMessages(state.lang, problem);
    if (fields.personId) fields.recipient = fields.personId;
    if (fields.publishedOn) fields.startsOn = fields.publishedOn;
    form.setErrors(fields);
    setParticipantErrors(itemMessages(state.lang, problem, "participants"));
  };

  const queueIt = async () => {
    const { path, body } = writeOf(v, unitId);
    if (!path) return;
    outbox.add({
      key: form.keyOf(body),
      service: "activities",
      path,
      body,
      label: `${t(`kind_${v.kind}` as Key)} — ${showDate(parseDate(v.startsOn))}`,
    });
    form.done(t("queued"));
    await flushOutbox();
  };

  const dateLabel =
    v.kind === "home_care" ? t("visitedOn") : v.kind === "communication" ? t("publishedOn") : t("startsOn");
  return (
    <form onSubmit={submit} aria-labelledby="record-title" novalidate>
      <h1 id="record-title">
        {t("recordActivity")}
        {unit.data ? `: ${unit.data.name}` : ""}
      </h1>
      {unit.loading || catalogue.loading ? <Loading /> : <Failure problem={unit.error ?? catalogue.error} />}
      <Select
        id="kind"
        label={t("activityKind")}
        value={v.kind}
        options={kinds.map((k) => ({ value: k, label: t(`kind_${k}` as Key) }))}
        onChange={(k) => set({ kind: k as RecordKind, pending: null })}
      />
      {v.kind === "activity" ? (
        <Select
          id="typeCode"
          label={t("activityType")}
          value={v.typeCode}
          placeholder={t("chooseOne")}
          options={genericTypes.map((x) => ({ value: x.code, label: state.lang === "vi" ? x.vi : x.en }))}
          onChange={(code) => set({ typeCode: code, measures: {} })}
          error={errors.typeCode}
        />
      ) : null}
      {v.kind === "communication" ? (
        <>
          <Select
            label={t("commKind")}
            {...form.choice("commKind")}
            error={errors.kind}
            placeholder={t("chooseOne")}
            options={COMMUNICATION_KINDS.map((k) => ({ value: k, label: t(`comm_${k}` as Key) }))}
          />
          <Select
            label={t("outlet")}
            {...form.choice("outlet")}
            placeholder={t("chooseOne")}
            options={COMMUNICATION_OUTLETS.map((k) => ({ value: k, label: t(`out_${k}` as Key) }))}
          />
          <Field label={t("outletName")} {...form.text("outletName")} />
        </>
      ) : null}
      {v.kind !== "home_care" ? <Field label={t("titleField")} {...form.text("title")} /> : null}
      <Field label={dateLabel} {...form.date("startsOn")} error={errors.startsOn ?? errors.visitedOn} />
      {v.kind === "activity" || v.kind === "labour" || v.kind === "training" ? (
        <>
          <Field label={t("endsOn")} {...form.date("endsOn")} />
          <Field label={t("place")} {...form.text("place")} />
        </>
      ) : null}
      {v.kind === "training" ? (
        <Field label={t("traineePlaces")} {...form.text("traineePlaces")} inputmode="numeric" />
      ) : null}
      {v.kind === "home_care" ? (
        <>
          {roles.data && volunteers.length === 0 ? <p class="alert">{t("noVolunteers")}</p> : null}
          <Select
            label={t("visitor")}
            {...form.choice("visitorId")}
            placeholder={t("chooseOne")}
            options={volunteers.map((r) => ({ value: r.personId, label: r.fullName }))}
          />
          <Select
            label={t("recipient")}
            {...form.choice("recipientId")}
            id="recipient"
            error={errors.recipient}
            placeholder={t("chooseOne")}
            options={memberList
              .filter((m) => m.person.id !== v.visitorId)
              .map((m) => ({ value: m.person.id, label: `${m.person.fullName} (${m.person.birthYear})` }))}
          />
          <Field label={t("hours")} {...form.text("hours")} inputmode="decimal" />
          <fieldset>
            <legend>{t("services")}</legend>
            {errors.services ? <p class="field-error">{errors.services}</p> : null}
            {CARE_SERVICES.map((s) => (
              <Check
                key={s}
                id={`svc-${s}`}
                label={t(`svc_${s}` as Key)}
                checked={v.services.includes(s)}
                onChange={(on) =>
                  set({ services: on ? [...v.services, s] : v.services.filter((x) => x !== s) })
                }
              />
            ))}
          </fieldset>
        </>
      ) : null}
      {(v.kind === "activity" || v.kind === "labour") && type ? (
        <>
          {type.purposes ? (
            <Select
              label={t("purpose")}
              {...form.choice("purpose")}
              placeholder={t("chooseOne")}
              options={(catalogue.data?.purposes ?? [])
                .filter((p) => type.purposes?.includes(p.code))
                .map((p) => ({ value: p.code, label: state.lang === "vi" ? p.vi : p.en }))}
            />
          ) : null}
          {type.measures
            .filter((m): m is Exclude<Measure, "labourDays"> => m !== "labourDays")
            .map((m) => (
              <Field
                key={m}
                id={m}
                label={`${t(m as Key)}${type.required.includes(m) ? " *" : ""}`}
                value={v.measures[m] ?? ""}
                onInput={(x) => set({ measures: { ...v.measures, [m]: x } })}
                error={errors[m]}
                inputmode="numeric"
              />
            ))}
        </>
      ) : null}
      {(v.kind === "activity" || v.kind === "labour") && isClub ? (
        <MemberChecklist
          legend={`${t("participants")} (${chosen.length})`}
          filterId="participant-filter"
          error={errors.participants}
          members={members}
        >
          {({ person }) => {
            const on = person.id in v.participants;
            const index = chosen.indexOf(person.id);
            const rowError =
              errors[`participant:${person.id}`] ?? Object.values(participantErrors.get(index) ?? {})[0];
            return (
              <li key={person.id}>
                <Check
                  id={`p-${person.id}`}
                  label={person.fullName}
                  checked={on}
                  onChange={(checked) => {
                    const next = { ...v.participants };
                    if (checked) next[person.id] = v.kind === "labour" ? "1" : "";
                    else delete next[person.id];
                    set({ participants: next });
                  }}
                  error={v.kind === "labour" ? undefined : rowError}
                />
                {on && v.kind === "labour" ? (
                  <Field
                    id={`days-${person.id}`}
                    label={t("labourDaysOf", { name: person.fullName })}
                    value={v.participants[person.id] ?? ""}
                    onInput={(x) => set({ participants: { ...v.participants, [person.id]: x } })}
                    error={rowError}
                    inputmode="decimal"
                  />
                ) : null}
              </li>
            );
          }}
        </MemberChecklist>
      ) : null}
      {v.kind !== "training" && v.kind !== "communication" ? (
        <Field label={t("notes")} {...form.text("notes")} />
      ) : null}
      <FormOutcome form={form} onQueue={queueIt} />
      <p class="row">
        <button type="submit" disabled={form.busy}>
          {form.busy ? t("sending") : t("save")}
        </button>
        <a class="button secondary" href={`#/unit/${unitId}/activities`}>
          {t("back")}
        </a>
      </p>
    </form>
  );
}
