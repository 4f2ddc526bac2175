import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { e2eTarget, e2eUsesUploadThing } from "./e2e-paths";
import { hostedServices } from "./e2e-target";

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

/**
 * Finds the newest email to `recipient` in the dev mailbox and returns its plain text: on the
 * hosted target as Resend's stand-in received it, once delivered.
 */
export async function readLatestEmail(page: Page, recipient: string) {
  await page.goto("/dev/mailbox");
  const row = page.getByRole("row").filter({ hasText: recipient }).first();
  await expect(row).toBeVisible();
  if (e2eTarget === "hosted") {
    const outboxId = (await row.getByRole("link").getAttribute("href"))?.split("/").at(-1);
    return readDeliveredEmail(`podpora-outbox/${outboxId}`);
  }
  await row.getByRole("link").click();
  return (await page.locator("pre").first().textContent()) ?? "";
}

async function readDeliveredEmail(idempotencyKey: string) {
  const url = `${hostedServices.controlUrl}/emails?idempotencyKey=${encodeURIComponent(idempotencyKey)}`;
  let delivered: { text?: string }[] = [];
  await expect
    .poll(
      async () => {
        delivered = await (await fetch(url)).json();
        return delivered.length;
      },
      { message: `waiting for Resend's stand-in to receive ${idempotencyKey}`, timeout: 20_000 },
    )
    .toBe(1);
  return delivered[0]?.text ?? "";
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
  await page.getByLabel("Password", { exact: true }).fill(account.password);
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

/**
 * Fetches an attachment's link as the signed-in page would, and checks that the file can never
 * render on the portal's origin: the portal sends it as a download with `nosniff` and a sandbox
 * policy, or, with UploadThing, hands out a short-lived signed link on UploadThing's own host,
 * which serves it as a download. Returns the file's answer.
 */
export async function expectSafeDownload(page: Page, href: string) {
  const portal = new URL(page.url());
  const answer = await page.request.get(new URL(href, portal).toString(), { maxRedirects: 0 });
  if (!e2eUsesUploadThing) {
    expect(answer.status()).toBe(200);
    expect(answer.headers()["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers()["content-security-policy"]).toBe("sandbox; default-src 'none'");
    expect(answer.headers()["content-disposition"]).toMatch(/^attachment;/);
    return answer;
  }
  expect(answer.status()).toBe(303);
  expect(answer.headers()["cache-control"]).toBe("private, no-store");
  const signed = new URL(answer.headers().location ?? "");
  expect(signed.origin).not.toBe(portal.origin);
  expect(signed.searchParams.get("expires")).toMatch(/^\d+$/);
  expect(signed.searchParams.get("signature")).toBeTruthy();
  const file = await page.request.get(signed.toString());
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toMatch(/^attachment;/);
  return file;
}
