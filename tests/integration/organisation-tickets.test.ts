import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { tickets } from "@/db/schema";
import { openEmailData } from "@/lib/mail/seal-email-data";
import { changeRole } from "@/lib/organisations/change-role";
import { removeMember } from "@/lib/organisations/remove-member";
import { addCustomerReply } from "@/lib/tickets/add-customer-reply";
import { getTicket } from "@/lib/tickets/get-ticket";
import { listTickets } from "@/lib/tickets/list-tickets";
import { parseTicketListQuery, ticketListSearch } from "@/lib/tickets/ticket-list-query";
import { ticketFor } from "@/tests/support/customers";
import { addMember, emailsTo, newManager, reread } from "@/tests/support/organisations";

const subjects = async (actor: Parameters<typeof listTickets>[0], scope: string) =>
  (await listTickets(actor, parseTicketListQuery({ scope }))).tickets.map((t) => t.subject).sort();

describe("an organisation's tickets", () => {
  it("carry the organisation, and show to managers under All organisation, not under Mine", async () => {
    const manager = await newManager();
    const user = await addMember(manager, "user");
    const outsider = await newManager("outsider");
    await ticketFor(manager, { subject: "Manager's own" });
    const member = await ticketFor(user, { subject: "Member's" });
    await ticketFor(outsider, { subject: "Outsider's" });

    const db = await getDb();
    const [row] = await db.select().from(tickets).where(eq(tickets.id, member.id));
    expect(row?.organisationId).toBe(manager.membership?.organisationId);
    expect(await subjects(manager, "all")).toEqual(["Manager's own", "Member's"]);
    expect(await subjects(manager, "mine")).toEqual(["Manager's own"]);
    expect(await subjects(user, "all")).toEqual(["Member's"]);
    expect(await subjects(outsider, "all")).toEqual(["Outsider's"]);
    const listed = await listTickets(manager, parseTicketListQuery({ scope: "all" }));
    expect(listed.tickets.map((t) => [t.subject, t.requester]).sort()).toEqual([
      ["Manager's own", manager.name],
      ["Member's", user.name],
    ]);
    expect(parseTicketListQuery({ scope: "everything" }).scope).toBe("all");
    expect(ticketListSearch(parseTicketListQuery({ scope: "mine" }))).toBe("?scope=mine");
  });

  it("let a manager reply, with the author's name in the conversation, until demoted", async () => {
    const manager = await newManager("Mia");
    const second = await addMember(manager, "manager", "Second");
    const user = await addMember(manager, "user", "Nico");
    const ticket = await ticketFor(user, { subject: "Help" });

    const reply = { reference: ticket.reference, body: "On it", submissionKey: randomUUID() };
    expect(await addCustomerReply(second, reply, [])).toMatchObject({ created: true });
    const view = await getTicket(user, ticket.reference);
    expect(view?.conversation.map((message) => message.authorName)).toEqual(["Nico", "Second"]);
    // Failing input: the member learnt of a manager's answer only by opening My Tickets.
    const notices = (await emailsTo(user.email)).filter((row) => row.template === "ticket_reply");
    expect(notices.map((row) => openEmailData(row))).toEqual([
      expect.objectContaining({ reference: ticket.reference, replier: "Second" }),
    ]);
    const own = { reference: ticket.reference, body: "Thanks", submissionKey: randomUUID() };
    expect(await addCustomerReply(user, own, [])).toMatchObject({ created: true });
    expect(
      (await emailsTo(user.email)).filter((row) => row.template === "ticket_reply"),
    ).toHaveLength(1);

    await changeRole(manager, { userId: second.userId, role: "user" });
    const demoted = await reread(second.userId);
    expect(await getTicket(demoted, ticket.reference)).toBeNull();
    const again = { ...reply, submissionKey: randomUUID() };
    expect(await addCustomerReply(demoted, again, [])).toBeNull();

    await removeMember(manager, { userId: user.userId });
    const removed = await reread(user.userId);
    expect(removed.membership).toBeNull();
    expect(await getTicket(removed, ticket.reference)).not.toBeNull();
  });
});
