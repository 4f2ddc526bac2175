import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import {
  type Invitation,
  invitations,
  type OrganisationRole,
  organisations,
  users,
} from "@/db/schema";
import { hashToken, hasTokenShape } from "@/lib/auth/link-tokens";
import { AppError } from "@/lib/errors";
import { lockOrganisation } from "./organisation-lock";

export type InvitationState =
  | { status: "invalid" }
  | {
      status: "valid" | "expired" | "used" | "revoked";
      email: string;
      role: OrganisationRole;
      organisationName: string;
      /** Whether the invited address has an account with a password. */
      hasAccount: boolean;
    };

/** What an invitation link is for and whether it still works, without spending it. */
export async function inspectInvitation(token: string): Promise<InvitationState> {
  if (!hasTokenShape(token)) return { status: "invalid" };
  const db = await getDb();
  const [row] = await db
    .select({ invitation: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) return { status: "invalid" };
  const { invitation } = row;
  const [account] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, invitation.email));
  const status = invitation.acceptedAt
    ? "used"
    : invitation.revokedAt
      ? "revoked"
      : invitation.expiresAt <= new Date()
        ? "expired"
        : "valid";
  return {
    status,
    email: invitation.email,
    role: invitation.role,
    organisationName: row.organisationName,
    hasAccount: Boolean(account?.passwordHash),
  };
}

export const invitationLinkRefused = () =>
  new AppError(
    "not_found",
    "Invitation link used, revoked, expired or altered",
    "This invitation link no longer works. Ask your organisation's Manager to send a new one.",
  );

/**
 * Locks the organisation of a pending, unexpired invitation, then the invitation itself, and
 * returns it; null for any other token.
 */
export async function lockValidInvitation(
  tx: Transaction,
  token: string,
): Promise<Invitation | null> {
  if (!hasTokenShape(token)) return null;
  const byHash = eq(invitations.tokenHash, hashToken(token));
  const [found] = await tx
    .select({ organisationId: invitations.organisationId })
    .from(invitations)
    .where(byHash);
  if (!found) return null;
  await lockOrganisation(tx, found.organisationId);
  const [invitation] = await tx
    .select()
    .from(invitations)
    .where(
      and(
        byHash,
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .for("update");
  return invitation ?? null;
}
