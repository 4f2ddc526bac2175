import { expect, type Page, test } from "@playwright/test";
import { expectFocusedAlert, tabTo, typeAndTab } from "./keyboard";
import { newCustomerEmail, registerAccount, signOut } from "./support";

const password = "correct horse battery staple";

/** The skip link is the first stop on every page and jumps past the header. */
async function skipToContent(page: Page) {
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
}

test("a guest submits a ticket with the keyboard alone", async ({ page }) => {
  await page.goto("/tickets/new");
  await skipToContent(page);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Your name")).toBeFocused();

  await tabTo(page, page.getByRole("button", { name: "Submit ticket" }));
  await page.keyboard.press("Enter");
  await expectFocusedAlert(page, "Your ticket was not sent yet");

  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Your name")).toBeFocused();
  await typeAndTab(page, "Kim Keyboard");
  await typeAndTab(page, newCustomerEmail("keyboard"));
  await typeAndTab(page, "My mouse is broken");
  await expect(page.getByLabel("Category")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Category")).not.toHaveValue("");
  await page.keyboard.press("Tab");
  await typeAndTab(page, "So I use the keyboard.");
  await tabTo(page, page.getByRole("button", { name: "Submit ticket" }));
  await page.keyboard.press("Space");

  const thanks = page.getByRole("heading", { name: "Thank you, your ticket has been sent" });
  await expect(thanks).toBeFocused();
  await expect(page.getByTestId("ticket-reference")).not.toBeEmpty();
});

test("a customer signs in, replies and invites someone with the keyboard alone", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const email = newCustomerEmail("keys");
  await registerAccount(page, { name: "Kai Keys", email, password });
  await page.goto("/tickets/new");
  await page.getByLabel("Subject").fill("Keyboard reply check");
  await page.getByLabel("Description").fill("Please answer");
  await page.getByLabel("Category").selectOption("Billing");
  await page.getByRole("button", { name: "Submit ticket" }).click();
  const reference = (await page.getByTestId("ticket-reference").textContent()) ?? "";
  await signOut(page);

  // Sign in: a wrong password first, then the right one.
  await page.goto("/login");
  await skipToContent(page);
  const logInForm = page.getByRole("region", { name: "Log in" });
  await tabTo(page, logInForm.getByLabel("Email address"));
  await typeAndTab(page, email);
  await page.keyboard.type("not my password");
  await page.keyboard.press("Enter");
  await expectFocusedAlert(page, "do not match");
  await tabTo(page, logInForm.getByLabel("Password", { exact: true }));
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  // A new page: focus starts at its heading, as the sign-in form is gone.
  await expect(page.getByRole("heading", { level: 1, name: "My Tickets" })).toBeFocused();

  // Reply: an empty reply first, then a real one.
  await tabTo(page, page.getByRole("link", { name: "Keyboard reply check" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /Keyboard reply check/ })).toBeFocused();
  await expect(page.getByRole("main")).toContainText(reference);
  await tabTo(page, page.getByRole("button", { name: "Send reply" }));
  await page.keyboard.press("Enter");
  await expectFocusedAlert(page, "Your reply was not sent");
  await tabTo(page, page.getByLabel("Your reply"));
  await page.keyboard.type("Typed without a mouse");
  await tabTo(page, page.getByRole("button", { name: "Send reply" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Your reply was sent." })).toBeFocused();
  await expect(page.getByRole("list", { name: "Conversation" })).toContainText(
    "Typed without a mouse",
  );

  // Organisation, through the profile menu; then an invitation, empty first.
  await tabTo(page, page.getByRole("banner").locator("summary"), "back");
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("link", { name: "Organisation" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Organisation" })).toBeFocused();
  await tabTo(page, page.getByLabel("Organisation name"));
  await page.keyboard.type("Keyboard Club");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Keyboard Club" })).toBeVisible();

  const invite = page.getByRole("region", { name: "Invite User" });
  await tabTo(page, invite.getByRole("button", { name: "Invite User" }));
  await page.keyboard.press("Enter");
  await expectFocusedAlert(page, "The invitation was not sent");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(invite.getByLabel("Email address")).toBeFocused();
  const invitee = newCustomerEmail("keys-invitee");
  await typeAndTab(page, invitee);
  await expect(invite.getByLabel("Role")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await tabTo(page, invite.getByRole("button", { name: "Invite User" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("heading", { name: "Invitation sent" })).toBeFocused();
  await expect(page.getByRole("region", { name: "Pending invitations" })).toContainText(invitee);
});
