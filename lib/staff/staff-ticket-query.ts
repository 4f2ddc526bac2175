import { z } from "zod";
import { ticketListQuery, ticketStatuses } from "@/lib/tickets/ticket-list-query";

export const ticketPriorities = ["low", "normal", "high", "urgent"] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The staff queue as it stands in the URL: My Tickets' view plus priority, assignee,
 * organisation and category. Nonsense falls back to the default instead of failing.
 */
export const staffTicketQuery = ticketListQuery.extend({
  priority: z.preprocess(firstOf, z.enum([...ticketPriorities, "all"]).catch("all")),
  assignee: z.preprocess(firstOf, z.enum(["anyone", "me", "unassigned"]).catch("anyone")),
  organisation: z.preprocess(firstOf, z.union([z.uuid(), z.literal("")]).catch("")),
  category: z.preprocess(firstOf, z.string().trim().max(100).catch("")),
});

export type StaffTicketQuery = z.infer<typeof staffTicketQuery>;

export function parseStaffTicketQuery(params: Record<string, string | string[] | undefined>) {
  const [sort, order] = String(firstOf(params.sortBy) ?? "").split(":");
  return staffTicketQuery.parse({
    ...params,
    sort: sort || params.sort,
    order: order || params.order,
  });
}

/** The URL search string for a queue view, leaving out what is at its default. */
export function staffTicketSearch(
  query: StaffTicketQuery,
  changes: Partial<StaffTicketQuery> = {},
) {
  const view = { ...query, ...changes };
  const params = new URLSearchParams();
  if (view.status !== "all") params.set("status", view.status);
  if (view.priority !== "all") params.set("priority", view.priority);
  if (view.assignee !== "anyone") params.set("assignee", view.assignee);
  if (view.organisation !== "") params.set("organisation", view.organisation);
  if (view.category !== "") params.set("category", view.category);
  if (view.q !== "") params.set("q", view.q);
  if (view.sort !== "activity") params.set("sort", view.sort);
  if (view.order !== "desc") params.set("order", view.order);
  if (view.page !== 1) params.set("page", String(view.page));
  const search = params.toString();
  return search === "" ? "" : `?${search}`;
}

export { ticketStatuses };
