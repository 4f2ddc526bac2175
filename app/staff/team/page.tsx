import type { Metadata } from "next";
import { ActionButton } from "@/components/staff/action-button";
import { InviteStaffForm } from "@/components/staff/invite-staff-form";
import { listStaffMembers } from "@/lib/staff/list-staff-members";
import { requireAdmin } from "@/lib/staff/require-agent";
import { deactivateAction } from "./actions";

export const metadata: Metadata = { title: "Team · Staff console" };

/** Admins only: the support team, inviting and deactivating its members. */
export default async function TeamPage() {
  const admin = await requireAdmin();
  const team = await listStaffMembers(admin);
  const cell = "px-3 py-2";

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Team</h1>
      <section aria-labelledby="invite-heading" className="rounded-lg border bg-white p-4">
        <h2 id="invite-heading" className="mb-3 text-xl font-semibold">
          Invite to the support team
        </h2>
        <InviteStaffForm />
      </section>
      <table className="w-full rounded-lg border bg-white text-left text-sm">
        <caption className="sr-only">The support team</caption>
        <thead>
          <tr>
            {["Name", "Email", "Role", "State", ""].map((heading) => (
              <th key={heading} scope="col" className={cell}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {team.map((member) => (
            <tr key={member.userId} className="border-t">
              <td className={cell}>{member.name}</td>
              <td className={`${cell} break-all`}>{member.email}</td>
              <td className={cell}>{member.role}</td>
              <td className={cell}>
                {member.active ? (member.setUp ? "Active" : "Invited") : "Deactivated"}
              </td>
              <td className={cell}>
                {member.active && member.userId !== admin.userId && (
                  <ActionButton
                    action={deactivateAction}
                    fields={{ userId: member.userId }}
                    label={`Deactivate ${member.email}`}
                    pendingLabel="Deactivating…"
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
