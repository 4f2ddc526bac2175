import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attachments, invitations, staffMembers } from "@/db/schema";
import type { Actor } from "@/lib/auth/current-actor";
import { newToken } from "@/lib/auth/link-tokens";
import { removeMember } from "@/lib/organisations/remove-member";
import { newCustomer, ticketFor } from "@/tests/support/customers";
import {
  addMember,
  newAddress,
  newManager,
  registeredCustomer,
  reread,
} from "@/tests/support/organisations";

export const callerKinds = [
  "anonymous",
  "guest",
  "userA",
  "managerA",
  "userB",
  "managerB",
  "removed",
  "agent",
] as const;
export type CallerKind = (typeof callerKinds)[number];

/** A fresh little portal for one cell of the matrix: two organisations and their people. */
export async function buildWorld() {
  const managerA = await newManager("managerA");
  // A second Manager of A: the requester of the ticket rows act on, and the member they manage.
  const targetA = await addMember(managerA, "manager", "targetA");
  const userA = await addMember(managerA, "user", "userA");
  const removedMember = await addMember(managerA, "user", "removed");
  await removeMember(managerA, { userId: removedMember.userId });
  const managerB = await newManager("managerB");
  const userB = await addMember(managerB, "user", "userB");
  const guest = await newCustomer("guest");
  const agentCustomer = await registeredCustomer("agent");
  const db = await getDb();
  await db.insert(staffMembers).values({ userId: agentCustomer.userId, role: "agent" });
  const agent: Actor = { ...agentCustomer, kind: "agent", staffRole: "agent" };

  const ticket = await ticketFor(targetA, {}, [{ name: "log.txt", text: "secret" }]);
  const [attachment] = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(eq(attachments.ticketId, ticket.id));
  const pending = await pendingInvitation(managerA, newAddress("pending"));

  const callers: Record<CallerKind, Actor> = {
    anonymous: { kind: "anonymous" },
    guest,
    userA,
    managerA,
    userB,
    managerB,
    removed: await reread(removedMember.userId),
    agent,
  };
  return { callers, targetA, ticket, attachmentId: attachment?.id ?? "", pending };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A pending invitation into the manager's organisation, with its token. */
export async function pendingInvitation(manager: Actor, email: string) {
  if (manager.kind !== "customer" || !manager.membership) throw new Error("not a manager");
  const { token, tokenHash } = newToken();
  const db = await getDb();
  const [row] = await db
    .insert(invitations)
    .values({
      organisationId: manager.membership.organisationId,
      email,
      role: "user",
      tokenHash,
      invitedById: manager.userId,
      expiresAt: new Date(Date.now() + 60 * 60_000),
    })
    .returning({ id: invitations.id });
  if (!row) throw new Error("no invitation");
  return { id: row.id, token, email };
}

/** Whether a lib call was allowed: it resolved to something, or threw a refusal. */
export async function allowed(call: Promise<unknown>): Promise<boolean> {
  try {
    const result = await call;
    return result !== null && result !== false;
  } catch (error) {
    if (error instanceof Error && error.name === "AppError") return false;
    throw error;
  }
}
