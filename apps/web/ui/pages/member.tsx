/**
 * The member form: a new person added to a club (POST /clubs/{id}/members), or a person's details
 * edited (PATCH /people/{id}). Each error the service gives is shown under its field, in the
 * user's language; what was typed is kept as a draft across signing in again.
 */
import type { Problem } from "@ishc/client";
import { useEffect, useState } from "preact/hooks";
import { api, route, state } from "../app";
import { useDraft, useLoad } from "../components/hooks";
import { Check, Field, Select } from "../components/inputs";
import { Failure, Loading } from "../components/status";
import { t } from "../components/t";
import { parseDate, showDate, todayInVietnam } from "../format";
import { fieldMessages } from "../problems";

type Values = {
  fullName: string;
  sex: "" | "female" | "male";
  birthDate: string;
  birthYear: string;
  ethnicity: string;
  povertyStatus: "none" | "poor" | "near_poor";
  povertyCertifiedYear: string;
  livesAlone: boolean;
  phone: string;
  joinedOn: string;
};

const EMPTY: Values = {
  fullName: "",
  sex: "",
  birthDate: "",
  birthYear: "",
  ethnicity: "",
  povertyStatus: "none",
  povertyCertifiedYear: "",
  livesAlone: false,
  phone: "",
  joinedOn: "",
};

/** The form's values as the API takes them, or the fields that cannot be read. */
function personBody(v: Values): { body?: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const year = (text: string, field: string) => {
    if (!text.trim()) return null;
    if (!/^\d{4}$/.test(text.trim())) errors[field] = t("badYear");
    return Number(text.trim());
  };
  if (!v.fullName.trim()) errors.fullName = t("fe_required");
  if (!v.sex) errors.sex = t("fe_required");
  let birthDate: string | null = null;
  if (v.birthDate.trim()) {
    birthDate = parseDate(v.birthDate);
    if (!birthDate) errors.birthDate = t("badDate");
  }
  const body = {
    fullName: v.fullName.trim(),
    sex: v.sex,
    birthDate,
    birthYear: year(v.birthYear, "birthYear"),
    ethnicity: v.ethnicity.trim() || null,
    povertyStatus: v.povertyStatus,
    povertyCertifiedYear: year(v.povertyCertifiedYear, "povertyCertifiedYear"),
    livesAlone: v.livesAlone,
    phone: v.phone.trim() || null,
  };
  return Object.keys(errors).length > 0 ? { errors } : { body, errors };
}

function PersonFields({
  values,
  set,
  errors,
}: {
  values: Values;
  set: (patch: Partial<Values>) => void;
  errors: Record<string, string>;
}) {
  return (
    <>
      <Field
        id="fullName"
        label={t("fullName")}
        value={values.fullName}
        onInput={(v) => set({ fullName: v })}
        error={errors.fullName}
        autocomplete="off"
        required
      />
      <Select
        id="sex"
        label={t("sex")}
        value={values.sex}
        placeholder={t("chooseOne")}
        options={[
          { value: "female", label: t("female") },
          { value: "male", label: t("male") },
        ]}
        onChange={(v) => set({ sex: v as Values["sex"] })}
        error={errors.sex}
      />
      <Field
        id="birthDate"
        label={t("birthDate")}
        value={values.birthDate}
        onInput={(v) => set({ birthDate: v })}
        error={errors.birthDate}
        inputmode="numeric"
        placeholder="dd/mm/yyyy"
      />
      <Field
        id="birthYear"
        label={t("birthYearField")}
        value={values.birthYear}
        onInput={(v) => set({ birthYear: v })}
        error={errors.birthYear}
        inputmode="numeric"
      />
      <Field
        id="ethnicity"
        label={t("ethnicity")}
        value={values.ethnicity}
        onInput={(v) => set({ ethnicity: v })}
        error={errors.ethnicity}
      />
      <Select
        id="povertyStatus"
        label={t("povertyStatus")}
        value={values.povertyStatus}
        options={(["none", "poor", "near_poor"] as const).map((s) => ({ value: s, label: t(s) }))}
        onChange={(v) => set({ povertyStatus: v as Values["povertyStatus"] })}
        error={errors.povertyStatus}
      />
      {values.povertyStatus !== "none" || errors.povertyCertifiedYear ? (
        <Field
          id="povertyCertifiedYear"
          label={t("povertyCertifiedYear")}
          value={values.povertyCertifiedYear}
          onInput={(v) => set({ povertyCertifiedYear: v })}
          error={errors.povertyCertifiedYear}
          inputmode="numeric"
        />
      ) : null}
      <Check
        id="livesAlone"
        label={t("livesAlone")}
        checked={values.livesAlone}
        onChange={(v) => set({ livesAlone: v })}
        error={errors.livesAlone}
      />
      <Field
        id="phone"
        label={t("phone")}
        value={values.phone}
        onInput={(v) => set({ phone: v })}
        error={errors.phone}
        inputmode="numeric"
        autocomplete="off"
      />
    </>
  );
}

