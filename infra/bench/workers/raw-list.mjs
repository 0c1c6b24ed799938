// The list baseline: the SQL a club-member list page needs (membership's listMembers: the
// members of a club as of a date, people joined in, ordered by membership id, page size + 1
// to know whether there is a next page) in one D1 call, answered as JSON.
//   GET /raw/members?club=<club id>&asOf=<YYYY-MM-DD>&limit=50
const SQL = `SELECT
  m.id AS membership_id, m.person_id, m.club_id, m.joined_on, m.left_on, m.leave_reason,
  p.id, p.org_unit_id, p.full_name, p.name_search, p.sex, p.birth_date, p.birth_year, p.ethnicity,
  p.poverty_status, p.poverty_certified_year, p.lives_alone, p.phone, p.created_at
FROM memberships m
INNER JOIN people p ON p.id = m.person_id
WHERE m.club_id = ? AND m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on > ?)
ORDER BY m.id
LIMIT ?`;

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const club = url.searchParams.get("club");
    const asOf = url.searchParams.get("asOf");
    const limit = Number(url.searchParams.get("limit") ?? 50);
    if (!club || !asOf || !Number.isInteger(limit) || limit < 1 || limit > 200) {
      return Response.json({ error: "club, asOf and a limit of 1..200 are required" }, { status: 400 });
    }
    const { results } = await env.DB.prepare(SQL)
      .bind(club, asOf, asOf, limit + 1)
      .all();
    const items = results.slice(0, limit);
    return Response.json({
      items,
      nextCursor: results.length > limit ? items[items.length - 1].membership_id : null,
    });
  },
};
