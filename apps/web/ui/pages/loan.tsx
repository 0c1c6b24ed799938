/**
 * One loan: its schedule (each instalment's due day, what was due, paid and is still owed, and
 * whether it is late), its repayments, and recording a repayment through the device's queue.
 */
import { useEffect, useState } from "preact/hooks";
import { api, outbox } from "../app";
import { useLoad } from "../components/hooks";
import { ScrollTable } from "../components/scroll-table";
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
      <ScrollTable label={t("schedule")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("instalment")}</th>
              <th scope="col">{t("dueOn")}</th>
              <th scope="col" class="num">
                {t("due")}
              </th>
              <th scope="col" class="num">
                {t("paid")}
              </th>
              <th scope="col" class="num">
                {t("owed")}
              </th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.number}
                class={row.state === "late" ? "bad" : undefined}
                data-instalment={row.number}
              >
                <th scope="row">{row.number}</th>
                <td>{showDate(row.dueOn)}</td>
                <td class="num">{showMoney(row.due)}</td>
                <td class="num">{showMoney(row.paid)}</td>
                <td class="num">{showMoney(row.owed)}</td>
                <td>
                  <span class={`tag ${row.state}`}>{t(`inst_${row.state}` as Key)}</span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t("total")}
              </th>
              <td class="num">{showMoney(totals.due)}</td>
              <td class="num">{showMoney(totals.paid)}</td>
              <td class="num">{showMoney(totals.owed)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
      {l.repayments.length > 0 ? (
        <>
          <h2>{t("repayments")}</h2>
          <ScrollTable label={t("repayments")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("paidOn")}</th>
                  <th scope="col" class="num">
                    {t("amount")}
                  </th>
                  <th scope="col" class="num">
                    {t("principal")}
                  </th>
                  <th scope="col" class="num">
                    {t("interest")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {l.repayments.map((r) => (
                  <tr key={r.id}>
                    <td>{showDate(r.paidOn)}</td>
                    <td class="num">{showMoney(r.amount)}</td>
                    <td class="num">{showMoney(r.principal)}</td>
                    <td class="num">{showMoney(r.interest)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      ) : null}
    </section>
  );
}
