import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberships, organisationEvents } from "@/db/schema";
import { acceptInvitation } from "@/lib/organisations/accept-invitation";
import { changeRole } from "@/lib/organisations/change-role";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { inviteUser } from "@/lib/organisations/invite-user";
import { leaveOrganisation } from "@/lib/organisations/leave-organisation";
import { removeMember } from "@/lib/organisations/remove-member";
import { renameOrganisation } from "@/lib/organisations/rename-organisation";
import {
  addMember,
  emailsTo,
  invitationTokenFor,
  newManager,
  pendingInvitations,
  registeredCustomer,
  reread,
  testIp,
} from "@/tests/support/organisations";

const refusal = (message: RegExp) =>
  expect.objectContaining({ userMessage: expect.stringMatching(message) });

describe("creating an organisation", () => {
  it("makes a registered customer its first Manager, and refuses a second one", async () => {
    const customer = await registeredCustomer("founder");
    await createOrganisation(customer, { name: "Acme" });
    const founder = await reread(customer.userId);
    expect(founder.membership?.role).toBe("manager");
    await expect(createOrganisation(founder, { name: "Again" })).rejects.toEqual(
      refusal(/already belong/),
    );
    // A stale actor that still looks membership-free is refused by the key.
    await expect(createOrganisation(customer, { name: "Stale" })).rejects.toEqual(
      refusal(/already belong/),
    );
    const view = await getOrganisation(founder);
    expect(view?.organisation.name).toBe("Acme");
    expect(view?.activity.map((event) => event.action)).toEqual(["created"]);
  });
});

describe("the at-least-one-Manager rule", () => {
  it("refuses demoting, removing or the leaving of the last Manager", async () => {
    const manager = await newManager();
    await addMember(manager, "user", "stays");
    await expect(changeRole(manager, { userId: manager.userId, role: "user" })).rejects.toEqual(
      refusal(/at least one Manager/),
    );
    await expect(removeMember(manager, { userId: manager.userId })).rejects.toEqual(
      refusal(/at least one Manager/),
    );
    await expect(leaveOrganisation(manager)).rejects.toEqual(refusal(/at least one Manager/));
  });

  it("lets the last member leave, which closes the organisation to invitations", async () => {
    // Failing input: the only member could neither leave nor close the organisation.
    const manager = await newManager("alone");
    const invitee = await registeredCustomer("too-late");
    await inviteUser(manager, { email: invitee.email, role: "user" }, testIp());
    const token = await invitationTokenFor(invitee.email);

    await leaveOrganisation(manager);

    expect((await reread(manager.userId)).membership).toBeNull();
    expect((await pendingInvitations(invitee.email))[0]?.revokedAt).not.toBeNull();
    await expect(acceptInvitation(invitee, token, testIp())).rejects.toEqual(
      refusal(/no longer works/),
    );
    expect((await reread(invitee.userId)).membership).toBeNull();
  });

  it("holds when two managers demote each other at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const first = await newManager();
      const second = await addMember(first, "manager");
      const results = await Promise.allSettled([
        changeRole(first, { userId: second.userId, role: "user" }),
        changeRole(second, { userId: first.userId, role: "user" }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const db = await getDb();
      const managers = await db
        .select()
        .from(memberships)
        .where(eq(memberships.organisationId, first.membership?.organisationId ?? ""));
      expect(managers.filter((member) => member.role === "manager")).toHaveLength(1);
    }
  });

  it("holds when two managers remove each other at the same moment", async () => {
    const first = await newManager();
    const second = await addMember(first, "manager");
    await Promise.allSettled([
      removeMember(first, { userId: second.userId }),
      removeMember(second, { userId: first.userId }),
    ]);
    const db = await getDb();
    const left = await db
      .select()
      .from(memberships)
      .where(eq(memberships.organisationId, first.membership?.organisationId ?? ""));
    expect(left.map((member) => member.role)).toEqual(["manager"]);
  });
});

describe("managing members", () => {
  it("promotes, removes with a notice, lets a User leave, and records the Activity", async () => {
    const manager = await newManager();
    const promoted = await addMember(manager, "user", "promoted");
    const removed = await addMember(manager, "user", "removed");
    const leaver = await addMember(manager, "user", "leaver");

    await changeRole(manager, { userId: promoted.userId, role: "manager" });
    await removeMember(manager, { userId: removed.userId });
    await leaveOrganisation(leaver);
    await renameOrganisation(manager, { name: "Renamed Ltd" });

    expect((await reread(promoted.userId)).membership?.role).toBe("manager");
    expect((await reread(removed.userId)).membership).toBeNull();
    expect((await reread(leaver.userId)).membership).toBeNull();
    const notices = await emailsTo(removed.email);
    expect(notices.map((mail) => mail.template)).toContain("organisation_removed");

    const db = await getDb();
    const events = await db
      .select({ action: organisationEvents.action })
      .from(organisationEvents)
      .where(eq(organisationEvents.organisationId, manager.membership?.organisationId ?? ""));
    expect(events.map((event) => event.action).sort()).toEqual(
      [
        "created",
        "invited",
        "invited",
        "invited",
        "joined",
        "joined",
        "joined",
        "role_changed",
        "removed",
        "left",
        "renamed",
      ].sort(),
    );
    await expect(removeMember(manager, { userId: removed.userId })).rejects.toEqual(
      refusal(/not in your organisation/),
    );
  });
});
