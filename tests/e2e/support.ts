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
