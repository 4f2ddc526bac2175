import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/mail/templates/registry";
import { parseStaffTicketQuery, staffTicketSearch } from "@/lib/staff/staff-ticket-query";

describe("the staff queue in the URL", () => {
  it("falls back to defaults for nonsense and round-trips a real view", () => {
    const junk = parseStaffTicketQuery({
      status: "deleted",
      priority: "critical",
      assignee: "bob",
      organisation: "'; drop table tickets",
      page: "-4",
    });
    expect(junk).toMatchObject({ status: "all", priority: "all", assignee: "anyone", page: 1 });
    expect(junk.organisation).toBe("");

    const view = parseStaffTicketQuery({
      status: "open",
      priority: "urgent",
      assignee: "me",
      category: "Billing",
      sortBy: "created:asc",
      page: "3",
    });
    const search = staffTicketSearch(view);
    expect(parseStaffTicketQuery(Object.fromEntries(new URLSearchParams(search)))).toEqual(view);
  });

  it("takes a search of only punctuation for no search", () => {
    for (const q of ["%", "'", "--"]) {
      const view = parseStaffTicketQuery({ q, status: "open" });
      expect(view.q).toBe("");
      expect(staffTicketSearch(view)).toBe("?status=open");
    }
    expect(parseStaffTicketQuery({ q: "printer--fire" }).q).toBe("printer--fire");
  });
});

describe("the support team's emails", () => {
  it("carry links and no message text", () => {
    const invitation = renderEmail("staff_invitation", {
      role: "agent",
      link: "https://support.example/auth/link?token=abc",
      expiresInMinutes: 30,
    });
    expect(invitation.text).toContain("https://support.example/auth/link?token=abc");
    const activity = renderEmail("staff_ticket_activity", {
      event: "customer_reply",
      reference: "AB12-CD34",
      subject: "Printer <b>on fire</b>",
      ticketUrl: "https://support.example/staff/tickets/AB12-CD34",
    });
    expect(activity.subject).toBe("[AB12-CD34] Customer replied: Printer <b>on fire</b>");
    expect(activity.html).not.toContain("<b>on fire</b>");
  });
});
