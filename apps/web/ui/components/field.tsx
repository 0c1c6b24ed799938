/** A labelled text input with its error beside it. */

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
  const errorId = `${props.id}-error`;
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        {...({ type: props.type ?? "text" } as object)}
        value={props.value}
        autocomplete={props.autocomplete}
        inputMode={props.inputmode}
        placeholder={props.placeholder}
        required={props.required}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
      />
      {props.error ? (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
