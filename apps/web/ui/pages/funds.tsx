/** Funds and loans, with repayments queued on the device. */
import { useEffect, useRef, useState } from "preact/hooks";
import { api, flushOutbox, outbox } from "../app";
import { DataTable } from "../components/data-table";
import { useForm } from "../components/form";
import { useLoad } from "../components/hooks";
import { Field } from "../components/inputs";
import { LoadState } from "../components/status";
import { t } from "../components/t";
import { parseDate, parseMoney, showDate, showMoney, todayInVietnam } from "../format";
import type { Key } from "../i18n";

export const LOAN_STATUS: Record<string, Key> = {
  active: "loanActive",
  closed: "loanClosed",
  applied: "loanApplied",
  approved: "loanApproved",
  written_off: "loanWrittenOff",
};

export function Repayment({
  loanId,
  borrower,
  onQueued,
}: {
  loanId: string;
  borrower: string;
  onQueued: () => void;
}) {
  const form = useForm(`repayment:${loanId}`, { amount: "", paidOn: showDate(todayInVietnam()) });
  const submit = async (e: Event) => {
    e.preventDefault();
    const amount = parseMoney(form.values.amount);
    const paidOn = parseDate(form.values.paidOn);
    const local: Record<string, string> = {};
    if (!amount) local.amount = t("badAmount");
    if (!paidOn) local.paidOn = t("badDate");
    if (!form.start(local) || !amount || !paidOn) return;
    // The Idempotency-Key is made now, once: every later send of this repayment reuses it.
    outbox.add({
      service: "funds",
      path: `/loans/${loanId}/repayments`,
      body: { amount, paidOn },
      label: `${t("recordRepayment")}: ${showMoney(amount)} — ${borrower} (${showDate(paidOn)})`,
    });
    form.done();
    onQueued();
    await flushOutbox();
  };
  return (
    <form onSubmit={submit} class="row" aria-label={`${t("recordRepayment")} — ${borrower}`}>
      <Field label={t("amount")} {...form.text("amount")} id={`amount-${loanId}`} inputmode="numeric" />
      <Field label={t("paidOn")} {...form.text("paidOn")} id={`paidOn-${loanId}`} inputmode="numeric" />
      <p>
        <button type="submit">{t("recordRepayment")}</button>
      </p>
    </form>
  );
}

export function Funds({ id }: { id: string }) {
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
      <LoadState of={balances} />
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
      <DataTable
        label={t("loans")}
        columns={[
          { label: t("borrower") },
          { label: t("principal"), num: true },
          { label: t("owed"), num: true },
          { label: t("disbursedOn"), hideNarrow: true },
          { label: t("status") },
          { label: t("recordRepayment"), unseen: true },
        ]}
        rows={items}
        load={loans}
      >
        {(loan) => [
          <tr key={loan.id} data-loan={loan.id}>
            <td>
              <a href={`#/loan/${loan.id}`}>{loan.borrowerName}</a>
            </td>
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
        ]}
      </DataTable>
    </section>
  );
}
