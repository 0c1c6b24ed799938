// The club-list baseline: the SQL a page of membership's club list needs (the clubs whose org
// unit lies in the caller's subtree, its path looked up from the caller's unit, ordered by id,
// page size + 1 to know whether there is a next page) in one D1 call, answered as JSON.
//   GET /raw/clubs?org=<org unit id>&limit=50
const SQL = `SELECT c.id, o.code, o.name, o.parent_id, o.path, c.founded_on, c.status, c.status_since
FROM clubs c
INNER JOIN org_units o ON o.id = c.id
WHERE o.path >= (SELECT path FROM org_units WHERE id = ?1)
  AND o.path < (SELECT path FROM org_units WHERE id = ?1) || '~'
ORDER BY c.id
LIMIT ?2`;

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const org = url.searchParams.get("org");
    const limit = Number(url.searchParams.get("limit") ?? 50);
    if (!org || !Number.isInteger(limit) || limit < 1 || limit > 200) {
      return Response.json({ error: "org and a limit of 1..200 are required" }, { status: 400 });
    }
    const { results } = await env.DB.prepare(SQL)
      .bind(org, limit + 1)
      .all();
    const items = results.slice(0, limit);
    return Response.json({ items, nextCursor: results.length > limit ? items[items.length - 1].id : null });
  },
};
