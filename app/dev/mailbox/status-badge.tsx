import type { MailboxStatus } from "@/lib/mail/mailbox";

const statusClass: Record<MailboxStatus, string> = {
  pending: "bg-amber-100 text-amber-900",
  sent: "bg-green-100 text-green-900",
  failed: "bg-red-100 text-red-900",
};

export function StatusBadge({ status }: { status: MailboxStatus }) {
  return (
    <span className={`rounded px-2 py-0.5 text-sm font-medium ${statusClass[status]}`}>
      {status}
    </span>
  );
}
