/** The officer console: sign in, clubs and members, register upload, meetings, funds, reports. */
import { fieldErrors, type Problem, rowErrors } from "@ishc/client";
import { render } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  api,
  drafts,
  flushOutbox,
  go,
  onChange,
  outbox,
  route,
  setLang,
  setSession,
  signInAgain,
  state,
} from "./app";
import {
  csvRows,
  lastMonth,
  matches,
  parseDate,
  parseMoney,
  showDate,
  showMoney,
  showNumber,
  showShare,
  todayInVietnam,
} from "./format";
import { type Key, translate } from "./i18n";

const t = (key: Key, vars?: Record<string, string | number>) => translate(state.lang, key, vars);

/** Re-renders on session, language, outbox and route changes. */
function useAppState() {
  const [, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    const offs = [onChange(bump), outbox.subscribe(bump)];
    window.addEventListener("hashchange", bump);
    window.addEventListener("online", bump);
    window.addEventListener("offline", bump);
    return () => {
      for (const off of offs) off();
      window.removeEventListener("hashchange", bump);
      window.removeEventListener("online", bump);
      window.removeEventListener("offline", bump);
    };
  }, []);
}

/** Loads once per key; `reload` asks again. */
function useLoad<T>(key: string, load: () => Promise<{ data?: T; error?: unknown }>) {
  const [result, setResult] = useState<{ data?: T; error?: Problem; loading: boolean }>({ loading: true });
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    setResult((r) => ({ ...r, loading: true }));
    load()
      .then(({ data, error }) => live && setResult({ data, error: error as Problem, loading: false }))
      .catch(
        (e: Error) =>
          live &&
          setResult({ error: { title: e.message, status: 0, code: "NETWORK", type: "" }, loading: false }),
      );
    return () => {
      live = false;
    };
  }, [key, n]);
  return { ...result, reload: () => setN((x) => x + 1) };
}

/** A form's values, kept as a draft while typed (restored after signing in again). */
function useDraft<T extends object>(key: string, initial: T) {
  const [values, setValues] = useState<T>(() => ({ ...initial, ...(drafts.get<T>(key) ?? {}) }));
  const set = (patch: Partial<T>) =>
    setValues((v) => {
      const next = { ...v, ...patch };
      drafts.set(key, next);
      return next;
    });
  const reset = () => {
    drafts.clear(key);
    setValues(initial);
  };
  return [values, set, reset] as const;
}

const Loading = () => <p role="status">{t("loading")}</p>;
const Failure = ({ problem }: { problem?: Problem }) =>
  problem ? (
    <p class="alert" role="alert">
      {t("error", { m: problem.detail ?? problem.title })}
    </p>
  ) : null;

