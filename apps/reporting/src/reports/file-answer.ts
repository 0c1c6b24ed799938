/**
 * A route that answers a file (CSV, XLSX, HTML) instead of JSON: the kit
 * shapes every answer as JSON, so the handler throws the file's Response and
 * the service's error handler (index.ts) hands it out as it is.
 */
export class FileAnswer extends Error {
  constructor(readonly response: Response) {
    super("file answer");
    this.name = "FileAnswer";
  }
}

export function fileAnswer(body: BodyInit, contentType: string, filename?: string): FileAnswer {
  const headers: Record<string, string> = { "content-type": contentType, "cache-control": "no-store" };
  if (filename) headers["content-disposition"] = `attachment; filename="${filename}"`;
  return new FileAnswer(new Response(body, { status: 200, headers }));
}
