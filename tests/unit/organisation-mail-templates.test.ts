import { describe, expect, it } from "vitest";
import { parseTemplateData, renderEmail, TemplateError } from "@/lib/mail/templates/registry";

const invitation = {
  organisationName: `<b>Acme</b> & "Co"`,
  inviterName: "Mia <Manager>",
  role: "Manager",
  link: "https://support.example.com/invitation?token=abc",
  expiresInDays: 7,
};

describe("organisation emails", () => {
  it("invite with the organisation, inviter, role, link and lifetime, all escaped", () => {
    const email = renderEmail("organisation_invitation", invitation);
    expect(email.subject).toBe(`You are invited to join <b>Acme</b> & "Co" on our support portal`);
    expect(email.text).toContain(
      `Mia <Manager> invited you to join <b>Acme</b> & "Co" as a Manager.`,
    );
    expect(email.text).toContain(invitation.link);
    expect(email.text).toContain("7 days");
    expect(email.html).toContain("&lt;b&gt;Acme&lt;/b&gt; &amp; &quot;Co&quot;");
    expect(email.html).not.toContain("<b>Acme</b>");
  });

  it("refuse a role other than Manager or User and a link that is not http(s)", () => {
    expect(() =>
      parseTemplateData("organisation_invitation", { ...invitation, role: "Owner" }),
    ).toThrow(TemplateError);
    expect(() =>
      parseTemplateData("organisation_invitation", { ...invitation, link: "javascript:alert(1)" }),
    ).toThrow(TemplateError);
  });

  it("tell a removed member which organisation removed them", () => {
    const email = renderEmail("organisation_removed", { organisationName: "Acme" });
    expect(email.subject).toBe("You are no longer a member of Acme");
    expect(email.text).toContain("A Manager of Acme removed you from the organisation.");
  });
});
