import { changeRoleAction, leaveOrganisationAction } from "@/app/organisation/actions";
import type { OrganisationView } from "@/lib/organisations/get-organisation";
import { ActionButtonForm } from "./action-button-form";
import { LocalTime } from "./local-time";
import { MemberRemoval, RemoveMemberButton } from "./member-removal";
import { roleLabels } from "./organisation-roles";
import { OrganisationTable } from "./organisation-table";

/** The Users tab's members: role and joining date; Managers also get the buttons to manage. */
export function OrganisationMembers({
  view,
  viewerId,
}: {
  view: OrganisationView;
  viewerId: string;
}) {
  const manager = view.role === "manager";
  const table = (
    <OrganisationTable
      caption={`Members of ${view.organisation.name}`}
      columns={["Member", "Role", "Joined"]}
    >
      {view.members.map((member) => {
        const other = member.role === "manager" ? "user" : "manager";
        return (
          <tr key={member.userId} className="border-b border-slate-200 align-top">
            <td className="py-3 pr-4">
              <div className="font-medium break-words">{member.name || member.email}</div>
              <div className="break-words text-sm text-slate-600">{member.email}</div>
            </td>
            <td className="py-3 pr-4">{roleLabels[member.role]}</td>
            <td className="py-3 pr-4">
              <LocalTime iso={member.joinedAt.toISOString()} />
            </td>
            <td className="py-3">
              <div className="flex flex-wrap items-start gap-2">
                {manager && (
                  <ActionButtonForm
                    action={changeRoleAction}
                    fields={{ userId: member.userId, role: other }}
                    label={`Make ${roleLabels[other]}`}
                    context={member.email}
                    pendingLabel="Changing…"
                  />
                )}
                {manager && member.userId !== viewerId && (
                  <RemoveMemberButton
                    userId={member.userId}
                    name={member.name || member.email}
                    email={member.email}
                  />
                )}
                {member.userId === viewerId && (
                  <ActionButtonForm
                    action={leaveOrganisationAction}
                    fields={{}}
                    label="Leave organisation"
                    pendingLabel="Leaving…"
                  />
                )}
              </div>
            </td>
          </tr>
        );
      })}
    </OrganisationTable>
  );
  return manager ? <MemberRemoval>{table}</MemberRemoval> : table;
}
