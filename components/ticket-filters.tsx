import type { TicketListQuery } from "@/lib/tickets/ticket-list-query";
import { inputClass } from "./form-field";
import { ticketStatusLabels } from "./ticket-status";

const sortChoices = [
  { value: "activity:desc", label: "Latest activity first" },
  { value: "activity:asc", label: "Oldest activity first" },
  { value: "created:desc", label: "Newest first" },
  { value: "created:asc", label: "Oldest first" },
];

/**
 * Filters for a list of tickets, as a plain GET form: the view lives in the URL, so it can be
 * bookmarked and shared, and it works without JavaScript.
 */
export function TicketFilters({
  query,
  organisationScope = false,
}: {
  query: TicketListQuery;
  /** Whether to offer Mine / All organisation, for an organisation's managers. */
  organisationScope?: boolean;
}) {
  return (
    <search aria-label="Filter tickets">
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-48 flex-1 flex-col gap-1">
          <label htmlFor="ticket-search" className="text-sm font-medium">
            Search
          </label>
          <input
            id="ticket-search"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Words or a reference"
            className={inputClass}
          />
        </div>
        {organisationScope && (
          <div className="flex flex-col gap-1">
            <label htmlFor="ticket-scope" className="text-sm font-medium">
              Show
            </label>
            <select
              id="ticket-scope"
              name="scope"
              defaultValue={query.scope}
              className={inputClass}
            >
              <option value="mine">Mine</option>
              <option value="all">All organisation</option>
            </select>
          </div>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="ticket-status" className="text-sm font-medium">
            Status
          </label>
          <select
            id="ticket-status"
            name="status"
            defaultValue={query.status}
            className={inputClass}
          >
            <option value="all">All</option>
            {Object.entries(ticketStatusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="ticket-sort" className="text-sm font-medium">
            Sort
          </label>
          <select
            id="ticket-sort"
            name="sortBy"
            defaultValue={`${query.sort}:${query.order}`}
            className={inputClass}
          >
            {sortChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800"
        >
          Apply
        </button>
      </form>
    </search>
  );
}
