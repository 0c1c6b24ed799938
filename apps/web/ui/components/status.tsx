/** Loading and failure lines. */
import type { Problem } from "@ishc/client";
import { t } from "./t";

export const Loading = () => <p role="status">{t("loading")}</p>;
export const Failure = ({ problem }: { problem?: Problem }) =>
  problem ? (
    <p class="alert" role="alert">
      {t("error", { m: problem.detail ?? problem.title })}
    </p>
  ) : null;
