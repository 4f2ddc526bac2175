import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { e2eSignInFailureLimit } from "./ban-settings";
import { invitationLinkFromEmail, inviteUser, openFromProfileMenu } from "./organisation-support";
import { createAdmin, setUpAccount } from "./staff-support";
import {
  fillTicketForm,
  linkFromEmail,
  logIn,
  newCustomerEmail,
  readLatestEmail,
  registerAccount,
  submitGuestTicket,
} from "./support";

const password = "correct horse battery staple";

async function newPage(browser: Browser, headers: Record<string, string> = {}) {
  return (await browser.newContext({ extraHTTPHeaders: headers })).newPage();
}

async function visit(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page, path);
}

test("Submit a Ticket and Track my ticket pass axe when empty, with errors and when done", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await visit(page, "/", "How can we help?");

  await visit(page, "/tickets/new", "Submit a Ticket");
  await page.getByRole("button", { name: "Submit ticket" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Your ticket was not sent yet" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "Submit a Ticket with errors");
  const email = newCustomerEmail("axe-guest");
  await fillTicketForm(page, { name: "Ada Guest", email, subject: "Axe", description: "Axe" });
  await page.getByRole("button", { name: "Submit ticket" }).click();
  await expect(page.getByTestId("ticket-reference")).toBeVisible();
  await expectNoAxeViolations(page, "Submit a Ticket sent");

  await visit(page, "/track", "Track my ticket");
  await page.getByRole("button", { name: "Email me a link to My Tickets" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "We could not send a link" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "Track my ticket with errors");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a link to My Tickets" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectNoAxeViolations(page, "Track my ticket sent");

  await page.goto(linkFromEmail(await readLatestEmail(page, email)));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, "the email-link page");
  await visit(page, "/auth/link?token=not-a-real-token", /.+/);

  await visit(page, "/dev/mailbox", /mailbox/i);
  await page.getByRole("row").filter({ hasText: email }).first().getByRole("link").click();
  await expect(page.locator("pre").first()).toBeVisible();
  // The HTML preview is the email itself in a script-less sandbox; the page around it is checked.
  const preview = page.locator("iframe[sandbox]");
  await expect(preview).toHaveAttribute("title", /HTML version of the email/);
  await expectNoAxeViolations(page, "a dev mailbox email", "iframe[sandbox]");
});

test("the account pages and the 404 page pass axe when empty and with errors", async ({ page }) => {
  test.setTimeout(180_000);
  await visit(page, "/login", "Log in");
  await logIn(page, "nobody@example.com", "wrong password");
  await expect(page.getByText("That email and password do not match.")).toBeVisible();
  await expectNoAxeViolations(page, "Log in with errors");

  await visit(page, "/register", "Register");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toBeVisible();
  await expectNoAxeViolations(page, "Register with errors");

  const email = newCustomerEmail("a11y-confirm");
  await page.getByLabel("Your name").fill("Axe Confirm");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(linkFromEmail(await readLatestEmail(page, email)));
  await expect(
    page.getByRole("heading", { level: 1, name: "Confirm your email address" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the confirmation page");
  await page.getByRole("button", { name: `Confirm ${email}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toBeVisible();
  await expectNoAxeViolations(page, "the confirmation page with errors");

  await visit(page, "/forgot-password", /password/i);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toBeVisible();
  await expectNoAxeViolations(page, "Forgot password with errors");

  await visit(page, "/no-such-page", "Page not found");
});

test("a customer's and a manager's pages pass axe in each state", async ({ browser }) => {
  test.setTimeout(240_000);
  const manager = await newPage(browser);
  await registerAccount(manager, {
    name: "Mia Manager",
    email: newCustomerEmail("axe-manager"),
    password,
  });
  await expectNoAxeViolations(manager, "My Tickets, empty");

  await visit(manager, "/tickets/new", "Submit a Ticket");
  await manager.getByLabel("Subject").fill("Printer on fire");
  await manager.getByLabel("Category").selectOption("Billing");
  await manager.getByLabel("Description").fill("Smoke everywhere");
  await manager.getByRole("button", { name: "Submit ticket" }).click();
  const reference = (await manager.getByTestId("ticket-reference").textContent()) ?? "";

  await visit(manager, "/my-tickets", "My Tickets");
  await expect(manager.getByRole("table")).toContainText(reference);
  await visit(manager, "/my-tickets?q=nothing-matches-this", "My Tickets");
  await expect(manager.getByRole("table")).toHaveCount(0);

  await visit(manager, `/my-tickets/${reference}`, /Printer on fire/);
  await manager.getByLabel("Your reply").fill("More smoke");
  await manager.getByRole("button", { name: "Send reply" }).click();
  await expect(manager.getByText("Your reply was sent.")).toBeVisible();
  await manager.getByRole("button", { name: "Send reply" }).click();
  await expect(
    manager.getByRole("alert").filter({ hasText: "Your reply was not sent" }),
  ).toBeVisible();
  await expectNoAxeViolations(manager, "a ticket with a conversation and reply errors");

  await visit(manager, "/profile", "Profile");

  await openFromProfileMenu(manager, "Organisation");
  await expectNoAxeViolations(manager, "Organisation, none yet");
  await manager.getByLabel("Organisation name").fill("Axe Widgets");
  await manager.getByRole("button", { name: "Create organisation" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Axe Widgets" })).toBeVisible();
  const invite = manager.getByRole("region", { name: "Invite User" });
  await invite.getByRole("button", { name: "Invite User" }).click();
  await expect(
    manager.getByRole("alert").filter({ hasText: "The invitation was not sent" }),
  ).toBeVisible();
  await expectNoAxeViolations(manager, "Organisation with invite errors");
  const inviteeEmail = newCustomerEmail("axe-invitee");
  await inviteUser(manager, inviteeEmail, "User");
  await expectNoAxeViolations(manager, "Organisation with members and pending invitations");

  const invitee = await newPage(browser);
  await invitee.goto(invitationLinkFromEmail(await readLatestEmail(invitee, inviteeEmail)));
  await expect(invitee.getByRole("heading", { name: "Join Axe Widgets" })).toBeVisible();
  await expectNoAxeViolations(invitee, "the invitation page");
  await invitee.getByRole("button", { name: "Register and join" }).click();
  await expect(invitee.getByRole("alert").filter({ hasText: /\w/ })).toBeVisible();
  await expectNoAxeViolations(invitee, "the invitation page with errors");
});

test("the staff console passes axe: queue, ticket, team and Blocked IPs", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const banned = await newPage(browser, { "X-Forwarded-For": "203.0.113.91" });
  await banned.goto("/login");
  for (let attempt = 0; attempt <= e2eSignInFailureLimit; attempt++) {
    await logIn(banned, "nobody@example.com", `wrong ${attempt}`);
    await expect(banned.getByLabel("Password", { exact: true })).toHaveValue("");
  }
  expect((await banned.goto("/tickets/new"))?.status()).toBe(429);
  await expectNoAxeViolations(banned, "the ban notice");

  const admin = await newPage(browser);
  const adminEmail = newCustomerEmail("axe-admin");
  expect(await createAdmin(baseURL ?? "", adminEmail)).toContain("is an admin");
  await setUpAccount(admin, adminEmail);
  const guest = await newPage(browser);
  await submitGuestTicket(guest, newCustomerEmail("axe-queue"), "Queue check");
  await visit(admin, "/staff", "Queue");
  await admin.getByRole("table").getByRole("link").first().click();
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(admin, "a staff ticket");
  await admin.getByRole("button", { name: "Send" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "Nothing was sent" })).toBeVisible();
  await expectNoAxeViolations(admin, "a staff ticket with reply errors");

  await visit(admin, "/staff/team", "Team");
  await visit(admin, "/staff/blocked-ips", "Blocked IPs");
  await expect(admin.getByRole("button", { name: "Lift ban on 203.0.113.91" })).toBeVisible();
  await admin.getByRole("button", { name: "Lift ban on 203.0.113.91" }).click();
});
