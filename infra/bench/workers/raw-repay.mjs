// The write baseline: what a loan repayment writes, as ONE D1 batch and nothing else (no token
// check, no read, no allocation): the loan's owed and version moved, the repayment row, its
// journal entry and two lines, the fund's cash, an audit row and an idempotency-key row.
//   POST /raw/repay?loan=<loan id>&club=<club id>&paidOn=<YYYY-MM-DD>   (amount: 1,000 đồng)
const AMOUNT = 1000;

export default {
  async fetch(request, env) {
    if (request.method !== "POST") return Response.json({ error: "POST only" }, { status: 405 });
    const url = new URL(request.url);
    const loan = url.searchParams.get("loan");
    const club = url.searchParams.get("club");
    const paidOn = url.searchParams.get("paidOn");
    if (!loan || !club || !paidOn)
      return Response.json({ error: "loan, club and paidOn are required" }, { status: 400 });
    const key = request.headers.get("idempotency-key") ?? crypto.randomUUID();
    const now = new Date().toISOString();
    const repayment = `rep_${crypto.randomUUID()}`;
    const entry = `jnl_${crypto.randomUUID()}`;
    const allocations = JSON.stringify([{ number: 1, principal: AMOUNT, interest: 0 }]);
    const answer = JSON.stringify({ id: repayment, loanId: loan, entryId: entry, amount: AMOUNT });
    const db = env.DB;
    await db.batch([
      db.prepare("UPDATE loans SET owed = owed - ?1, version = version + 1 WHERE id = ?2").bind(AMOUNT, loan),
      db
        .prepare(
          "INSERT INTO loan_repayments (id, loan_id, club_id, entry_id, paid_on, amount, principal, interest, allocations, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, 0, ?7, ?8)",
        )
        .bind(repayment, loan, club, entry, paidOn, AMOUNT, allocations, now),
      db
        .prepare(
          "INSERT INTO journal_entries (id, club_id, kind, on_date, loan_id, created_at, created_by) VALUES (?1, ?2, 'repayment_received', ?3, ?4, ?5, 'bench')",
        )
        .bind(entry, club, paidOn, loan, now),
      db
        .prepare(
          "INSERT INTO journal_lines (entry_id, line_no, club_id, account, side, amount) VALUES (?1, 1, ?2, 'revolving.cash', 'debit', ?3), (?1, 2, ?2, 'revolving.loans_receivable', 'credit', ?3)",
        )
        .bind(entry, club, AMOUNT),
      db
        .prepare(
          "INSERT INTO fund_balances (club_id, fund, cash) VALUES (?1, 'revolving', 0) ON CONFLICT DO NOTHING",
        )
        .bind(club),
      db
        .prepare("UPDATE fund_balances SET cash = cash + ?1 WHERE club_id = ?2 AND fund = 'revolving'")
        .bind(AMOUNT, club),
      db
        .prepare(
          "INSERT INTO audit_log (id, at, service, action, entity, entity_id, org_unit_id) VALUES (?1, ?2, 'bench', 'record_repayment', 'loan', ?3, ?4)",
        )
        .bind(`aud_${crypto.randomUUID()}`, now, loan, club),
      db
        .prepare(
          "INSERT INTO idempotency_keys (user_id, key, service, request_hash, response_status, response_body, created_at) VALUES ('bench', ?1, 'bench', '', 201, ?2, ?3)",
        )
        .bind(key, answer, now),
    ]);
    return new Response(answer, { status: 201, headers: { "content-type": "application/json" } });
  },
};
