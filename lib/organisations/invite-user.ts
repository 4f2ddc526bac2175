import "server-only";
import { and, eq, isNull, lte } from "drizzle-orm";
import { invitations, memberships, type OrganisationRole, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { newToken } from "@/lib/auth/link-tokens";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { recordSecurityEvent } from "@/lib/security/security-events";
import { enqueueInvitationEmail, invitationExpiry } from "./invitation-email";
import { recordOrganisationEvent } from "./organisation-events";
import { asLockedManager } from "./organisation-lock";

const refuse = (reason: string, userMessage: string) =>
  new AppError("conflict", `Invitation refused: ${reason}`, userMessage);

/**
 * Invites an address into the manager's organisation with a role and emails it a link. An
 * address that is a member already, is invited already or belongs to another organisation is
 * refused and gets no email. The partial unique index makes parallel invitations of one
 * address end as one.
 */
export async function inviteUser(
  actor: Actor,
  input: { email: string; role: OrganisationRole },
  ip: string,
) {
  if (input.role !== "manager" && input.role !== "user") {
    throw new AppError("invalid_input", "Unknown role", "Choose a role: Manager or User.");
  }
  const email = input.email.trim().toLowerCase();

  const invited = await asLockedManager(actor, async ({ tx, organisationId, managerId }) => {
    const [member] = await tx
      .select({ organisationId: memberships.organisationId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, email));
    if (member?.organisationId === organisationId) {
      throw refuse("member", `${email} is already a member of your organisation.`);
    }
    if (member) {
      throw refuse("other organisation", `${email} already belongs to another organisation.`);
    }

    const pending = and(
      eq(invitations.organisationId, organisationId),
      eq(invitations.email, email),
      isNull(invitations.acceptedAt),
      isNull(invitations.revokedAt),
    );
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(pending, lte(invitations.expiresAt, new Date())));

    const { token, tokenHash } = newToken();
    const [invitation] = await tx
      .insert(invitations)
      .values({
        organisationId,
        email,
        role: input.role,
        tokenHash,
        invitedById: managerId,
        expiresAt: invitationExpiry(),
      })
      .onConflictDoNothing({
        target: [invitations.organisationId, invitations.email],
        where: and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
      })
      .returning({ id: invitations.id });
    if (!invitation) {
      throw refuse("pending", `${email} has been invited already. You can resend the invitation.`);
    }

    await enqueueInvitationEmail(tx, {
      organisationId,
      inviterId: managerId,
      email,
      role: input.role,
      token,
    });
    await recordOrganisationEvent(tx, {
      organisationId,
      actorId: managerId,
      action: "invited",
      targetEmail: email,
      detail: input.role,
    });
    log.info("organisation.invited", { organisationId, invitationId: invitation.id });
    return { invitationId: invitation.id };
  });

  // Each invitation sends an email, so it counts toward the ban on link floods; a refused one
  // sends none. Duplicates are stopped by the unique index instead of a per-address limit,
  // which parallel calls defeat.
  await recordSecurityEvent("link_requested", ip, email);
  return invited;
}
