/** Hooks the pages share: re-rendering on app changes, loading once per key, form drafts. */
import type { Problem } from "@ishc/client";
import { useEffect, useState } from "preact/hooks";
import { drafts, onChange, outbox } from "../app";

/** Re-renders on session, language, outbox and route changes. */
export function useAppState() {
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
export function useLoad<T>(key: string, load: () => Promise<{ data?: T; error?: unknown }>) {
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
export function useDraft<T extends object>(key: string, initial: T) {
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
