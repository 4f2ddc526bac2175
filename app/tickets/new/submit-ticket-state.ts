import type { TicketField } from "@/lib/tickets/ticket-input";

export type TicketFormValues = Record<
  "name" | "email" | "subject" | "category" | "description",
  string
>;

export interface SubmitTicketState {
  status: "editing" | "invalid" | "submitted";
  /** Counts the answers, so that each failed try announces its errors afresh. */
  attempt: number;
  submissionKey: string;
  values: TicketFormValues;
  fieldErrors: Partial<Record<TicketField, string>>;
  formError?: string;
  reference?: string;
  /** Set when a signed-in customer sent it: the ticket is then theirs to open in My Tickets. */
  inMyTickets?: boolean;
}

export const emptyTicketValues: TicketFormValues = {
  name: "",
  email: "",
  subject: "",
  category: "",
  description: "",
};
