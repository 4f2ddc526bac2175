import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/mail/templates/escape-html";
import { parseTemplateData, renderEmail, TemplateError } from "@/lib/mail/templates/registry";

const confirmation = {
  name: "Ana Novak",
  reference: "K7QM-4XTD",
  subject: "The export button does nothing",
  trackUrl: "https://support.example.com/track",
};

describe("mail templates", () => {
  it("escape HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
    );
  });

  it("put the reference in the subject and show it, the ticket subject and the track link", () => {
    const email = renderEmail("ticket_confirmation", confirmation);
    expect(email.subject).toBe(
      "[K7QM-4XTD] We received your request: The export button does nothing",
    );
    expect(email.html).toMatch(/^<!DOCTYPE html>/);
    expect(email.html).toContain("K7QM-4XTD");
    expect(email.html).toContain('<a href="https://support.example.com/track"');
    expect(email.html).toContain("Track my ticket");
    expect(email.html).toContain("My Tickets");
    expect(email.text).toContain("Your reference number: K7QM-4XTD");
    expect(email.text).toContain("Subject: The export button does nothing");
    expect(email.text).toContain("open https://support.example.com/track (Track my ticket)");
    expect(email.html).not.toMatch(/<(link|img|script)\b/);
  });

  it("escape markup, quotes and ampersands in the name and the subject", () => {
    const email = renderEmail("ticket_confirmation", {
      ...confirmation,
      name: `<script>alert("hi")</script> O'Brien & Co`,
      subject: `Price <b>"too high"</b> & 'wrong'`,
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<b>");
    expect(email.html).toContain(
      "&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; O&#39;Brien &amp; Co",
    );
    expect(email.html).toContain(
      "Price &lt;b&gt;&quot;too high&quot;&lt;/b&gt; &amp; &#39;wrong&#39;",
    );
    expect(email.subject).toBe(
      `[K7QM-4XTD] We received your request: Price <b>"too high"</b> & 'wrong'`,
    );
    expect(email.text).toContain(`Hello <script>alert("hi")</script> O'Brien & Co,`);
  });

  it("keep right-to-left text and emoji intact", () => {
    const email = renderEmail("ticket_confirmation", {
      ...confirmation,
      name: "שרה כהן 👋🏽",
      subject: "لا أستطيع تسجيل الدخول 🔒",
    });
    for (const part of [email.subject, email.html, email.text]) {
      expect(part).toContain("لا أستطيع تسجيل الدخول 🔒");
    }
    expect(email.html).toContain("שרה כהן 👋🏽");
    expect(email.text).toContain("שרה כהן 👋🏽");
    expect(email.html).toContain('dir="auto"');
  });

  it("keep the subject on one line whatever the ticket subject holds", () => {
    const email = renderEmail("ticket_confirmation", { ...confirmation, subject: "a\r\nBcc: x@y" });
    expect(email.subject).toBe("[K7QM-4XTD] We received your request: a Bcc: x@y");
  });

  it("refuse data their schema does not accept", () => {
    expect(() =>
      parseTemplateData("ticket_confirmation", { ...confirmation, reference: "" }),
    ).toThrow(TemplateError);
    expect(() =>
      parseTemplateData("ticket_confirmation", {
        ...confirmation,
        trackUrl: "javascript:alert(1)",
      }),
    ).toThrow(/trackUrl/);
    expect(() => parseTemplateData("ticket_confirmation", { name: "Ana" })).toThrow(TemplateError);
    expect(() => renderEmail("no_such_template", confirmation)).toThrow(/unknown email template/);
  });
});

describe("the support reply notice", () => {
  it("names the reference in the subject and links to the ticket, without the reply's text", () => {
    const email = renderEmail("ticket_reply", {
      reference: "K7QM-4XTD",
      subject: "Export <fails>",
      ticketUrl: "https://support.example/my-tickets/K7QM-4XTD",
    });
    expect(email.subject).toBe("[K7QM-4XTD] New reply from support: Export <fails>");
    expect(email.text).toContain("https://support.example/my-tickets/K7QM-4XTD");
    expect(email.html).toContain("Export &lt;fails&gt;");
    expect(email.html).not.toContain("<fails>");
  });

  it("names the manager who replied, when it was not the support team", () => {
    const email = renderEmail("ticket_reply", {
      reference: "K7QM-4XTD",
      subject: "Export fails",
      ticketUrl: "https://support.example/my-tickets/K7QM-4XTD",
      replier: "Mia <Manager>",
    });
    expect(email.subject).toBe("[K7QM-4XTD] New reply from Mia <Manager>: Export fails");
    expect(email.text).toContain("Mia <Manager> from your organisation has replied");
    expect(email.html).toContain("Mia &lt;Manager&gt; from your organisation has replied");
  });
});
