import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { invitations, memberships, organisationEvents, organisations, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";

const inviter = alias(users, "inviter");
const eventActor = alias(users, "event_actor");

/**
 * The actor's organisation as its screens show it: members for everyone in it; pending
 * invitations and the Activity list for its managers only. Null outside an organisation.
 */
export async function getOrganisation(actor: Actor) {
  if (actor.kind !== "customer" || !actor.membership) return null;
  const { organisationId, role } = actor.membership;
  const manager = role === "manager";
  const db = await getDb();

  const [organisation] = await db
    .select()
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!organisation) return null;

  const [members, pending, activity] = await Promise.all([
    db
      .select({
        userId: memberships.userId,
        role: memberships.role,
        joinedAt: memberships.joinedAt,
        name: users.name,
        email: users.email,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organisationId, organisationId))
      .orderBy(asc(memberships.joinedAt), asc(users.email)),
    manager
      ? db
          .select({
            id: invitations.id,
            email: invitations.email,
            role: invitations.role,
            expiresAt: invitations.expiresAt,
            inviterName: inviter.name,
            inviterEmail: inviter.email,
          })
          .from(invitations)
          .innerJoin(inviter, eq(inviter.id, invitations.invitedById))
          .where(
            and(
              eq(invitations.organisationId, organisationId),
              isNull(invitations.acceptedAt),
              isNull(invitations.revokedAt),
            ),
          )
          .orderBy(asc(invitations.createdAt))
      : [],
    manager
      ? db
          .select({
            id: organisationEvents.id,
            action: organisationEvents.action,
            targetEmail: organisationEvents.targetEmail,
            detail: organisationEvents.detail,
            createdAt: organisationEvents.createdAt,
            actorName: eventActor.name,
            actorEmail: eventActor.email,
          })
          .from(organisationEvents)
          .leftJoin(eventActor, eq(eventActor.id, organisationEvents.actorId))
          .where(eq(organisationEvents.organisationId, organisationId))
          .orderBy(desc(organisationEvents.createdAt), desc(organisationEvents.id))
          .limit(100)
      : [],
  ]);
  return { organisation, role, members, pending, activity };
}

export type OrganisationView = NonNullable<Awaited<ReturnType<typeof getOrganisation>>>;
