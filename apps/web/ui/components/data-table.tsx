/** A table of rows under its column headings, with its loading and failure above and its empty line below. */
import type { ComponentChildren } from "preact";
import { ScrollTable } from "./scroll-table";
import { type Loaded, LoadState } from "./status";

/** A column heading: `num` for figures (right-aligned), `hideNarrow` off on a phone, `unseen` for screen readers only. */
export type Column = { label: string; num?: boolean; hideNarrow?: boolean; unseen?: boolean };

const classOf = (column: Column) =>
  [column.num ? "num" : "", column.hideNarrow ? "hide-narrow" : ""].filter(Boolean).join(" ") || undefined;

export const TableHead = ({ columns }: { columns: readonly Column[] }) => (
  <thead>
    <tr>
      {columns.map((column, i) => (
        <th key={i} scope="col" class={classOf(column)}>
          {column.unseen ? <span class="skip">{column.label}</span> : column.label}
        </th>
      ))}
    </tr>
  </thead>
);

export function DataTable<T>(props: {
  label: string;
  columns: readonly Column[];
  rows: readonly T[];
  children: (row: T, index: number) => ComponentChildren;
  /** The load the rows come from: "Loading…" or its problem above the table. */
  load?: Loaded;
  /** Said under the table when there are no rows (once loaded). */
  empty?: string;
  foot?: ComponentChildren;
}) {
  return (
    <>
      {props.load ? <LoadState of={props.load} /> : null}
      <ScrollTable label={props.label}>
        <table>
          <TableHead columns={props.columns} />
          <tbody>{props.rows.map(props.children)}</tbody>
          {props.foot ? <tfoot>{props.foot}</tfoot> : null}
        </table>
      </ScrollTable>
      {props.empty && !props.load?.loading && props.rows.length === 0 ? <p>{props.empty}</p> : null}
    </>
  );
}
