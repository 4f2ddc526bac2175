import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getConfig } from "@/lib/config/config";
import { listMailbox } from "@/lib/mail/mailbox";
import { EmailTime } from "./email-time";
import { StatusBadge } from "./status-badge";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };

export default async function MailboxPage() {
  await connection();
  if (!getConfig().mail.devMailbox) notFound();
  const emails = await listMailbox({ limit: 100 });

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Dev mailbox</h1>
        <p className="text-slate-700">
          Every email Podpora has written to its outbox, newest first. Without a Resend API key
          nothing leaves this server: read the emails here instead.
        </p>
      </header>
      {emails.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5">No emails yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">Emails in the outbox, newest first</caption>
            <thead className="border-b border-slate-200 bg-slate-100 text-sm text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">
                  Time
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  Recipient
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  Subject
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {emails.map((email) => (
                <tr key={email.id} className="border-b border-slate-100 last:border-0">
                  <td className="whitespace-nowrap px-4 py-2 text-sm text-slate-700">
                    <EmailTime time={email.createdAt} />
                  </td>
                  <td className="px-4 py-2 break-all">{email.recipient}</td>
                  <td className="px-4 py-2">
                    <Link href={`/dev/mailbox/${email.id}`} className="underline" dir="auto">
                      {email.subject}
                    </Link>
                  </td>
                  <td className="px-4 py-2">
                    <StatusBadge status={email.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
