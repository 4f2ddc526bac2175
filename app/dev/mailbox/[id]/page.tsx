import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getConfig } from "@/lib/config/config";
import { getMailboxEmail } from "@/lib/mail/mailbox";
import { EmailTime } from "../email-time";
import { StatusBadge } from "../status-badge";

export const metadata: Metadata = { title: "Email · Dev mailbox", robots: { index: false } };

function Header({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
      <dt className="w-28 shrink-0 font-semibold text-slate-700">{name}</dt>
      <dd className="break-all">{children}</dd>
    </div>
  );
}

export default async function MailboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  if (!getConfig().mail.devMailbox) notFound();
  const { id } = await params;
  const email = await getMailboxEmail(id);
  if (!email) notFound();

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/dev/mailbox" className="underline">
          Back to the dev mailbox
        </Link>
      </p>
      <h1 className="text-2xl font-bold break-words" dir="auto">
        {email.subject}
      </h1>
      <section aria-labelledby="headers-heading" className="flex flex-col gap-2">
        <h2 id="headers-heading" className="sr-only">
          Headers
        </h2>
        <dl className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5">
          <Header name="From">{getConfig().mail.from}</Header>
          <Header name="To">{email.recipient}</Header>
          <Header name="Subject">
            <span dir="auto">{email.subject}</span>
          </Header>
          <Header name="Created">
            <EmailTime time={email.createdAt} />
          </Header>
          <Header name="Status">
            <StatusBadge status={email.status} />
            <span className="ml-2 text-sm text-slate-700">
              {email.attempts} {email.attempts === 1 ? "attempt" : "attempts"}
            </span>
          </Header>
          {email.lastError ? <Header name="Last error">{email.lastError}</Header> : null}
          <Header name="Template">{email.template}</Header>
        </dl>
      </section>
      <section aria-labelledby="text-heading" className="flex flex-col gap-2">
        <h2 id="text-heading" className="text-xl font-semibold">
          Plain text
        </h2>
        <pre className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-5 text-sm whitespace-pre-wrap break-words">
          {email.text}
        </pre>
      </section>
      <section aria-labelledby="html-heading" className="flex flex-col gap-2">
        <h2 id="html-heading" className="text-xl font-semibold">
          HTML
        </h2>
        <iframe
          title={`HTML version of the email: ${email.subject}`}
          sandbox=""
          srcDoc={email.html}
          className="h-[36rem] w-full rounded-lg border border-slate-200 bg-white"
        />
      </section>
    </div>
  );
}
