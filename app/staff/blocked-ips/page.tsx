import type { Metadata } from "next";
import { LocalTime } from "@/components/local-time";
import { ActionButton } from "@/components/staff/action-button";
import { banReasonLabels } from "@/components/staff/staff-labels";
import { listBlockedIps } from "@/lib/staff/blocked-ips";
import { requireAgent } from "@/lib/staff/require-agent";
import { liftAction } from "./actions";

export const metadata: Metadata = { title: "Blocked IPs · Staff console" };

const when = (date: Date | null) => (date ? <LocalTime iso={date.toISOString()} /> : "—");

export default async function BlockedIpsPage() {
  const agent = await requireAgent();
  const { current, history } = await listBlockedIps(agent);
  const cell = "px-3 py-2";

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Blocked IPs</h1>
      {current.length === 0 ? (
        <p className="rounded-lg border bg-white p-5">No address is blocked now.</p>
      ) : (
        <table className="w-full rounded-lg border bg-white text-left text-sm">
          <caption className="sr-only">Blocked now</caption>
          <thead>
            <tr>
              {["Address", "Reason", "Since", "Until", ""].map((heading) => (
                <th key={heading} scope="col" className={cell}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {current.map((ban) => (
              <tr key={ban.id} className="border-t">
                <td className={`${cell} font-mono`}>{ban.ip}</td>
                <td className={cell}>{banReasonLabels[ban.reason]}</td>
                <td className={cell}>{when(ban.startedAt)}</td>
                <td className={cell}>{when(ban.until)}</td>
                <td className={cell}>
                  <ActionButton
                    action={liftAction}
                    fields={{ ip: ban.ip }}
                    label={`Lift ban on ${ban.ip}`}
                    pendingLabel="Lifting…"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="text-xl font-semibold">History</h2>
      <table className="w-full rounded-lg border bg-white text-left text-sm">
        <caption className="sr-only">Ban history</caption>
        <thead>
          <tr>
            {["Address", "Reason", "Since", "Until", "Lifted", "Lifted by"].map((heading) => (
              <th key={heading} scope="col" className={cell}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.map((ban) => (
            <tr key={ban.id} className="border-t">
              <td className={`${cell} font-mono`}>{ban.ip}</td>
              <td className={cell}>{banReasonLabels[ban.reason]}</td>
              <td className={cell}>{when(ban.startedAt)}</td>
              <td className={cell}>{when(ban.until)}</td>
              <td className={cell}>{when(ban.liftedAt)}</td>
              <td className={cell}>{ban.liftedBy ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
