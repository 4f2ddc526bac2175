import type { BanReason, Ticket } from "@/db/schema";

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

/** Why an address was banned, in the words of the Blocked IPs screen. */
export const banReasonLabels: Record<BanReason, string> = {
  sign_in_failures: "Too many failed sign-ins",
  link_requests: "Too many sign-in or registration emails asked for",
  ticket_submissions: "Too many tickets submitted",
  requests: "Too many requests",
};
