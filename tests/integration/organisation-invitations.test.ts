import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { invitations } from "@/db/schema";
import { acceptInvitation } from "@/lib/organisations/accept-invitation";
import { changeRole } from "@/lib/organisations/change-role";
import { inspectInvitation } from "@/lib/organisations/invitation-link";
import { inviteUser } from "@/lib/organisations/invite-user";
import { registerFromInvitation } from "@/lib/organisations/register-from-invitation";
import { removeMember } from "@/lib/organisations/remove-member";
import { renameOrganisation } from "@/lib/organisations/rename-organisation";
import { resendInvitation } from "@/lib/organisations/resend-invitation";
import { revokeInvitation } from "@/lib/organisations/revoke-invitation";
import {
  addMember,
  emailsTo,
  invitationTokenFor,
  newAddress,
  newManager,
  pendingInvitations,
  registeredCustomer,
  reread,
  testIp,
} from "@/tests/support/organisations";

const refusal = (message: RegExp) =>
  expect.objectContaining({ userMessage: expect.stringMatching(message) });

describe("inviting", () => {
  it("refuses members, pending, other organisations' members and unknown roles with no email", async () => {
    const manager = await newManager();
    const member = await addMember(manager, "user");
    const other = await newManager("other");
    const invited = newAddress("invited");
    await inviteUser(manager, { email: invited, role: "user" }, testIp());

    const attempts = [
      [member.email, /already a member/],
      [invited, /invited already/],
      [other.email, /another organisation/],
    ] as const;
    for (const [email, message] of attempts) {
      const before = (await emailsTo(email)).length;
      await expect(inviteUser(manager, { email, role: "user" }, testIp())).rejects.toEqual(
        refusal(message),
      );
      expect(await emailsTo(email)).toHaveLength(before);
    }
    const crafted = { email: newAddress("crafted"), role: "owner" as "user" };
    await expect(inviteUser(manager, crafted, testIp())).rejects.toEqual(
      refusal(/Manager or User/),
    );
    expect(await emailsTo(crafted.email)).toHaveLength(0);
  });

  it("ends 20 parallel invitations of one address as one invitation and one email", async () => {
    const manager = await newManager();
    const email = newAddress("twenty");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => inviteUser(manager, { email, role: "user" }, testIp())),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await pendingInvitations(email)).toHaveLength(1);
    expect(await emailsTo(email)).toHaveLength(1);
  });

  it("refuses a User calling Manager actions directly", async () => {
    const manager = await newManager();
    const user = await addMember(manager, "user");
    const email = newAddress("sneaky");
    await expect(inviteUser(user, { email, role: "manager" }, testIp())).rejects.toEqual(
      refusal(/Only a Manager/),
    );
    await expect(changeRole(user, { userId: user.userId, role: "manager" })).rejects.toEqual(
      refusal(/Only a Manager/),
    );
    await expect(removeMember(user, { userId: manager.userId })).rejects.toEqual(
      refusal(/Only a Manager/),
    );
    await expect(renameOrganisation(user, { name: "Mine now" })).rejects.toEqual(
      refusal(/Only a Manager/),
    );
    expect(await emailsTo(email)).toHaveLength(0);
  });
});

describe("accepting an invitation", () => {
  it("refuses someone signed in as another address and leaves the invitation pending", async () => {
    const manager = await newManager();
    const invitee = await registeredCustomer("invitee");
    const stranger = await registeredCustomer("stranger");
    await inviteUser(manager, { email: invitee.email, role: "user" }, testIp());
    const token = await invitationTokenFor(invitee.email);

    await expect(acceptInvitation(stranger, token, testIp())).rejects.toEqual(
      refusal(/signed in as/),
    );
    expect((await inspectInvitation(token)).status).toBe("valid");
    await acceptInvitation(invitee, token, testIp());
    expect((await reread(invitee.userId)).membership?.organisationId).toBe(
      manager.membership?.organisationId,
    );
    expect((await inspectInvitation(token)).status).toBe("used");
  });

  it("refuses used, revoked, expired, replaced and altered links", async () => {
    const manager = await newManager();
    const invitee = await registeredCustomer("late");
    await inviteUser(manager, { email: invitee.email, role: "user" }, testIp());
    const first = await invitationTokenFor(invitee.email);
    const [invitation] = await pendingInvitations(invitee.email);
    if (!invitation) throw new Error("no invitation");

    await resendInvitation(manager, invitation.id);
    const second = await invitationTokenFor(invitee.email);
    expect(second).not.toBe(first);
    expect((await inspectInvitation(first)).status).toBe("invalid");
    await expect(acceptInvitation(invitee, first, testIp())).rejects.toEqual(refusal(/no longer/));
    await expect(acceptInvitation(invitee, `${second.slice(0, -1)}x`, testIp())).rejects.toEqual(
      refusal(/no longer/),
    );

    const db = await getDb();
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitation.id));
    expect((await inspectInvitation(second)).status).toBe("expired");
    await expect(acceptInvitation(invitee, second, testIp())).rejects.toEqual(refusal(/no longer/));

    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() + 60_000) })
      .where(eq(invitations.id, invitation.id));
    await revokeInvitation(manager, invitation.id);
    expect((await inspectInvitation(second)).status).toBe("revoked");
    await expect(acceptInvitation(invitee, second, testIp())).rejects.toEqual(refusal(/no longer/));
    expect((await reread(invitee.userId)).membership).toBeNull();
  });

  it("registers someone without an account, verified by the link, and refuses existing accounts", async () => {
    const manager = await newManager();
    const email = newAddress("newbie");
    await inviteUser(manager, { email, role: "manager" }, testIp());
    const token = await invitationTokenFor(email);
    const input = { token, name: "Newbie", password: "a long passphrase" };

    const { userId } = await registerFromInvitation(input, testIp());
    const joined = await reread(userId);
    expect(joined).toMatchObject({ email, hasPassword: true, name: "Newbie" });
    expect(joined.membership?.role).toBe("manager");
    await expect(registerFromInvitation(input, testIp())).rejects.toEqual(refusal(/no longer/));

    const existing = await registeredCustomer("existing");
    await inviteUser(manager, { email: existing.email, role: "user" }, testIp());
    const again = { ...input, token: await invitationTokenFor(existing.email) };
    await expect(registerFromInvitation(again, testIp())).rejects.toEqual(refusal(/Log in/));
    expect((await inspectInvitation(again.token)).status).toBe("valid");
  });
});
