/** Loading and failure lines, problems in the user's language. */
import type { Problem } from "@ishc/client";
import { state } from "../app";
import { problemTitle } from "../problems";
import { t } from "./t";

export const Loading = () => <p role="status">{t("loading")}</p>;

/** A problem's code in the user's words; in English the service's detail follows. */
export const Failure = ({ problem }: { problem?: Problem | null | undefined }) =>
  problem ? (
    <p class="alert" role="alert">
      {problemTitle(state.lang, problem)}
      {state.lang === "en" && problem.detail ? ` (${problem.detail})` : null}
    </p>
  ) : null;

/** What a load is showing (see useLoad). */
export type Loaded = { loading: boolean; error?: Problem | undefined };

/** "Loading…" while it loads, then its problem if it failed. */
export const LoadState = ({ of }: { of: Loaded }) =>
  of.loading ? <Loading /> : <Failure problem={of.error} />;

/** Shown instead of a person-level page to a viewer account. */
export const NotForViewer = () => <p class="notice">{t("notForViewer")}</p>;
