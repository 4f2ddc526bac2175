import "server-only";
import type { OutboxEmail } from "@/db/schema";
import { openEmailData } from "./seal-email-data";
import { type RenderedEmail, renderEmail } from "./templates/registry";

/** Renders an email as the outbox holds it; throws a `TemplateError` when it never can be. */
export function renderOutboxEmail(
  email: Pick<OutboxEmail, "template" | "recipient" | "data">,
): RenderedEmail {
  return renderEmail(email.template, openEmailData(email));
}
