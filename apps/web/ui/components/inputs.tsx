/** The form's inputs: a labelled text input, select and checkbox, each with its error beside it. */
import type { ComponentChildren } from "preact";

/** What ties an input to its error: marked invalid and described by the error's line. */
export const invalidProps = (id: string, error: string | undefined) => ({
  "aria-invalid": error ? ("true" as const) : undefined,
  "aria-describedby": error ? `${id}-error` : undefined,
});

/** An input's error, under it (see invalidProps). */
export const FieldError = ({ id, error }: { id: string; error?: string | undefined }) =>
  error ? (
    <p class="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;

function Labelled(props: {
  id: string;
  label: string;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      {props.children}
      <FieldError id={props.id} error={props.error} />
    </div>
  );
}

export function Field(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  type?: "text" | "password" | "search";
  autocomplete?: string;
  inputmode?: "numeric" | "text" | "decimal";
  placeholder?: string;
  required?: boolean;
}) {
  return (
    <Labelled id={props.id} label={props.label} error={props.error}>
      <input
        id={props.id}
        name={props.id}
        {...({ type: props.type ?? "text" } as object)}
        value={props.value}
        autocomplete={props.autocomplete}
        inputMode={props.inputmode}
        placeholder={props.placeholder}
        required={props.required}
        {...invalidProps(props.id, props.error)}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
      />
    </Labelled>
  );
}

export function Select(props: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
  placeholder?: string;
}) {
  return (
    <Labelled id={props.id} label={props.label} error={props.error}>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        {...invalidProps(props.id, props.error)}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function Check(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}) {
  return (
    <div class="check">
      <input
        type="checkbox"
        id={props.id}
        name={props.id}
        checked={props.checked}
        {...invalidProps(props.id, props.error)}
        onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)}
      />{" "}
      <label for={props.id}>{props.label}</label>
      <FieldError id={props.id} error={props.error} />
    </div>
  );
}
