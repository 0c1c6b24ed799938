/** A page loaded on demand (its own chunk), with "Loading…" meanwhile and a problem if it cannot come. */
import type { FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { Failure, Loading } from "./status";

export function lazy<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  return (props: P) => {
    const [page, setPage] = useState<{ Page: FunctionComponent<P> } | null>(loaded ? { Page: loaded } : null);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (page) return;
      load()
        .then((Page) => {
          loaded = Page;
          setPage({ Page });
        })
        .catch(() => setFailed(true));
    }, []);
    if (failed) return <Failure problem={{ type: "", title: "", status: 0, code: "NETWORK" }} />;
    if (!page) return <Loading />;
    return <page.Page {...props} />;
  };
}
