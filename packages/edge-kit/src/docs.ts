type Operation = { summary?: string; tags?: string[]; security?: unknown[] };
type OpenApiDocument = {
  info: { title: string; version: string; description?: string };
  paths?: object;
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * A self-contained docs page (no CDN, so it works offline and adds nothing to
 * the bundle): every operation grouped by tag, linking to the full document.
 */
export function renderDocsPage(doc: OpenApiDocument, openApiPath: string): string {
  const byTag = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations as Record<string, Operation>)) {
      const tag = operation.tags?.[0] ?? "other";
      const lock = operation.security && operation.security.length > 0 ? " 🔒" : "";
      const row = `<tr><td class="m ${method}">${method.toUpperCase()}</td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(operation.summary ?? "")}${lock}</td></tr>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), row]);
    }
  }
  const sections = [...byTag.entries()]
    .map(([tag, rows]) => `<h2>${escapeHtml(tag)}</h2><table>${rows.join("")}</table>`)
    .join("");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(doc.info.title)}</title><style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}td{padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
.m{font-weight:600;width:4.5rem}.get{color:#0a6}.post{color:#06c}.patch,.put{color:#a60}.delete{color:#c00}
</style></head><body><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? "")}</p>
<p>Machine-readable contract: <a href="${escapeHtml(openApiPath)}">${escapeHtml(openApiPath)}</a> (OpenAPI 3.1). 🔒 needs <code>Authorization: Bearer &lt;token&gt;</code> from <code>POST /membership/auth/login</code>.</p>
${sections}</body></html>`;
}
