/** Sign in (and back to the page one was on). */
import type { Problem } from "@ishc/client";
import { useState } from "preact/hooks";
import { api, flushOutbox, go, route, setSession, state } from "../app";
import { Field } from "../components/inputs";
import { t } from "../components/t";
import { nextAfterLogin } from "../drafts";

export function SignIn() {
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
        go(nextAfterLogin(query.get("next")));
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
