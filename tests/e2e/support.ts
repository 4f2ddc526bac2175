import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

/** A fresh address per test, so tests never depend on one another's rows. */
export function newCustomerEmail(label: string) {
  return `${label}.${randomUUID().slice(0, 8)}@example.com`;
}

export async function fillTicketForm(
  page: Page,
  fields: { name: string; email: string; subject: string; category?: string; description: string },
) {
  await page.getByLabel("Your name").fill(fields.name);
  await page.getByLabel("Email address").fill(fields.email);
  await page.getByLabel("Subject").fill(fields.subject);
  await page.getByLabel("Category").selectOption(fields.category ?? "Technical problem");
  await page.getByLabel("Description").fill(fields.description);
}

/** Opens the newest email to `recipient` in the dev mailbox and returns its plain text. */
export async function readLatestEmail(page: Page, recipient: string) {
  await page.goto("/dev/mailbox");
  const row = page.getByRole("row").filter({ hasText: recipient }).first();
  await expect(row).toBeVisible();
  await row.getByRole("link").click();
  return (await page.locator("pre").first().textContent()) ?? "";
}

/** The emailed link in an email's plain text, as a person would copy it. */
export function linkFromEmail(text: string) {
  const link = /https?:\/\/\S+\/auth\/link\?token=[\w-]+/.exec(text)?.[0];
  if (!link) throw new Error(`No emailed link in:\n${text}`);
  return link;
}

export async function submitGuestTicket(page: Page, email: string, subject: string) {
  await page.goto("/tickets/new");
  await fillTicketForm(page, { name: "Guest Customer", email, subject, description: subject });
  await page.getByRole("button", { name: "Submit ticket" }).click();
  return (await page.getByTestId("ticket-reference").textContent()) ?? "";
}

/** Registers through Log in → Register now and confirms the emailed link; ends signed in. */
export async function registerAccount(
  page: Page,
  account: { name: string; email: string; password: string },
) {
  await page.goto("/login");
  await page.getByRole("link", { name: "Register now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Register" })).toBeVisible();
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(account.email)).toBeVisible();

  await page.goto(linkFromEmail(await readLatestEmail(page, account.email)));
  await page.getByRole("button", { name: `Confirm ${account.email}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My Tickets" })).toBeVisible();
}

/** Fills in and sends the password form on the Log in page. */
export async function logIn(page: Page, email: string, password: string) {
  const form = page.getByRole("region", { name: "Log in" });
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Password", { exact: true }).fill(password);
  await form.getByRole("button", { name: "Log in", exact: true }).click();
}

export async function signOut(page: Page) {
  const banner = page.getByRole("banner");
  await banner.locator("summary", { hasText: "Profile menu" }).click();
  await banner.getByRole("button", { name: "Sign out" }).click();
  await expect(banner.getByRole("link", { name: "Log in" })).toBeVisible();
}
