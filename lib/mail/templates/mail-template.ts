import "server-only";
import type { z } from "zod";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface MailTemplate<Name extends string, Schema extends z.ZodType> {
  name: Name;
  /** Validates the data when the email is enqueued and again when it is rendered. */
  schema: Schema;
  render(data: z.output<Schema>): RenderedEmail;
}

/** Keeps a subject to one line, so user text can never add a header or break the layout. */
function oneLine(text: string) {
  return text.replace(/\s+/g, " ").trim();
}

export function defineTemplate<Name extends string, Schema extends z.ZodType>(
  template: MailTemplate<Name, Schema>,
): MailTemplate<Name, Schema> {
  return {
    ...template,
    render: (data) => {
      const email = template.render(data);
      return { ...email, subject: oneLine(email.subject) };
    },
  };
}
