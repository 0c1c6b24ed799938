/** The outbox, always visible while it holds anything. */
import { useState } from "preact/hooks";
import { flushOutbox, outbox } from "../app";
import { t } from "./t";

export function Queue() {
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
