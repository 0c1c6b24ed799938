/** The current language's words. */
import { state } from "../app";
import { type Key, translate } from "../i18n";

export const t = (key: Key, vars?: Record<string, string | number>) => translate(state.lang, key, vars);
