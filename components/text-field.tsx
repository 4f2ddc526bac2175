import type { InputHTMLAttributes } from "react";
import { FormField, inputClass } from "./form-field";

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "className" | "aria-describedby" | "aria-invalid"
>;

interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A single-line input with its label, hint and error wired up (see FormField). */
export function TextField({ id, label, hint, error, ...input }: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(describedBy, invalid) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
          {...input}
        />
      )}
    </FormField>
  );
}
