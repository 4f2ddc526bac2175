import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffConversationList } from "@/components/staff/staff-conversation-list";
import { staffStatusLabels } from "@/components/staff/staff-labels";
import { StaffMessageForm } from "@/components/staff/staff-message-form";
import { TicketChangesForm } from "@/components/staff/ticket-changes-form";
import { TicketHistory } from "@/components/staff/ticket-history";
import { describeAttachmentRules } from "@/lib/files/attachment-rules";
import { usesUploadThing } from "@/lib/files/uploadthing-settings";
import { getStaffTicket } from "@/lib/staff/get-staff-ticket";
import { listStaffMembers } from "@/lib/staff/list-staff-members";
import { requireAgent } from "@/lib/staff/require-agent";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await params).reference.toUpperCase()} · Staff console` };
}

export default async function StaffTicketPage({ params }: Props) {
  const agent = await requireAgent();
  const { reference } = await params;
  const [view, team] = await Promise.all([
    getStaffTicket(agent, reference),
    listStaffMembers(agent),
  ]);
  if (!view) notFound();
  const { ticket, requester, conversation, otherTickets, history } = view;
  const names = new Map(team.map((member) => [member.userId, member.name]));
  const lastFromOthers = conversation.filter((message) => message.authorId !== agent.userId).at(-1);

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/staff">← Queue</Link>
      </p>
      <h1 className="text-2xl font-bold break-words" dir="auto">
        {ticket.subject}{" "}
        <span className="font-mono text-lg text-slate-600">{ticket.reference}</span>
      </h1>
      <section aria-labelledby="requester-heading" className="rounded-lg border bg-white p-4">
        <h2 id="requester-heading" className="font-semibold">
          Requester
        </h2>
        <p>
          {requester.name ?? "(no name)"} · <span className="break-all">{requester.email}</span>
          {requester.organisation && <> · {requester.organisation}</>}
        </p>
        {otherTickets.length > 0 && (
          <ul aria-label="Their other tickets" className="mt-2 text-sm">
            {otherTickets.map((other) => (
              <li key={other.reference}>
                <Link href={`/staff/tickets/${other.reference}`}>{other.reference}</Link>{" "}
                {other.subject} ({staffStatusLabels[other.status]})
              </li>
            ))}
          </ul>
        )}
      </section>
      <TicketChangesForm
        key={`${ticket.status}-${ticket.priority}-${ticket.assigneeId}`}
        ticket={ticket}
        agents={team.filter((member) => member.active)}
      />
      <section aria-labelledby="history-heading" className="flex flex-col gap-2">
        <h2 id="history-heading" className="text-xl font-semibold">
          History
        </h2>
        <TicketHistory history={history} agentNames={names} />
      </section>
      <section aria-labelledby="conversation-heading" className="flex flex-col gap-3">
        <h2 id="conversation-heading" className="text-xl font-semibold">
          Conversation
        </h2>
        <StaffConversationList messages={conversation} />
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <StaffMessageForm
          reference={ticket.reference}
          submissionKey={randomUUID()}
          lastMessageId={lastFromOthers?.id ?? ""}
          attachmentHint={describeAttachmentRules()}
          uploadsToUploadThing={usesUploadThing()}
        />
      </section>
    </div>
  );
}
