/**
 * Form drafts and the way back after signing in again. A draft is saved as it is typed, under
 * its page's route, with the account that typed it; an expired token sends the user to
 * `#/login?next=<the page>`, and signing in as the same account brings the page back with its
 * draft. Another account signing in on a shared PC does not get it.
 */
export type Store = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

const PREFIX = "ishc.draft.";

type Saved<T> = { owner: string; values: T };

export function createDrafts(store: Store, owner: () => string | null) {
  return {
    get<T>(key: string): T | null {
      try {
        const saved = JSON.parse(store.getItem(PREFIX + key) ?? "null") as Saved<T> | null;
        return saved && saved.owner === owner() ? saved.values : null;
      } catch {
        return null;
      }
    },
    set(key: string, values: unknown) {
      const who = owner();
      if (who) store.setItem(PREFIX + key, JSON.stringify({ owner: who, values }));
    },
    clear(key: string) {
      store.removeItem(PREFIX + key);
    },
    /** On signing out: nothing typed stays on a shared PC. */
    clearAll() {
      const keys: string[] = [];
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        if (key?.startsWith(PREFIX)) keys.push(key);
      }
      for (const key of keys) store.removeItem(key);
    },
  };
}

/** Where an expired token sends the user from the page at `hash` (`/club/x/member`). */
export const loginHash = (hash: string): string =>
  hash.startsWith("/login") ? hash : `/login?next=${encodeURIComponent(hash)}`;

/** Where signing in leads: the page in `next` when it is one of the console's, else home. */
export function nextAfterLogin(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/login")) return "/";
  return next;
}
