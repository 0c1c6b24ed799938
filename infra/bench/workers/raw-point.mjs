// The point-read baseline: one D1 statement, `SELECT … FROM people WHERE id = ?`, answered as JSON.
//   GET /raw/person?id=<person id>
export default {
  async fetch(request, env) {
    const id = new URL(request.url).searchParams.get("id");
    if (!id) return Response.json({ error: "id is required" }, { status: 400 });
    const person = await env.DB.prepare("SELECT * FROM people WHERE id = ?").bind(id).first();
    if (!person) return Response.json({ error: "not found" }, { status: 404 });
    return Response.json(person);
  },
};
