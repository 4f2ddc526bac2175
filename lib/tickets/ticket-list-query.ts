import { z } from "zod";
import { searchWords } from "./search-words";

export const ticketStatuses = ["open", "awaiting_customer", "resolved", "closed"] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketsPerPage = 20;

const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The My Tickets view as it stands in the URL. Anything a person (or a crafted link) puts there
 * that makes no sense falls back to the default instead of failing. A search with no word to
 * look for, such as `%` or `--`, is no search, so the page does not claim that tickets match it.
 */
export const ticketListQuery = z.object({
  status: z.preprocess(firstOf, z.enum([...ticketStatuses, "all"]).catch("all")),
  q: z.preprocess(
    firstOf,
    z
      .string()
      .trim()
      .transform((text) => text.slice(0, 200))
      .transform((text) => (searchWords(text).length > 0 ? text : ""))
      .catch(""),
  ),
  sort: z.preprocess(firstOf, z.enum(["activity", "created"]).catch("activity")),
  order: z.preprocess(firstOf, z.enum(["desc", "asc"]).catch("desc")),
  page: z.preprocess(firstOf, z.coerce.number().int().min(1).max(100_000).catch(1)),
  /** For an organisation's managers: their own tickets, or all the organisation's. */
  scope: z.preprocess(firstOf, z.enum(["all", "mine"]).catch("all")),
});

export type TicketListQuery = z.infer<typeof ticketListQuery>;

/** The URL search string for a view, leaving out what is at its default. */
export function ticketListSearch(query: TicketListQuery, changes: Partial<TicketListQuery> = {}) {
  const view = { ...query, ...changes };
  const params = new URLSearchParams();
  if (view.status !== "all") params.set("status", view.status);
  if (view.q !== "") params.set("q", view.q);
  if (view.sort !== "activity") params.set("sort", view.sort);
  if (view.order !== "desc") params.set("order", view.order);
  if (view.scope !== "all") params.set("scope", view.scope);
  if (view.page !== 1) params.set("page", String(view.page));
  const search = params.toString();
  return search === "" ? "" : `?${search}`;
}

/**
 * The view from a page's search parameters. The filter form sends sort and order together as
 * `sortBy=activity:desc`; links carry them apart.
 */
export function parseTicketListQuery(params: Record<string, string | string[] | undefined>) {
  const [sort, order] = String(firstOf(params.sortBy) ?? "").split(":");
  return ticketListQuery.parse({
    ...params,
    sort: sort || params.sort,
    order: order || params.order,
  });
}