function Outcome({
  problem,
  errors,
  done,
}: {
  problem: Problem | null;
  errors: Record<string, string>;
  done: string | null;
}) {
  const n = Object.keys(errors).length;
  return (
    <>
      {n > 0 ? (
        <p class="alert" role="alert">
          {t("fixFields", { n })}
        </p>
      ) : problem ? (
        <Failure problem={problem} />
      ) : null}
      {done ? (
        <p class="notice" role="status">
          {done}
        </p>
      ) : null}
    </>
  );
}

/** Add a new person to a club. */
export function AddMember({ clubId }: { clubId: string }) {
  const { hash } = route();
  const [values, set, reset] = useDraft<Values>(`member:${hash}`, {
    ...EMPTY,
    joinedOn: showDate(todayInVietnam()),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const club = useLoad(`club:${clubId}`, () =>
    api.membership.GET("/membership/clubs/{id}", { params: { path: { id: clubId } } }),
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    setProblem(null);
    const { body, errors: local } = personBody(values);
    const joinedOn = parseDate(values.joinedOn);
    if (!joinedOn) local.joinedOn = t("badDate");
    setErrors(local);
    if (!body || !joinedOn) return;
    setBusy(true);
    try {
      const { data, error } = await api.membership.POST("/membership/clubs/{id}/members", {
        params: { path: { id: clubId } },
        body: { person: body as never, joinedOn },
      });
      if (data) {
        setDone(t("memberAdded", { name: data.person.fullName }));
        reset();
      } else {
        setErrors(fieldMessages(state.lang, error as Problem));
        setProblem(error as Problem);
      }
    } catch {
      setProblem({ type: "", title: "", status: 0, code: "NETWORK" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="member-title" novalidate>
      <h1 id="member-title">
        {t("addMember")}
        {club.data ? `: ${club.data.name}` : ""}
      </h1>
      <PersonFields values={values} set={set} errors={errors} />
      <Field
        id="joinedOn"
        label={t("joinedOnField")}
        value={values.joinedOn}
        onInput={(v) => set({ joinedOn: v })}
        error={errors.joinedOn}
        inputmode="numeric"
        placeholder="dd/mm/yyyy"
      />
      <Outcome problem={problem} errors={errors} done={done} />
      <p class="row">
        <button type="submit" disabled={busy}>
          {t("save")}
        </button>
        <a class="button secondary" href={`#/club/${clubId}`}>
          {t("back")}
        </a>
      </p>
    </form>
  );
}

/** Edit a person's details. */
export function EditPerson({ personId }: { personId: string }) {
  const { hash } = route();
  const person = useLoad(`person:${personId}`, () =>
    api.membership.GET("/membership/people/{id}", { params: { path: { id: personId } } }),
  );
  const [values, set, reset] = useDraft<Values>(`person:${hash}`, EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The person's details fill the form unless a draft (kept across signing in again) is there.
  useEffect(() => {
    const p = person.data?.person;
    if (!p || values.fullName) return;
    set({
      fullName: p.fullName,
      sex: p.sex,
      birthDate: showDate(p.birthDate),
      birthYear: p.birthDate ? "" : String(p.birthYear),
      ethnicity: p.ethnicity ?? "",
      povertyStatus: p.povertyStatus ?? "none",
      povertyCertifiedYear: p.povertyCertifiedYear ? String(p.povertyCertifiedYear) : "",
      livesAlone: p.livesAlone,
      phone: p.phone ?? "",
    });
  }, [person.data]);
  if (person.loading) return <Loading />;
  if (!person.data) return <Failure problem={person.error} />;
  const clubId = person.data.memberships.find((m) => !m.leftOn)?.clubId;
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    setProblem(null);
    const { body, errors: local } = personBody(values);
    setErrors(local);
    if (!body) return;
    setBusy(true);
    try {
      const { data, error } = await api.membership.PATCH("/membership/people/{id}", {
        params: { path: { id: personId } },
        body: body as never,
      });
      if (data) {
        reset();
        setDone(t("personSaved", { name: data.fullName }));
        person.reload();
      } else {
        setErrors(fieldMessages(state.lang, error as Problem));
        setProblem(error as Problem);
      }
    } catch {
      setProblem({ type: "", title: "", status: 0, code: "NETWORK" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="person-title" novalidate>
      <h1 id="person-title">{t("editPersonOf", { name: person.data.person.fullName })}</h1>
      <PersonFields values={values} set={set} errors={errors} />
      <Outcome problem={problem} errors={errors} done={done} />
      <p class="row">
        <button type="submit" disabled={busy}>
          {t("save")}
        </button>
        {clubId ? (
          <a class="button secondary" href={`#/club/${clubId}`}>
            {t("back")}
          </a>
        ) : null}
      </p>
    </form>
  );
}
