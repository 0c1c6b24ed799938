/**
 * One loan: its schedule (each instalment's due day, what was due, paid and is still owed, and
 * whether it is late), its repayments, and recording a repayment through the device's queue.
 */
import { useEffect, useState } from "preact/hooks";
import { api, outbox } from "../app";
import { DataTable } from "../components/data-table";
import { useLoad } from "../components/hooks";
import { Failure, Loading } from "../components/status";
import { t } from "../components/t";
import { showDate, showMoney, todayInVietnam } from "../format";
import type { Key } from "../i18n";
import { scheduleRows, scheduleTotals } from "../schedule";
import { LOAN_STATUS, Repayment } from "./funds";

export function Loan({ loanId }: { loanId: string }) {
  const loan = useLoad(`loan:${loanId}`, () =>
    api.funds.GET("/funds/loans/{id}", { params: { path: { id: loanId } } }),
  );
  const [queued, setQueued] = useState(false);
  // When the queue sends this loan's repayment, the schedule is read again.
  useEffect(() => {
    let pending = outbox.pending().length;
    return outbox.subscribe(() => {
      const now = outbox.pending().length;
      if (now < pending) loan.reload();
      pending = now;
    });
  }, []);
  if (loan.loading && !loan.data) return <Loading />;
  if (!loan.data) return <Failure problem={loan.error} />;
  const l = loan.data;
  const rows = scheduleRows(l.instalments, todayInVietnam());
  const totals = scheduleTotals(rows);
  return (
    <section aria-labelledby="loan-title">
      <h1 id="loan-title">{t("loanOf", { name: l.borrowerName })}</h1>
      <div class="cards">
        <div class="card">
          <div>{t("principal")}</div>
          <div class="big">{showMoney(l.principal)}</div>
          <div>
            {t("termMonths")}: {t("monthsN", { n: l.termMonths })} · {t("monthlyRate")}:{" "}
            {(l.monthlyRateBp / 100).toString().replace(".", ",")}&nbsp;%
          </div>
        </div>
        <div class="card">
          <div>{t("owed")}</div>
          <div class="big" data-testid="loan-owed">
            {showMoney(l.owed)}
          </div>
          <div>
            {t("status")}: {t(LOAN_STATUS[l.status] ?? "status")}
            {l.disbursedOn ? ` · ${t("disbursedOn")}: ${showDate(l.disbursedOn)}` : ""}
          </div>
        </div>
        <div class="card">
          <div>{t("inst_late")}</div>
          <div class={`big ${totals.late > 0 ? "unmet" : "met"}`}>{showMoney(totals.late)}</div>
          <div>
            {totals.lateCount > 0
              ? t("lateSummary", { m: showMoney(totals.late), n: totals.lateCount })
              : t("noLate")}
          </div>
        </div>
      </div>
      {l.status === "active" ? (
        <div class="panel">
          <h2>{t("recordRepayment")}</h2>
          <Repayment loanId={l.id} borrower={l.borrowerName} onQueued={() => setQueued(true)} />
          {queued ? (
            <p class="notice" role="status">
              {t("queued")}
            </p>
          ) : null}
        </div>
      ) : null}
      <h2>{t("schedule")}</h2>
      <DataTable
        label={t("schedule")}
        columns={[
          { label: t("instalment") },
          { label: t("dueOn") },
          { label: t("due"), num: true },
          { label: t("paid"), num: true },
          { label: t("owed"), num: true },
          { label: t("status") },
        ]}
        rows={rows}
        foot={
          <tr>
            <th scope="row" colSpan={2}>
              {t("total")}
            </th>
            <td class="num">{showMoney(totals.due)}</td>
            <td class="num">{showMoney(totals.paid)}</td>
            <td class="num">{showMoney(totals.owed)}</td>
            <td />
          </tr>
        }
      >
        {(row) => (
          <tr key={row.number} class={row.state === "late" ? "bad" : undefined} data-instalment={row.number}>
            <th scope="row">{row.number}</th>
            <td>{showDate(row.dueOn)}</td>
            <td class="num">{showMoney(row.due)}</td>
            <td class="num">{showMoney(row.paid)}</td>
            <td class="num">{showMoney(row.owed)}</td>
            <td>
              <span class={`tag ${row.state}`}>{t(`inst_${row.state}` as Key)}</span>
            </td>
          </tr>
        )}
      </DataTable>
      {l.repayments.length > 0 ? (
        <>
          <h2>{t("repayments")}</h2>
          <DataTable
            label={t("repayments")}
            columns={[
              { label: t("paidOn") },
              { label: t("amount"), num: true },
              { label: t("principal"), num: true },
              { label: t("interest"), num: true },
            ]}
            rows={l.repayments}
          >
            {(r) => (
              <tr key={r.id}>
                <td>{showDate(r.paidOn)}</td>
                <td class="num">{showMoney(r.amount)}</td>
                <td class="num">{showMoney(r.principal)}</td>
                <td class="num">{showMoney(r.interest)}</td>
              </tr>
            )}
          </DataTable>
        </>
      ) : null}
    </section>
  );
}
