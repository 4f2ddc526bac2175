import type { StaffTicketView } from "@/lib/staff/get-staff-ticket";
import { LocalTime } from "../local-time";
import { priorityLabels, staffStatusLabels } from "./staff-labels";

type Labels = Record<string, string>;

/** A ticket's changes of status, priority and assignee, oldest first, with who made them. */
export function TicketHistory({
  history,
  agentNames,
}: {
  history: StaffTicketView["history"];
  agentNames: Map<string, string>;
}) {
  if (history.length === 0) return <p className="text-sm text-slate-600">No changes yet.</p>;
  const say = (field: string, value: string | null) => {
    if (value === null) return field === "assignee" ? "Unassigned" : "—";
    if (field === "assignee") return agentNames.get(value) ?? "a former agent";
    const labels: Labels = field === "status" ? staffStatusLabels : priorityLabels;
    return labels[value] ?? value;
  };
  return (
    <ol aria-label="History" className="flex flex-col gap-1 text-sm">
      {history.map((event) => (
        <li key={event.id}>
          <LocalTime iso={event.createdAt.toISOString()} />: {event.actorName ?? event.actorEmail}{" "}
          changed {event.field} from {say(event.field, event.fromValue)} to{" "}
          {say(event.field, event.toValue)}
        </li>
      ))}
    </ol>
  );
}
