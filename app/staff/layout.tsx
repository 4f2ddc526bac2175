import Link from "next/link";
import type { ReactNode } from "react";
import { requireAgent } from "@/lib/staff/require-agent";

/** The staff console's frame. Anyone but an active agent gets "not found", on every page. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const agent = await requireAgent();
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Staff console" className="flex flex-wrap gap-4 text-sm font-medium">
        <Link href="/staff">Queue</Link>
        <Link href="/staff/blocked-ips">Blocked IPs</Link>
        {agent.staffRole === "admin" && <Link href="/staff/team">Team</Link>}
        {agent.staffRole === "admin" && <Link href="/staff/email">Email delivery</Link>}
      </nav>
      {children}
    </div>
  );
}
