import { type Browser, expect, type Page, test } from "@playwright/test";
import {
  invitationLinkFromEmail,
  inviteUser,
  memberRow,
  openFromProfileMenu,
} from "./organisation-support";
import { newCustomerEmail, readLatestEmail, registerAccount } from "./support";

const password = "correct horse battery staple";

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

async function submitSignedIn(page: Page, subject: string) {
  await page.goto("/tickets/new");
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Category").selectOption("Billing");
  await page.getByLabel("Description").fill(`About: ${subject}`);
  await page.getByRole("button", { name: "Submit ticket" }).click();
  await expect(page.getByTestId("ticket-reference")).toBeVisible();
}

test("a manager builds a team, manages it, and handles the organisation's tickets", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const manager = await newPage(browser);
  const managerEmail = newCustomerEmail("manager");
  await registerAccount(manager, { name: "Mia Manager", email: managerEmail, password });
  await openFromProfileMenu(manager, "Organisation");
  await manager.getByLabel("Organisation name").fill("Acme Widgets");
  await manager.getByRole("button", { name: "Create organisation" }).click();
  await expect(
    manager.getByRole("heading", { level: 1, name: "Acme Widgets", exact: true }),
  ).toBeVisible();
  await expect(memberRow(manager, managerEmail)).toContainText("Manager");

  const existing = await newPage(browser);
  const existingEmail = newCustomerEmail("existing");
  await registerAccount(existing, { name: "Eva Existing", email: existingEmail, password });
  const newcomerEmail = newCustomerEmail("newcomer");
  await inviteUser(manager, newcomerEmail, "User");
  await inviteUser(manager, existingEmail, "User");

  // The new person registers from the invitation: the link proves the address.
  const newcomer = await newPage(browser);
  await newcomer.goto(invitationLinkFromEmail(await readLatestEmail(newcomer, newcomerEmail)));
  await expect(newcomer.getByRole("heading", { name: "Join Acme Widgets" })).toBeVisible();
  await newcomer.getByLabel("Your name").fill("Nico Newcomer");
  await newcomer.getByLabel("Choose a password").fill(password);
  await newcomer.getByRole("button", { name: "Register and join" }).click();
  await expect(
    newcomer.getByRole("heading", { level: 1, name: "Acme Widgets", exact: true }),
  ).toBeVisible();

  // The existing customer, signed in, accepts with one button.
  const existingLink = invitationLinkFromEmail(await readLatestEmail(existing, existingEmail));
  await existing.goto(existingLink);
  await existing.getByRole("button", { name: "Accept and join" }).click();
  await expect(
    existing.getByRole("heading", { level: 1, name: "Acme Widgets", exact: true }),
  ).toBeVisible();
  await existing.goto(existingLink);
  await expect(existing.getByRole("heading", { name: /already been accepted/ })).toBeVisible();

  await submitSignedIn(newcomer, "Newcomer cannot print invoices");
  await submitSignedIn(existing, "Existing member needs a refund");

  await manager.goto("/organisation");
  await memberRow(manager, newcomerEmail)
    .getByRole("button", { name: /Make Manager/ })
    .click();
  await expect(memberRow(manager, newcomerEmail)).toContainText("Manager");
  // Remove asks first; only its Yes button removes, and the notice above the table says who.
  await memberRow(manager, existingEmail).locator("summary", { hasText: "Remove" }).click();
  await memberRow(manager, existingEmail)
    .getByRole("button", { name: /Yes, remove/ })
    .click();
  await expect(
    manager.getByRole("status").filter({ hasText: "Eva Existing has been removed" }),
  ).toBeVisible();
  await expect(memberRow(manager, existingEmail)).toHaveCount(0);

  // The removed member's open session has lost the organisation with its next request.
  await existing.goto("/organisation");
  await expect(existing.getByRole("heading", { name: "Create an organisation" })).toBeVisible();
  await expect(existing.getByRole("heading", { name: "Acme Widgets" })).toHaveCount(0);
  const notice = await readLatestEmail(existing, existingEmail);
  expect(notice).toContain("removed you from the organisation");

  await manager.goto("/my-tickets");
  const tickets = manager.getByRole("table");
  await expect(tickets).toContainText("Newcomer cannot print invoices");
  await expect(tickets).toContainText("Existing member needs a refund");
  // Failing input: a manager's list of the organisation's tickets did not say who sent each.
  await expect(tickets.getByRole("columnheader", { name: "Sent by" })).toBeVisible();
  await expect(tickets.getByRole("row", { name: /Newcomer cannot print invoices/ })).toContainText(
    "Nico Newcomer",
  );
  await manager.getByLabel("Show").selectOption({ label: "Mine" });
  await manager.getByRole("button", { name: "Apply" }).click();
  expect(new URL(manager.url()).searchParams.get("scope")).toBe("mine");
  await expect(manager.getByRole("table")).toHaveCount(0);
  await manager.goto("/my-tickets?scope=all");
  await manager.getByRole("link", { name: "Newcomer cannot print invoices" }).click();
  await manager.getByLabel("Your reply").fill("Our team is on it.");
  await manager.getByRole("button", { name: "Send reply" }).click();
  await expect(manager.getByText("Your reply was sent.")).toBeVisible();
  const conversation = manager.getByRole("list", { name: "Conversation" });
  await expect(conversation).toContainText("Nico Newcomer");
  await expect(conversation).toContainText("Our team is on it.");
});
