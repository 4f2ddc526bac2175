import type { Metadata } from "next";
import { LocalTime } from "@/components/local-time";
import { ActionButton } from "@/components/staff/action-button";
import { listEmailDelivery, type UndeliveredEmail } from "@/lib/staff/email-delivery";
import { requireAdmin } from "@/lib/staff/require-agent";
import { retryEmailAction } from "./actions";

export const metadata: Metadata = { title: "Email delivery · Staff console" };

const cell = "px-3 py-2 align-top";

function EmailTable({
  caption,
  emails,
  atHeading,
  retry,
}: {
  caption: string;
  emails: UndeliveredEmail[];
  atHeading: string;
  retry: boolean;
}) {
  const headings = ["Recipient", "Email", "Attempts", "Last error", "Queued", atHeading];
  return (
    <table className="w-full rounded-lg border bg-white text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {[...headings, ...(retry ? [""] : [])].map((heading) => (
            <th key={heading} scope="col" className={cell}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {emails.map((email) => (
          <tr key={email.id} className="border-t">
            <td className={`${cell} break-all`}>{email.recipient}</td>
            <td className={cell}>{email.kind}</td>
            <td className={cell}>{email.attempts}</td>
            <td className={`${cell} break-words`}>{email.lastError ?? "—"}</td>
            <td className={cell}>
              <LocalTime iso={email.createdAt.toISOString()} />
            </td>
            <td className={cell}>
              <LocalTime iso={email.at.toISOString()} />
            </td>
            {retry && (
              <td className={cell}>
                <ActionButton
                  action={retryEmailAction}
                  fields={{ emailId: email.id }}
                  label={`Send again to ${email.recipient}`}
                  pendingLabel="Sending…"
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Admins only: emails the portal could not deliver, and those waiting for another attempt. */
export default async function EmailDeliveryPage() {
  const admin = await requireAdmin();
  const { failed, waiting } = await listEmailDelivery(admin);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Email delivery</h1>
      <section aria-labelledby="failed-heading" className="flex flex-col gap-3">
        <h2 id="failed-heading" className="text-xl font-semibold">
          Failed
        </h2>
        <p className="text-sm text-slate-700">
          The portal gave up on these emails. Fix the cause named in the last error, then send them
          again. A sign-in or password link in an old email may have expired; the person can ask for
          a new one.
        </p>
        {failed.length === 0 ? (
          <p className="rounded-lg border bg-white p-5">No email has failed.</p>
        ) : (
          <EmailTable caption="Failed emails" emails={failed} atHeading="Failed" retry />
        )}
      </section>
      <section aria-labelledby="waiting-heading" className="flex flex-col gap-3">
        <h2 id="waiting-heading" className="text-xl font-semibold">
          Waiting for another attempt
        </h2>
        {waiting.length === 0 ? (
          <p className="rounded-lg border bg-white p-5">No email is waiting for another attempt.</p>
        ) : (
          <EmailTable
            caption="Emails waiting for another attempt"
            emails={waiting}
            atHeading="Next attempt"
            retry={false}
          />
        )}
      </section>
    </div>
  );
}
