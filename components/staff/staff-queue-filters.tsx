import type { StaffTicketQuery } from "@/lib/staff/staff-ticket-query";
import { inputClass } from "../form-field";
import { priorityLabels, staffStatusLabels } from "./staff-labels";

const sortChoices = [
  { value: "activity:desc", label: "Latest activity first" },
  { value: "activity:asc", label: "Oldest activity first" },
  { value: "created:desc", label: "Newest first" },
  { value: "created:asc", label: "Oldest first" },
];

interface Props {
  query: StaffTicketQuery;
  organisations: { id: string; name: string }[];
  categories: string[];
}

function Select(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  choices: [string, string][];
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="text-sm font-medium">
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value} className={inputClass}>
        {props.choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The queue's filters as a GET form: the view lives in the URL and works without JavaScript. */
export function StaffQueueFilters({ query, organisations, categories }: Props) {
  return (
    <search aria-label="Filter the queue">
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-48 flex-1 flex-col gap-1">
          <label htmlFor="queue-search" className="text-sm font-medium">
            Search
          </label>
          <input
            id="queue-search"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Words or a reference"
            className={inputClass}
          />
        </div>
        <Select
          id="queue-status"
          name="status"
          label="Status"
          value={query.status}
          choices={[["all", "All"], ...Object.entries(staffStatusLabels)]}
        />
        <Select
          id="queue-priority"
          name="priority"
          label="Priority"
          value={query.priority}
          choices={[["all", "All"], ...Object.entries(priorityLabels)]}
        />
        <Select
          id="queue-assignee"
          name="assignee"
          label="Assignee"
          value={query.assignee}
          choices={[
            ["anyone", "Anyone"],
            ["me", "Me"],
            ["unassigned", "Unassigned"],
          ]}
        />
        <Select
          id="queue-organisation"
          name="organisation"
          label="Organisation"
          value={query.organisation}
          choices={[["", "Any"], ...organisations.map((o): [string, string] => [o.id, o.name])]}
        />
        <Select
          id="queue-category"
          name="category"
          label="Category"
          value={query.category}
          choices={[["", "Any"], ...categories.map((c): [string, string] => [c, c])]}
        />
        <Select
          id="queue-sort"
          name="sortBy"
          label="Sort"
          value={`${query.sort}:${query.order}`}
          choices={sortChoices.map((c): [string, string] => [c.value, c.label])}
        />
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
