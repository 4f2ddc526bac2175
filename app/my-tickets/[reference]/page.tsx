import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/local-time";
import { ReplyForm } from "@/components/reply-form";
import { SubmitButton } from "@/components/submit-button";
import { TicketConversation } from "@/components/ticket-conversation";
import { ticketStatusLabels } from "@/components/ticket-status";
import { requireCustomer } from "@/lib/auth/current-actor";
import { describeAttachmentRules } from "@/lib/files/attachment-rules";
import { usesUploadThing } from "@/lib/files/uploadthing-settings";
import { getTicket } from "@/lib/tickets/get-ticket";
import { closeTicketAction } from "./actions";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Ticket ${(await params).reference.toUpperCase()}` };
}

export default async function TicketPage({ params }: Props) {
  const { reference } = await params;
  const customer = await requireCustomer(`/my-tickets/${encodeURIComponent(reference)}`);
  const view = await getTicket(customer, reference);
  if (!view) notFound();
  const { ticket, conversation } = view;
  const finished = ticket.status === "closed" || ticket.status === "resolved";

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/my-tickets">← My Tickets</Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold break-words" dir="auto">
          {ticket.subject}
        </h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
          <dt className="text-slate-600">Reference</dt>
          <dd className="font-mono">{ticket.reference}</dd>
          <dt className="text-slate-600">Status</dt>
          <dd>{ticketStatusLabels[ticket.status]}</dd>
          <dt className="text-slate-600">Category</dt>
          <dd>{ticket.category}</dd>
          <dt className="text-slate-600">Submitted</dt>
          <dd>
            <LocalTime iso={ticket.createdAt.toISOString()} />
          </dd>
          <dt className="text-slate-600">Last activity</dt>
          <dd>
            <LocalTime iso={ticket.lastActivityAt.toISOString()} />
          </dd>
        </dl>
      </header>
      <section aria-labelledby="conversation-heading" className="flex flex-col gap-3">
        <h2 id="conversation-heading" className="text-xl font-semibold">
          Conversation
        </h2>
        <TicketConversation messages={conversation} viewerId={customer.userId} />
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <ReplyForm
          key={ticket.status}
          reference={ticket.reference}
          submissionKey={randomUUID()}
          reopens={finished}
          attachmentHint={describeAttachmentRules()}
          uploadsToUploadThing={usesUploadThing()}
        />
      </section>
      {ticket.status !== "closed" && (
        <form action={closeTicketAction} className="flex items-center gap-3">
          <input type="hidden" name="reference" value={ticket.reference} />
          <SubmitButton pending={false} pendingLabel="Closing…" look="secondary">
            Close ticket
          </SubmitButton>
          <span className="text-sm text-slate-600">You can reopen it later by replying.</span>
        </form>
      )}
    </div>
  );
}
