import { expect, type Page } from "@playwright/test";
import { runBesidePortal } from "./run-beside-portal";
import { linkFromEmail, readLatestEmail } from "./support";

/** `npm run staff:create-admin -- <email>` beside the running portal, as an operator would. */
export function createAdmin(baseURL: string, email: string) {
  return runBesidePortal("staff:create-admin", [email], baseURL);
}

/** Opens the emailed set-up link, chooses a password and lands in the console. */
export async function setUpAccount(page: Page, email: string) {
  await page.goto(linkFromEmail(await readLatestEmail(page, email)));
  await page.getByLabel("New password").fill("correct horse battery staple 42");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();
}
