import type { Ticket } from "@/db/schema";

/** A ticket's status in the words customers see. */
export const ticketStatusLabels: Record<Ticket["status"], string> = {
  open: "Open",
  awaiting_customer: "Awaiting your reply",
  resolved: "Resolved",
  closed: "Closed",
};

/** Whose turn it is on a ticket, in the customer's words. */
export const waitingOnLabels: Record<Ticket["status"], string> = {
  open: "Support",
  awaiting_customer: "You",
  resolved: "Nobody",
  closed: "Nobody",
};