function Field(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  type?: "text" | "password" | "search";
  autocomplete?: string;
  inputmode?: "numeric" | "text" | "decimal";
  placeholder?: string;
  required?: boolean;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        {...({ type: props.type ?? "text" } as object)}
        value={props.value}
        autocomplete={props.autocomplete}
        inputMode={props.inputmode}
        placeholder={props.placeholder}
        required={props.required}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
      />
      {props.error ? (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

// ---------------------------------------------------------------- sign in
function SignIn() {
  const { query } = route();
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const { data, error, response } = await api.membership.POST("/membership/auth/login", {
        body: { login, password },
      });
      if (data) {
        state.expired = false;
        setSession({ token: data.accessToken, user: data.user });
        go(query.get("next") || "/");
        void flushOutbox();
      } else if (response.status === 429) {
        const minutes = Math.ceil(Number(response.headers.get("retry-after") ?? 900) / 60);
        setMessage(t("locked", { n: minutes }));
      } else if (response.status === 401 || response.status === 422) setMessage(t("badLogin"));
      else setMessage(t("error", { m: (error as Problem)?.title ?? response.status }));
    } catch (err) {
      setMessage(t("error", { m: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="signin-title">
      <h1 id="signin-title">{t("signIn")}</h1>
      {state.expired ? <p class="notice">{t("expired")}</p> : null}
      <Field
        id="login"
        label={t("login")}
        value={login}
        onInput={setLogin}
        autocomplete="username"
        required
      />
      <Field
        id="password"
        label={t("password")}
        type="password"
        value={password}
        onInput={setPassword}
        autocomplete="current-password"
        required
      />
      {message ? (
        <p class="alert" role="alert">
          {message}
        </p>
      ) : null}
      <p>
        <button type="submit" disabled={busy}>
          {t("signIn")}
        </button>
      </p>
    </form>
  );
}

// ---------------------------------------------------------------- home: clubs in one's subtree
function Home() {
  const user = state.session!.user;
  const [q, setQ] = useState("");
  const clubs = useLoad("clubs", () =>
    api.membership.GET("/membership/clubs", { params: { query: { limit: 200 } } }),
  );
  const shown = (clubs.data?.items ?? []).filter(
    (c) => matches(c.name, q) || c.code.toLowerCase().includes(q.toLowerCase()),
  );
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{user.displayName}</h1>
      {user.role === "viewer" ? <p class="notice">{t("viewerNote")}</p> : null}
      <p>
        <a class="button" href={`#/report/${user.orgUnitId}`}>
          {t("report")}
        </a>
      </p>
      <h2>{t("clubs")}</h2>
      <Field id="club-search" label={t("search")} value={q} onInput={setQ} type="search" />
      {clubs.loading ? <Loading /> : <Failure problem={clubs.error} />}
      <ul class="plain">
        {shown.map((club) => (
          <li key={club.id}>
            <a href={`#/club/${club.id}`}>{club.name}</a> <span>({club.code})</span>
          </li>
        ))}
      </ul>
      {!clubs.loading && shown.length === 0 ? <p>{t("noResults")}</p> : null}
    </section>
  );
}

// ---------------------------------------------------------------- a club
const COMPOSITION = ["older", "younger", "women", "poorOrNearPoor", "livingAlone"] as const;

function Club({ id }: { id: string }) {
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
      {viewer ? (
        <p class="notice">{t("viewerNote")}</p>
      ) : (
        <nav class="row" aria-label={c.name}>
          <a class="button" href={`#/club/${id}/import`}>
            {t("uploadRegister")}
          </a>
          <a class="button" href={`#/club/${id}/meeting`}>
            {t("recordMeeting")}
          </a>
          <a class="button" href={`#/club/${id}/funds`}>
            {t("funds")}
          </a>
        </nav>
      )}
      <h2>
        {t("composition")} {comp ? <small>({t("asOf", { d: showDate(comp.asOf) })})</small> : null}
      </h2>
      {composition.loading ? <Loading /> : <Failure problem={composition.error} />}
      {comp ? (
        <div class="table-wrap">
          <table>
            <caption class="skip">{t("composition")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("indicator")}</th>
                <th scope="col" class="num">
                  {t("value")}
                </th>
                <th scope="col" class="num">
                  %
                </th>
                <th scope="col">{t("target")}</th>
              </tr>
            </thead>
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
        </div>
      ) : null}
      {viewer ? null : (
        <>
          <h2>
            {t("members")} ({members.data?.items.length ?? "…"})
          </h2>
          <Field id="member-search" label={t("search")} value={q} onInput={setQ} type="search" />
          {members.loading ? <Loading /> : <Failure problem={members.error} />}
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("fullName")}</th>
                  <th scope="col">{t("sex")}</th>
                  <th scope="col" class="num">
                    {t("birthYear")}
                  </th>
                  <th scope="col" class="hide-narrow">
                    {t("joinedOn")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map(({ person, membership }) => (
                  <tr key={membership.id}>
                    <td>{person.fullName}</td>
                    <td>{t(person.sex)}</td>
                    <td class="num">{person.birthYear}</td>
                    <td class="hide-narrow">{showDate(membership.joinedOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!members.loading && list.length === 0 ? <p>{t("noResults")}</p> : null}
        </>
      )}
    </section>
  );
}

// ---------------------------------------------------------------- register upload
function Import({ id }: { id: string }) {
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
        <div class="table-wrap">
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
                          {p.field}: {p.message}
                        </div>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </form>
  );
}

// ---------------------------------------------------------------- meetings
function Meeting({ id }: { id: string }) {
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

// ---------------------------------------------------------------- funds and loans
const LOAN_STATUS: Record<string, Key> = {
  active: "loanActive",
  closed: "loanClosed",
  applied: "loanApplied",
  approved: "loanApproved",
  written_off: "loanWrittenOff",
};

function Repayment({
  loanId,
  borrower,
  onQueued,
}: {
  loanId: string;
  borrower: string;
  onQueued: () => void;
}) {
  const [form, set, reset] = useDraft(`repayment:${loanId}`, {
    amount: "",
    paidOn: showDate(todayInVietnam()),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async (e: Event) => {
    e.preventDefault();
    const amount = parseMoney(form.amount);
    const paidOn = parseDate(form.paidOn);
    const local: Record<string, string> = {};
    if (!amount) local.amount = t("badAmount");
    if (!paidOn) local.paidOn = t("badDate");
    setErrors(local);
    if (!amount || !paidOn) return;
    // The Idempotency-Key is made now, once: every later send of this repayment reuses it.
    outbox.add({
      service: "funds",
      path: `/loans/${loanId}/repayments`,
      body: { amount, paidOn },
      label: `${t("recordRepayment")}: ${showMoney(amount)} — ${borrower} (${showDate(paidOn)})`,
    });
    reset();
    onQueued();
    await flushOutbox();
  };
  return (
    <form onSubmit={submit} class="row" aria-label={`${t("recordRepayment")} — ${borrower}`}>
      <Field
        id={`amount-${loanId}`}
        label={t("amount")}
        value={form.amount}
        onInput={(v) => set({ amount: v })}
        error={errors.amount}
        inputmode="numeric"
      />
      <Field
        id={`paidOn-${loanId}`}
        label={t("paidOn")}
        value={form.paidOn}
        onInput={(v) => set({ paidOn: v })}
        error={errors.paidOn}
        inputmode="numeric"
      />
      <p>
        <button type="submit">{t("recordRepayment")}</button>
      </p>
    </form>
  );
}

function Funds({ id }: { id: string }) {
  const balances = useLoad(`balances:${id}`, () =>
    api.funds.GET("/funds/clubs/{id}/balances", { params: { path: { id } } }),
  );
  const loans = useLoad(`loans:${id}`, () =>
    api.funds.GET("/funds/clubs/{id}/loans", { params: { path: { id } } }),
  );
  const [open, setOpen] = useState<string | null>(null);
  const [queuedNote, setQueuedNote] = useState(false);
  const pendingBefore = useRef(outbox.pending().length);
  useEffect(
    () =>
      outbox.subscribe(() => {
        const now = outbox.pending().length;
        if (now < pendingBefore.current) {
          balances.reload();
          loans.reload();
        }
        pendingBefore.current = now;
      }),
    [],
  );
  const b = balances.data;
  const items = (loans.data?.items ?? [])
    .slice()
    .sort((a, c) => (a.status === "active" ? -1 : 0) - (c.status === "active" ? -1 : 0));
  return (
    <section aria-labelledby="funds-title">
      <h1 id="funds-title">{t("funds")}</h1>
      {balances.loading ? <Loading /> : <Failure problem={balances.error} />}
      {b ? (
        <div class="cards">
          <div class="card">
            <div>{t("operatingFund")}</div>
            <div class="big" data-testid="operating-cash">
              {showMoney(b.cash.operating)}
            </div>
          </div>
          <div class="card">
            <div>{t("revolvingFund")}</div>
            <div class="big" data-testid="revolving-cash">
              {showMoney(b.cash.revolving)}
            </div>
          </div>
        </div>
      ) : null}
      {queuedNote ? (
        <p class="notice" role="status">
          {t("queued")}
        </p>
      ) : null}
      <h2>{t("loans")}</h2>
      {loans.loading ? <Loading /> : <Failure problem={loans.error} />}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("borrower")}</th>
              <th scope="col" class="num">
                {t("principal")}
              </th>
              <th scope="col" class="num">
                {t("owed")}
              </th>
              <th scope="col" class="hide-narrow">
                {t("disbursedOn")}
              </th>
              <th scope="col">{t("status")}</th>
              <th scope="col">
                <span class="skip">{t("recordRepayment")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((loan) => [
              <tr key={loan.id} data-loan={loan.id}>
                <td>{loan.borrowerName}</td>
                <td class="num">{showMoney(loan.principal)}</td>
                <td class="num" data-testid="owed">
                  {showMoney(loan.owed)}
                </td>
                <td class="hide-narrow">{showDate(loan.disbursedOn)}</td>
                <td>{t(LOAN_STATUS[loan.status] ?? "status")}</td>
                <td>
                  {loan.status === "active" ? (
                    <button
                      type="button"
                      class="secondary"
                      aria-expanded={open === loan.id}
                      onClick={() => setOpen(open === loan.id ? null : loan.id)}
                    >
                      {t("recordRepayment")}
                    </button>
                  ) : null}
                </td>
              </tr>,
              open === loan.id ? (
                <tr key={`${loan.id}-form`}>
                  <td colSpan={6}>
                    <Repayment
                      loanId={loan.id}
                      borrower={loan.borrowerName}
                      onQueued={() => setQueuedNote(true)}
                    />
                  </td>
                </tr>
              ) : null,
            ])}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The outbox, always visible while it holds anything. */
function Queue() {
  const items = outbox.all();
  const [note, setNote] = useState<string | null>(null);
  if (items.length === 0) return null;
  // Busy while any send is under way, this button's or the one made on going back online.
  const busy = outbox.busy;
  const send = async () => {
    setNote(null);
    const result = await flushOutbox();
    if (result) setNote(t("sentN", { n: result.sent }));
  };
  return (
    <section class="panel queue" aria-labelledby="queue-title" data-testid="queue">
      <h2 id="queue-title">
        {t("queue")} ({outbox.pending().length})
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            {item.label} —{" "}
            <strong>{item.refused ? `${t("refused")}: ${item.refused.message}` : t("waiting")}</strong>{" "}
            {item.refused ? (
              <button type="button" class="secondary" onClick={() => outbox.dismiss(item.key)}>
                {t("remove")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <button type="button" onClick={send} disabled={busy || !navigator.onLine}>
        {busy ? t("sending") : t("sendNow")}
      </button>
      {note ? <span role="status"> {note}</span> : null}
    </section>
  );
}

// ---------------------------------------------------------------- reports
type Indicator = { id: string; name: string; unit: string; value: number | string | null; section?: string };

function showValue(indicator: Indicator): string {
  const { value, unit } = indicator;
  if (typeof value !== "number") return value === null ? "—" : String(value);
  if (unit === "share") return showShare(value);
  if (unit === "dong" || unit === "vnd" || unit === "money") return showMoney(value);
  return showNumber(value);
}

function Report({ unitId }: { unitId: string }) {
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
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("indicator")}</th>
                  <th scope="col" class="num">
                    {t("value")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.indicators.map((indicator) => (
                  <tr key={indicator.id}>
                    <td>{indicator.name}</td>
                    <td class="num">{showValue(indicator)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {r.clubs && r.clubs.length > 0 ? (
            <>
              <h2>
                {t("byClub")}: {t("members")}
              </h2>
              <div class="table-wrap">
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
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------- shell
function Page() {
  const { parts } = route();
  if (!state.session) return <SignIn />;
  const [first, id, sub] = parts;
  if (first === "login") return <SignIn />;
  if (first === "club" && id && !sub) return <Club id={id} />;
  if (first === "club" && id && sub === "import") return <Import id={id} />;
  if (first === "club" && id && sub === "meeting") return <Meeting id={id} />;
  if (first === "club" && id && sub === "funds") return <Funds id={id} />;
  if (first === "report" && id) return <Report unitId={id} />;
  if (!first && state.session.user.role === "club_board") return <Club id={state.session.user.orgUnitId} />;
  if (!first) return <Home />;
  return <p>{t("notFound")}</p>;
}

function App() {
  useAppState();
  const session = state.session;
  const { parts, hash } = route();
  // A signed-in page opened without a session: sign in first, then come back here.
  useEffect(() => {
    if (!session && parts[0] !== "login") go(`/login?next=${encodeURIComponent(hash)}`);
  }, [session, hash]);
  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);
  return (
    <>
      <button type="button" class="skip" onClick={() => document.getElementById("main")?.focus()}>
        {t("skip")}
      </button>
      <header>
        <a class="brand" href="#/">
          {t("appName")}
        </a>
        {session ? <span class="who">{session.user.displayName}</span> : null}
        <button
          type="button"
          lang={state.lang === "vi" ? "en" : "vi"}
          aria-label={t("languageLabel")}
          onClick={() => setLang(state.lang === "vi" ? "en" : "vi")}
        >
          {t("language")}
        </button>
        {session ? (
          <button
            type="button"
            onClick={() => {
              setSession(null);
              go("/login");
            }}
          >
            {t("signOut")}
          </button>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {navigator.onLine ? null : (
          <p class="alert" role="status">
            {t("offline")}
          </p>
        )}
        {session && parts[0] !== "login" && parts.length > 0 ? (
          <nav class="crumbs" aria-label={t("home")}>
            <a href="#/">← {t("home")}</a>
            {parts[0] === "club" && parts[2] ? (
              <>
                {" · "}
                <a href={`#/club/${parts[1]}`}>{t("back")}</a>
              </>
            ) : null}
          </nav>
        ) : null}
        {session ? <Queue /> : null}
        <Page />
      </main>
    </>
  );
}

// Sends what the device queued before this visit, when it can.
void flushOutbox();
// A token past its expiry: ask to sign in again before the first request fails.
if (state.session) {
  try {
    const payload = JSON.parse(
      atob(state.session.token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/")),
    );
    if (typeof payload.exp === "number" && payload.exp * 1000 < Date.now()) signInAgain();
  } catch {
    signInAgain();
  }
}
// The page's "Đang tải…" placeholder goes: render adds the app beside what is there.
const root = document.getElementById("app")!;
root.textContent = "";
render(<App />, root);
