import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import type { OrganisationRole } from "@/db/schema";
import { organisations, users } from "@/db/schema";
import { getConfig } from "@/lib/config/config";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { roleLabels } from "./organisation-input";

/** How long an invitation link works. */
export const invitationLifetimeDays = 7;

export function invitationExpiry(): Date {
  return new Date(Date.now() + invitationLifetimeDays * 24 * 60 * 60_000);
}

export function invitationUrl(token: string): string {
  return `${getConfig().appUrl}/invitation?token=${token}`;
}

/** Puts the invitation email for `token` in the outbox, in the inviting transaction. */
export async function enqueueInvitationEmail(
  tx: Transaction,
  invitation: {
    organisationId: string;
    inviterId: string;
    email: string;
    role: OrganisationRole;
    token: string;
  },
) {
  const [organisation] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, invitation.organisationId));
  const [inviter] = await tx
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, invitation.inviterId));
  await enqueueEmail(tx, {
    recipient: invitation.email,
    template: "organisation_invitation",
    data: {
      organisationName: organisation?.name ?? "",
      inviterName: inviter?.name || inviter?.email || "",
      role: roleLabels[invitation.role],
      link: invitationUrl(invitation.token),
      expiresInDays: invitationLifetimeDays,
    },
  });
}
