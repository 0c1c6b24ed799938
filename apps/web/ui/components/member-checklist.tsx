/** A club's members to tick, in a fieldset, narrowed by a name typed with or without diacritics. */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { matches } from "../format";
import { Field } from "./inputs";
import { type Loaded, LoadState } from "./status";
import { t } from "./t";

type Member = { person: { id: string; fullName: string } };

export function MemberChecklist<M extends Member>(props: {
  legend: string;
  filterId: string;
  error?: string | undefined;
  members: Loaded & { data?: { items: M[] } | undefined };
  /** A member's item of the list (an `<li>`). */
  children: (member: M) => ComponentChildren;
}) {
  const [filter, setFilter] = useState("");
  const shown = (props.members.data?.items ?? []).filter((m) => matches(m.person.fullName, filter));
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.error ? <p class="field-error">{props.error}</p> : null}
      <Field
        id={props.filterId}
        label={t("filterMembers")}
        value={filter}
        onInput={setFilter}
        type="search"
      />
      <LoadState of={props.members} />
      <ul class="plain">{shown.map(props.children)}</ul>
    </fieldset>
  );
}
