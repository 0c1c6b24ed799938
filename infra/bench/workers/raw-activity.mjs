// The activity-write baseline: what recording a labour-support activity writes, as ONE D1 batch
// and nothing else (no token check, no read, no membership guard): the activity row, one
// participant row per member, an audit row and an idempotency-key row.
//   POST /raw/activity?organiser=<club id>&on=<YYYY-MM-DD>&people=<person id>,<person id>
export default {
  async fetch(request, env) {
    if (request.method !== "POST") return Response.json({ error: "POST only" }, { status: 405 });
    const url = new URL(request.url);
    const organiser = url.searchParams.get("organiser");
    const on = url.searchParams.get("on");
    const people = (url.searchParams.get("people") ?? "").split(",").filter(Boolean);
    if (!organiser || !on || people.length === 0 || people.length > 20)
      return Response.json({ error: "organiser, on and 1..20 people are required" }, { status: 400 });
    const key = request.headers.get("idempotency-key") ?? crypto.randomUUID();
    const now = new Date().toISOString();
    const id = `act_${crypto.randomUUID()}`;
    const answer = JSON.stringify({
      id,
      organiserId: organiser,
      startsOn: on,
      participantsListed: people.length,
    });
    const db = env.DB;
    await db.batch([
      db
        .prepare(
          `INSERT INTO activities (id, organiser_id, organiser_level, area, type_code, catalogue_version, title, starts_on,
             ends_on, place, purpose, people_reached, created_at, created_by)
           VALUES (?1, ?2, 'club', 'self_help', 'labour_support', 2, 'Dọn dẹp sau bão', ?3, ?3, 'Thôn', 'storm', 2, ?4, 'bench')`,
        )
        .bind(id, organiser, on, now),
      db
        .prepare(
          `INSERT INTO activity_participants (activity_id, person_id, club_id, labour_half_days, minutes) VALUES ${people
            .map((_, i) => `(?1, ?${i + 3}, ?2, 2, NULL)`)
            .join(", ")}`,
        )
        .bind(id, organiser, ...people),
      db
        .prepare(
          "INSERT INTO audit_log (id, at, service, action, entity, entity_id, org_unit_id) VALUES (?1, ?2, 'bench', 'create', 'activity', ?3, ?4)",
        )
        .bind(`aud_${crypto.randomUUID()}`, now, id, organiser),
      db
        .prepare(
          "INSERT INTO idempotency_keys (user_id, key, service, request_hash, response_status, response_body, created_at) VALUES ('bench', ?1, 'bench', '', 201, ?2, ?3)",
        )
        .bind(key, answer, now),
    ]);
    return new Response(answer, { status: 201, headers: { "content-type": "application/json" } });
  },
};
