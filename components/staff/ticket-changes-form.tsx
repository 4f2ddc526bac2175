"use client";

import { useActionState } from "react";
import {
  changeTicketAction,
  type TicketChangesState,
} from "@/app/staff/tickets/[reference]/actions";
import type { Ticket } from "@/db/schema";
import { inputClass } from "../form-field";
import { SubmitButton } from "../submit-button";
import { useSingleSubmit } from "../use-single-submit";
import { priorityLabels, staffStatusLabels } from "./staff-labels";

interface Props {
  ticket: Pick<Ticket, "reference" | "status" | "priority" | "assigneeId">;
  agents: { userId: string; name: string }[];
}

/** Status, priority and assignee of a ticket; each change goes into its history. */
export function TicketChangesForm({ ticket, agents }: Props) {
  const [state, formAction, pending] = useActionState(changeTicketAction, {
    status: "editing",
    attempt: 0,
    values: {},
    fieldErrors: {},
  } satisfies TicketChangesState);
  const submit = useSingleSubmit(formAction, pending);
  const field = (id: string, label: string, node: React.ReactNode) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {node}
    </div>
  );

  return (
    <form action={formAction} onSubmit={submit} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="reference" value={ticket.reference} />
      {field(
        "ticket-status",
        "Status",
        <select
          id="ticket-status"
          name="status"
          defaultValue={ticket.status}
          className={inputClass}
        >
          {Object.entries(staffStatusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>,
      )}
      {field(
        "ticket-priority",
        "Priority",
        <select
          id="ticket-priority"
          name="priority"
          defaultValue={ticket.priority}
          className={inputClass}
        >
          {Object.entries(priorityLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>,
      )}
      {field(
        "ticket-assignee",
        "Assignee",
        <select
          id="ticket-assignee"
          name="assigneeId"
          defaultValue={ticket.assigneeId ?? ""}
          className={inputClass}
        >
          <option value="">Unassigned</option>
          {agents.map((agent) => (
            <option key={agent.userId} value={agent.userId}>
              {agent.name}
            </option>
          ))}
        </select>,
      )}
      <SubmitButton pending={pending} pendingLabel="Saving…" look="secondary">
        Save changes
      </SubmitButton>
      {state.status === "invalid" && (
        <p role="alert" className="w-full text-sm font-medium text-red-700">
          {state.formError}
        </p>
      )}
      {state.status === "done" && (
        <p role="status" className="w-full text-sm text-green-800">
          Saved.
        </p>
      )}
    </form>
  );
}
