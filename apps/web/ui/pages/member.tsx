/**
 * The member form: a new person added to a club (POST /clubs/{id}/members), or a person's details
 * edited (PATCH /people/{id}). Each error the service gives is shown under its field, in the
 * user's language; what was typed is kept as a draft across signing in again.
 */
import { useEffect } from "preact/hooks";
import { api, route } from "../app";
import { FormOutcome, useForm } from "../components/form";
import { useLoad } from "../components/hooks";
import { Check, Field, Select } from "../components/inputs";
import { Failure, Loading } from "../components/status";
import { t } from "../components/t";
import { parseDate, showDate, todayInVietnam } from "../format";

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

type PersonForm = ReturnType<typeof useForm<Values>>;

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

function PersonFields({ form }: { form: PersonForm }) {
  const { values, set, errors } = form;
  return (
    <>
      <Field label={t("fullName")} {...form.text("fullName")} autocomplete="off" required />
      <Select
        label={t("sex")}
        {...form.choice("sex")}
        placeholder={t("chooseOne")}
        options={[
          { value: "female", label: t("female") },
          { value: "male", label: t("male") },
        ]}
      />
      <Field label={t("birthDate")} {...form.date("birthDate")} />
      <Field label={t("birthYearField")} {...form.text("birthYear")} inputmode="numeric" />
      <Field label={t("ethnicity")} {...form.text("ethnicity")} />
      <Select
        label={t("povertyStatus")}
        {...form.choice("povertyStatus")}
        options={(["none", "poor", "near_poor"] as const).map((s) => ({ value: s, label: t(s) }))}
      />
      {values.povertyStatus !== "none" || errors.povertyCertifiedYear ? (
        <Field label={t("povertyCertifiedYear")} {...form.text("povertyCertifiedYear")} inputmode="numeric" />
      ) : null}
      <Check
        id="livesAlone"
        label={t("livesAlone")}
        checked={values.livesAlone}
        onChange={(v) => set({ livesAlone: v })}
        error={errors.livesAlone}
      />
      <Field label={t("phone")} {...form.text("phone")} inputmode="numeric" autocomplete="off" />
    </>
  );
}

/** Add a new person to a club. */
export function AddMember({ clubId }: { clubId: string }) {
  const { hash } = route();
  const form = useForm<Values>(`member:${hash}`, { ...EMPTY, joinedOn: showDate(todayInVietnam()) });
  const club = useLoad(`club:${clubId}`, () =>
    api.membership.GET("/membership/clubs/{id}", { params: { path: { id: clubId } } }),
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    const { body, errors: local } = personBody(form.values);
    const joinedOn = parseDate(form.values.joinedOn);
    if (!joinedOn) local.joinedOn = t("badDate");
    if (!form.start(local) || !body || !joinedOn) return;
    const { data } = await form.send(() =>
      api.membership.POST("/membership/clubs/{id}/members", {
        params: { path: { id: clubId } },
        body: { person: body as never, joinedOn },
      }),
    );
    if (data) form.done(t("memberAdded", { name: data.person.fullName }));
  };
  return (
    <form onSubmit={submit} aria-labelledby="member-title" novalidate>
      <h1 id="member-title">
        {t("addMember")}
        {club.data ? `: ${club.data.name}` : ""}
      </h1>
      <PersonFields form={form} />
      <Field label={t("joinedOnField")} {...form.date("joinedOn")} />
      <FormOutcome form={form} />
      <p class="row">
        <button type="submit" disabled={form.busy}>
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
  const form = useForm<Values>(`person:${hash}`, EMPTY);
  // The person's details fill the form unless a draft (kept across signing in again) is there.
  useEffect(() => {
    const p = person.data?.person;
    if (!p || form.values.fullName) return;
    form.set({
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
    const { body, errors: local } = personBody(form.values);
    if (!form.start(local) || !body) return;
    const { data } = await form.send(() =>
      api.membership.PATCH("/membership/people/{id}", {
        params: { path: { id: personId } },
        body: body as never,
      }),
    );
    if (!data) return;
    form.done(t("personSaved", { name: data.fullName }));
    person.reload();
  };
  return (
    <form onSubmit={submit} aria-labelledby="person-title" novalidate>
      <h1 id="person-title">{t("editPersonOf", { name: person.data.person.fullName })}</h1>
      <PersonFields form={form} />
      <FormOutcome form={form} />
      <p class="row">
        <button type="submit" disabled={form.busy}>
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
