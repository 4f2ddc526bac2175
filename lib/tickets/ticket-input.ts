import { z } from "zod";
import { requiredText } from "@/lib/text/required-text";
import { emailAddress } from "@/lib/users/email-address";
import { ticketLimits } from "./ticket-limits";

export { ticketLimits };

/** The fields of the Submit a Ticket form, as the server checks them. */
export function ticketInputSchema(categories: readonly string[]) {
  return z.object({
    name: requiredText("your name", ticketLimits.name),
    email: emailAddress,
    subject: requiredText("a subject", ticketLimits.subject),
    category: z
      .string({ error: "Choose a category." })
      .refine((value) => categories.includes(value), "Choose a category from the list."),
    description: requiredText("a description", ticketLimits.description, "lines"),
    submissionKey: z.uuid({ error: "The form has expired. Reload the page and try again." }),
  });
}

export type TicketInput = z.infer<ReturnType<typeof ticketInputSchema>>;
export type TicketField = keyof TicketInput | "attachments";
