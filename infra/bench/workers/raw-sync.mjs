// The sync baseline: what a phone's batch of loan repayments writes, every operation's rows in
// ONE D1 batch and nothing else (no token check, no reads, no allocation): each loan's owed and
// version moved, the repayment rows, their journal entries and lines, the fund's cash, audit rows
// and idempotency-key rows. Multi-row inserts are chunked to D1's 100 bound parameters.
//   POST /raw/sync?club=<club id>&paidOn=<YYYY-MM-DD>   body: {"loans": ["lon_…", …]}  (1,000 đồng each)
const AMOUNT = 1000;
const MAX_PARAMS = 100;

/** INSERT statements for `rows` (arrays of values for `columns`), each within the parameter limit. */
function insertRows(db, table, columns, rows) {
  const per = Math.floor(MAX_PARAMS / columns.length);
  const statements = [];
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const tuple = `(${columns.map(() => "?").join(", ")})`;
    statements.push(
      db
        .prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${chunk.map(() => tuple).join(", ")}`)
        .bind(...chunk.flat()),
    );
  }
  return statements;
}

export default {
  async fetch(request, env) {
    if (request.method !== "POST") return Response.json({ error: "POST only" }, { status: 405 });
    const url = new URL(request.url);
    const club = url.searchParams.get("club");
    const paidOn = url.searchParams.get("paidOn");
    const { loans } = await request.json();
    if (!club || !paidOn || !Array.isArray(loans) || loans.length === 0 || loans.length > MAX_PARAMS)
      return Response.json({ error: "club, paidOn and 1..100 loans are required" }, { status: 400 });
    const now = new Date().toISOString();
    const allocations = JSON.stringify([{ number: 1, principal: AMOUNT, interest: 0 }]);
    const ops = loans.map((loan) => ({
      loan,
      repayment: `rep_${crypto.randomUUID()}`,
      entry: `jnl_${crypto.randomUUID()}`,
      key: request.headers.get("idempotency-key")
        ? `${request.headers.get("idempotency-key")}-${loan}`
        : crypto.randomUUID(),
    }));
    const db = env.DB;
    const results = ops.map((op) => ({ idempotencyKey: op.key, status: 201, id: op.repayment }));
    await db.batch([
      db
        .prepare(
          `UPDATE loans SET owed = owed - ${AMOUNT}, version = version + 1 WHERE id IN (${loans.map(() => "?").join(", ")})`,
        )
        .bind(...loans),
      ...insertRows(
        db,
        "loan_repayments",
        [
          "id",
          "loan_id",
          "club_id",
          "entry_id",
          "paid_on",
          "amount",
          "principal",
          "interest",
          "allocations",
          "created_at",
        ],
        ops.map((op) => [op.repayment, op.loan, club, op.entry, paidOn, AMOUNT, AMOUNT, 0, allocations, now]),
      ),
      ...insertRows(
        db,
        "journal_entries",
        ["id", "club_id", "kind", "on_date", "loan_id", "created_at", "created_by"],
        ops.map((op) => [op.entry, club, "repayment_received", paidOn, op.loan, now, "bench"]),
      ),
      ...insertRows(
        db,
        "journal_lines",
        ["entry_id", "line_no", "club_id", "account", "side", "amount"],
        ops.flatMap((op) => [
          [op.entry, 1, club, "revolving.cash", "debit", AMOUNT],
          [op.entry, 2, club, "revolving.loans_receivable", "credit", AMOUNT],
        ]),
      ),
      db
        .prepare(
          "INSERT INTO fund_balances (club_id, fund, cash) VALUES (?1, 'revolving', 0) ON CONFLICT DO NOTHING",
        )
        .bind(club),
      db
        .prepare("UPDATE fund_balances SET cash = cash + ?1 WHERE club_id = ?2 AND fund = 'revolving'")
        .bind(AMOUNT * ops.length, club),
      ...insertRows(
        db,
        "audit_log",
        ["id", "at", "service", "action", "entity", "entity_id", "org_unit_id"],
        ops.map((op) => [
          `aud_${crypto.randomUUID()}`,
          now,
          "bench",
          "record_repayment",
          "loan",
          op.loan,
          club,
        ]),
      ),
      ...insertRows(
        db,
        "idempotency_keys",
        ["user_id", "key", "service", "request_hash", "response_status", "response_body", "created_at"],
        ops.map((op) => [
          "bench",
          op.key,
          "bench",
          "",
          201,
          JSON.stringify({ id: op.repayment, amount: AMOUNT }),
          now,
        ]),
      ),
    ]);
    return Response.json({ applied: ops.length, refused: 0, results }, { status: 200 });
  },
};
