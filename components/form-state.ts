/**
 * What an account form's server action answers. `attempt` counts the answers, so that each
 * failed try announces its errors afresh; passwords are never among the `values`.
 */
export interface FormState<Field extends string> {
  status: "editing" | "invalid" | "done";
  attempt: number;
  values: Partial<Record<Field, string>>;
  fieldErrors: Partial<Record<Field, string>>;
  formError?: string;
}

export function initialFormState<Field extends string>(
  values: Partial<Record<Field, string>> = {},
): FormState<Field> {
  return { status: "editing", attempt: 0, values, fieldErrors: {} };
}

/** The named text fields of a form; anything missing or not text reads as "". */
export function readTextFields<Field extends string>(
  formData: FormData,
  fields: readonly Field[],
): Record<Field, string> {
  const values = {} as Record<Field, string>;
  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  return values;
}

/** The first message for each field from a schema's issues. */
export function fieldErrorsFrom<Field extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const field = issue.path[0] as Field;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The answer to a form that was refused: what was typed is kept, the errors say why. */
export function refused<Field extends string>(
  previous: FormState<Field>,
  values: Partial<Record<Field, string>>,
  problems: { fieldErrors?: Partial<Record<Field, string>>; formError?: string },
): FormState<Field> {
  return {
    status: "invalid",
    attempt: previous.attempt + 1,
    values,
    fieldErrors: problems.fieldErrors ?? {},
    formError: problems.formError,
  };
}

export function accepted<Field extends string>(
  previous: FormState<Field>,
  values: Partial<Record<Field, string>>,
): FormState<Field> {
  return { status: "done", attempt: previous.attempt + 1, values, fieldErrors: {} };
}
