import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { connection } from "next/server";
import { TicketForm } from "@/components/ticket-form";
import { getActor } from "@/lib/auth/current-actor";
import { getConfig } from "@/lib/config/config";
import { describeAttachmentRules } from "@/lib/files/attachment-rules";
import { usesUploadThing } from "@/lib/files/uploadthing-settings";

export const metadata: Metadata = { title: "Submit a Ticket" };

export default async function SubmitTicketPage() {
  // Every rendering gets its own submission key, so the page must never be prerendered.
  await connection();
  const actor = await getActor();
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Submit a Ticket</h1>
        <p className="text-slate-700">
          All fields except attachments are required. You will get a confirmation email with your
          ticket&apos;s reference number.
        </p>
      </div>
      <TicketForm
        submissionKey={randomUUID()}
        categories={getConfig().ticketCategories}
        attachmentHint={describeAttachmentRules()}
        uploadsToUploadThing={usesUploadThing()}
        requester={actor.kind === "customer" ? { name: actor.name, email: actor.email } : undefined}
      />
    </div>
  );
}
