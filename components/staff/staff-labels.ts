import type { Ticket } from "@/db/schema";

/** A ticket's status in the support team's words. */
export const staffStatusLabels: Record<Ticket["status"], string> = {
  open: "Open",
  awaiting_customer: "Awaiting customer",
  resolved: "Resolved",
  closed: "Closed",
};

export const priorityLabels: Record<Ticket["priority"], string> = {
  low: "Low",
  normal: "Normal",
  high: "High",
  urgent: "Urgent",
};
