import "server-only";
import type { Transaction } from "@/db/client";
import { organisationEvents } from "@/db/schema";

export type OrganisationAction =
  | "created"
  | "renamed"
  | "invited"
  | "invitation_resent"
  | "invitation_revoked"
  | "joined"
  | "role_changed"
  | "removed"
  | "left";

/** Adds a line to the organisation's Activity, in the transaction that made the change. */
export async function recordOrganisationEvent(
  tx: Transaction,
  event: {
    organisationId: string;
    actorId: string;
    action: OrganisationAction;
    targetEmail?: string;
    detail?: string;
  },
) {
  await tx.insert(organisationEvents).values(event);
}
