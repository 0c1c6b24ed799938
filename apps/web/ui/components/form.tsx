/**
 * A form's state and its one way of sending: the values kept as a draft while typed, the errors
 * by field (the form's own checks, then the service's in the user's language), the problem, a
 * line saying what was done, and busy while a write is under way. A write sent once (sendOnce)
 * keeps its Idempotency-Key in the draft until the service answers (ui/retry.ts); when no answer
 * came, the form offers to queue it.
 */
import type { Problem } from "@ishc/client";
import { useState } from "preact/hooks";
import { state } from "../app";
import { fieldMessages } from "../problems";
import { keyFor, type PendingSend, settled } from "../retry";
import { useDraft } from "./hooks";
import { Failure } from "./status";
import { t } from "./t";

type Answer<D> = { data?: D; error?: unknown; response: Response };
type Sent<D> = { data?: D; problem?: Problem };
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

export const NETWORK: Problem = { type: "", title: "", status: 0, code: "NETWORK" };

export function useForm<T extends object>(draftKey: string, initial: T) {
  const [values, set, reset] = useDraft<T>(draftKey, initial);
  // The key kept for a write sent once lives in the draft beside the values, so it outlives signing in again.
  const kept = (values as { pending?: PendingSend | null }).pending;
  const keep = (pending: PendingSend | null) => set({ pending } as unknown as Partial<T>);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [lost, setLost] = useState(false);

  async function sendWith<D>(
    pending: PendingSend | null,
    request: (idempotencyKey: string | undefined) => Promise<Answer<D>>,
  ): Promise<Sent<D>> {
    if (pending) keep(pending);
    setBusy(true);
    let answer: Answer<D> | null = null;
    try {
      answer = await request(pending?.key);
    } catch {
      answer = null;
    } finally {
      setBusy(false);
    }
    const status = answer?.response.status ?? 0;
    if (pending && settled(status)) keep(null);
    if (pending && !settled(status) && status !== 401) setLost(true);
    if (answer && answer.data !== undefined) return { data: answer.data };
    const refused = (answer?.error as Problem | undefined) ?? NETWORK;
    setErrors(fieldMessages(state.lang, refused));
    setProblem(refused);
    return { problem: refused };
  }

  /** Text input's props bound to a value of the form: its id, value, error and typing. */
  const text = (name: TextKey<T>) => ({
    id: name,
    value: values[name] as string,
    error: errors[name],
    onInput: (value: string) => set({ [name]: value } as Partial<T>),
  });

  return {
    values,
    set,
    errors,
    setErrors,
    problem,
    note,
    setNote,
    busy,
    lost,
    text,
    /** A day typed dd/mm/yyyy. */
    date: (name: TextKey<T>) => ({ ...text(name), inputmode: "numeric" as const, placeholder: "dd/mm/yyyy" }),
    /** A select's props bound to a value of the form. */
    choice: (name: TextKey<T>) => {
      const { onInput, ...rest } = text(name);
      return { ...rest, onChange: onInput };
    },
    /** Starts a submit with the form's own errors: the last outcome cleared; true when there are none. */
    start(local: Record<string, string>): boolean {
      setNote(null);
      setProblem(null);
      setLost(false);
      setErrors(local);
      return Object.keys(local).length === 0;
    },
    /** Sends a write; busy meanwhile. A refusal's errors go under their fields, no answer is NETWORK. */
    send: <D,>(request: () => Promise<Answer<D>>) => sendWith(null, request),
    /** Sends `body` with the Idempotency-Key kept for it until an answer comes. */
    sendOnce: <D,>(body: unknown, request: (idempotencyKey: string) => Promise<Answer<D>>) =>
      sendWith(keyFor(kept, body), (key) => request(key ?? "")),
    /** The key `body` goes with when queued instead: the one kept for it, if any. */
    keyOf: (body: unknown) => keyFor(kept, body).key,
    /** Done: the draft forgotten, the outcome cleared, `message` said. */
    done(message?: string) {
      reset();
      setErrors({});
      setProblem(null);
      setLost(false);
      setNote(message ?? null);
    },
  };
}

export type Form = ReturnType<typeof useForm>;

/**
 * Under the form: how many fields need fixing, or the problem; when the answer never came, the
 * offer to queue the write (`onQueue`); and what was done.
 */
export function FormOutcome({
  form,
  onQueue,
}: {
  form: Pick<Form, "errors" | "problem" | "lost" | "note">;
  onQueue?: () => void;
}) {
  const n = Object.keys(form.errors).length;
  return (
    <>
      {n > 0 ? (
        <p class="alert" role="alert">
          {t("fixFields", { n })}
        </p>
      ) : form.problem && !(form.lost && onQueue) ? (
        <Failure problem={form.problem} />
      ) : null}
      {form.lost && onQueue ? (
        <div class="alert" role="alert">
          <p>{t("sendFailed")}</p>
          <button type="button" class="secondary" onClick={onQueue}>
            {t("queueIt")}
          </button>
        </div>
      ) : null}
      {form.note ? (
        <p class="notice" role="status">
          {form.note}
        </p>
      ) : null}
    </>
  );
}
