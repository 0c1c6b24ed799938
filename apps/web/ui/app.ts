/** The console's state outside the pages: session, language, API client, drafts, outbox, routing. */
import { createApi, type Problem } from "@ishc/client";
import { createDrafts, loginHash } from "./drafts";
import type { Lang } from "./i18n";
import { Outbox, type Queued, type SyncResult } from "./queue";

export type User = { id: string; login: string; displayName: string; role: string; orgUnitId: string };
export type Session = { token: string; user: User };

const SESSION = "ishc.session";
const LANG = "ishc.lang";

const read = <T>(storage: Storage, key: string): T | null => {
  try {
    return JSON.parse(storage.getItem(key) ?? "null") as T | null;
  } catch {
    return null;
  }
};

type Listener = () => void;
const listeners = new Set<Listener>();
export const onChange = (listener: Listener) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const changed = () => {
  for (const listener of listeners) listener();
};

export const state = {
  session: read<Session>(localStorage, SESSION),
  lang: (localStorage.getItem(LANG) === "en" ? "en" : "vi") as Lang,
  /** Why the user is on the sign-in page (an expired token), shown there. */
  expired: false,
};

/** Signing out (not an expired token) also forgets the drafts: office PCs are shared. */
export function signOut() {
  drafts.clearAll();
  setSession(null);
  go("/login");
}

export function setSession(session: Session | null) {
  state.session = session;
  if (session) localStorage.setItem(SESSION, JSON.stringify(session));
  else localStorage.removeItem(SESSION);
  changed();
}

export function setLang(lang: Lang) {
  state.lang = lang;
  localStorage.setItem(LANG, lang);
  document.documentElement.lang = lang;
  changed();
}

/** `#/club/x/import` → ["club", "x", "import"] and its query. */
export function route(): { parts: string[]; query: URLSearchParams; hash: string } {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path = "/", search = ""] = hash.split("?");
  return {
    parts: path.split("/").filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(search),
    hash,
  };
}

export const go = (hash: string) => {
  location.hash = hash;
};

/** Sends the user to sign in, to come back to where they were; drafts stay in sessionStorage. */
export function signInAgain() {
  const { hash, parts } = route();
  if (parts[0] === "login") return;
  state.expired = true;
  setSession(null);
  go(loginHash(hash));
}

export const api = createApi({
  baseUrl: location.origin,
  token: () => state.session?.token,
  onUnauthorized: () => signInAgain(),
});

/** A form's values kept in sessionStorage as they are typed, so signing in again loses nothing. */
export const drafts = createDrafts(sessionStorage, () => state.session?.user.id ?? null);

export const outbox = new Outbox(localStorage);

async function sendQueued(service: Queued["service"], operations: Queued[]): Promise<SyncResult[]> {
  const body = {
    operations: operations.map((op) => ({
      idempotencyKey: op.key,
      method: "post" as const,
      path: op.path,
      body: op.body,
    })),
  };
  const { data, error, response } =
    service === "funds"
      ? await api.funds.POST("/funds/sync", { body })
      : await api.activities.POST("/activities/sync", { body });
  if (error || !data)
    throw Object.assign(new Error(`sync ${response.status}`), { problem: error as Problem });
  return data.results;
}

/** Sends the outbox if the device is online; failures leave it queued for the next try. */
export async function flushOutbox(): Promise<{ sent: number; refused: number } | null> {
  if (!navigator.onLine || !state.session) return null;
  try {
    return await outbox.flush(sendQueued);
  } catch {
    return null;
  }
}

window.addEventListener("online", () => void flushOutbox());
