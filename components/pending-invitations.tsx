import { resendInvitationAction, revokeInvitationAction } from "@/app/organisation/actions";
import type { OrganisationView } from "@/lib/organisations/get-organisation";
import { ActionButtonForm } from "./action-button-form";
import { LocalTime } from "./local-time";
import { roleLabels } from "./organisation-roles";
import { OrganisationTable } from "./organisation-table";

/** Pending invitations with who sent them and when they expire; resend or revoke each. */
export function PendingInvitations({ pending }: { pending: OrganisationView["pending"] }) {
  if (pending.length === 0) return <p className="text-slate-700">No pending invitations.</p>;
  return (
    <OrganisationTable
      caption="Pending invitations"
      columns={["Invited", "Role", "Sent by", "Expires"]}
    >
      {pending.map((invitation) => (
        <tr key={invitation.id} className="border-b border-slate-200 align-top">
          <td className="break-words py-3 pr-4">{invitation.email}</td>
          <td className="py-3 pr-4">{roleLabels[invitation.role]}</td>
          <td className="break-words py-3 pr-4">
            {invitation.inviterName || invitation.inviterEmail}
          </td>
          <td className="py-3 pr-4">
            <LocalTime iso={invitation.expiresAt.toISOString()} />
          </td>
          <td className="py-3">
            <div className="flex flex-wrap gap-2">
              <ActionButtonForm
                action={resendInvitationAction}
                fields={{ invitationId: invitation.id }}
                label="Resend"
                context={invitation.email}
                pendingLabel="Sending…"
              />
              <ActionButtonForm
                action={revokeInvitationAction}
                fields={{ invitationId: invitation.id }}
                label="Revoke"
                context={invitation.email}
                pendingLabel="Revoking…"
              />
            </div>
          </td>
        </tr>
      ))}
    </OrganisationTable>
  );
}
