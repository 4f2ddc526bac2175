import { describe, expect, it } from "vitest";
import { parseTemplateData, renderEmail, TemplateError } from "@/lib/mail/templates/registry";

const link = "https://support.example.com/auth/link?token=Zq9-x_1&next=%2Fmy-tickets";
const escapedLink = "https://support.example.com/auth/link?token=Zq9-x_1&amp;next=%2Fmy-tickets";
const ignoreLine = "If you did not ask for this, you can ignore this email.";

function urlsIn(text: string): string[] {
  return text.match(/https?:\/\/\S+/g) ?? [];
}

describe("sign_in_link email", () => {
  const data = { link, context: "sign_in", expiresInMinutes: 15 };

  it("has a subject for each context", () => {
    expect(renderEmail("sign_in_link", data).subject).toBe("Your sign-in link");
    expect(renderEmail("sign_in_link", { ...data, context: "track" }).subject).toBe(
      "Your link to My Tickets",
    );
  });

  it("shows the raw link in the text and the escaped link in the html", () => {
    const email = renderEmail("sign_in_link", data);
    expect(urlsIn(email.text)).toEqual([link]);
    expect(email.html).toContain(`<a href="${escapedLink}"`);
    expect(email.html).not.toContain(link);
    expect(email.html).not.toMatch(/<(link|img|script)\b/);
  });

  it("says the link opens a one-click page, works once and for how long", () => {
    for (const context of ["sign_in", "track"]) {
      const email = renderEmail("sign_in_link", { ...data, context });
      expect(email.text).toContain("one button: click it and you are signed in");
      expect(email.text).toContain("The link works once, and only for the next 15 minutes.");
      expect(email.html).toContain("15 minutes");
      expect(email.text).toContain(ignoreLine);
    }
    expect(renderEmail("sign_in_link", { ...data, context: "track" }).text).toContain("My Tickets");
    expect(renderEmail("sign_in_link", { ...data, expiresInMinutes: 1 }).text).toContain(
      "the next 1 minute.",
    );
  });

  it("refuses a link that is not a web address, an unknown context or a bad lifetime", () => {
    expect(() => parseTemplateData("sign_in_link", { ...data, link: "not a url" })).toThrow(/link/);
    expect(() =>
      parseTemplateData("sign_in_link", { ...data, link: "javascript:alert(1)" }),
    ).toThrow(TemplateError);
    expect(() => parseTemplateData("sign_in_link", { ...data, context: "admin" })).toThrow(
      /context/,
    );
    expect(() => parseTemplateData("sign_in_link", { ...data, expiresInMinutes: 1.5 })).toThrow(
      /expiresInMinutes/,
    );
  });
});

describe("verify_email email", () => {
  const data = { name: "Ana Novak", link, expiresInHours: 24 };

  it("asks to confirm the address with the password, mentions My Tickets and the link's lifetime", () => {
    const email = renderEmail("verify_email", data);
    expect(email.text).toContain("enter the password you chose when registering");
    expect(email.html).toContain("with the password you chose when registering");
    expect(email.subject).toBe("Confirm your email address to finish registering");
    expect(email.text).toContain("Hello Ana Novak,");
    expect(urlsIn(email.text)).toEqual([link]);
    expect(email.html).toContain(`<a href="${escapedLink}"`);
    expect(email.text).toContain("tickets you already sent from this address");
    expect(email.text).toContain("My Tickets");
    expect(email.text).toContain("The link works for 24 hours.");
    expect(email.html).toContain("24 hours");
    expect(email.text).toContain(ignoreLine);
  });

  it("greets without a name when none is given", () => {
    const email = renderEmail("verify_email", { ...data, name: "  " });
    expect(email.text.startsWith("Hello,\n")).toBe(true);
  });

  it("escapes markup in the name", () => {
    const email = renderEmail("verify_email", {
      ...data,
      name: `<script>alert("hi")</script> O'Brien & Co`,
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(
      "Hello &lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; O&#39;Brien &amp; Co,",
    );
    expect(email.text).toContain(`Hello <script>alert("hi")</script> O'Brien & Co,`);
  });

  it("refuses a link that is not a web address", () => {
    expect(() => parseTemplateData("verify_email", { ...data, link: "/verify?token=x" })).toThrow(
      /link/,
    );
    expect(() => parseTemplateData("verify_email", { ...data, expiresInHours: 0 })).toThrow(
      /expiresInHours/,
    );
  });
});

describe("reset_password email", () => {
  const data = { link, expiresInMinutes: 30 };

  it("gives the link, its lifetime and warns about signing out elsewhere", () => {
    const email = renderEmail("reset_password", data);
    expect(email.subject).toBe("Set a new password");
    expect(urlsIn(email.text)).toEqual([link]);
    expect(email.html).toContain(`<a href="${escapedLink}"`);
    expect(email.text).toContain("The link works for 30 minutes.");
    expect(email.text).toContain("signed out\neverywhere else");
    expect(email.html).toContain("signed out everywhere else");
    expect(email.text).toContain(ignoreLine);
  });

  it("never shows a password, even when one is passed in by mistake", () => {
    const email = renderEmail("reset_password", { ...data, password: "hunter2-secret" });
    for (const part of [email.subject, email.html, email.text]) {
      expect(part).not.toContain("hunter2-secret");
    }
    expect(parseTemplateData("reset_password", { ...data, password: "x" })).toEqual(data);
  });

  it("refuses a link that is not a web address", () => {
    expect(() => parseTemplateData("reset_password", { ...data, link: "reset" })).toThrow(/link/);
  });
});

describe("account_exists email", () => {
  const loginUrl = "https://support.example.com/login";
  const resetUrl = "https://support.example.com/forgot-password?email=a%40b.c&x=1";
  const data = { loginUrl, resetUrl };

  it("offers Log in and the forgot-password page", () => {
    const email = renderEmail("account_exists", data);
    expect(email.subject).toBe("You already have an account");
    expect(urlsIn(email.text)).toEqual([loginUrl, resetUrl]);
    expect(email.html).toContain(`<a href="${loginUrl}"`);
    expect(email.html).toContain(
      '<a href="https://support.example.com/forgot-password?email=a%40b.c&amp;x=1"',
    );
    expect(email.html).toContain("Log in</a>");
    expect(email.text).toContain("Forgot your password?");
    expect(email.text).toContain(ignoreLine);
  });

  it("refuses URLs that are not web addresses", () => {
    expect(() => parseTemplateData("account_exists", { ...data, loginUrl: "login" })).toThrow(
      /loginUrl/,
    );
    expect(() =>
      parseTemplateData("account_exists", { ...data, resetUrl: "javascript:alert(1)" }),
    ).toThrow(/resetUrl/);
  });
});
