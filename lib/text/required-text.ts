import { z } from "zod";
import { cleanText } from "./clean-text";

/** A required text field, cleaned of characters no one types (see cleanText). */
export const requiredText = (label: string, max: number, shape: "line" | "lines" = "line") =>
  z
    .string({ error: `Enter ${label}.` })
    .transform((text) => cleanText(text, shape).trim())
    .pipe(
      z
        .string()
        .min(1, `Enter ${label}.`)
        .max(max, `Keep ${label} under ${max.toLocaleString("en")} characters.`),
    );
