import { expect, type Page } from "@playwright/test";

/** The invitation link in an email's plain text, as a person would copy it. */
export function invitationLinkFromEmail(text: string) {
  const link = /https?:\/\/\S+\/invitation\?token=[\w-]+/.exec(text)?.[0];
  if (!link) throw new Error(`No invitation link in:\n${text}`);
  return link;
}

/** Opens the profile dropdown in the header and follows one of its entries. */
export async function openFromProfileMenu(page: Page, entry: string) {
  const banner = page.getByRole("banner");
  await banner.locator("summary", { hasText: "Profile menu" }).click();
  await banner.getByRole("link", { name: entry }).click();
}

/** Invite User on the Users tab; ends when the page says the invitation was sent. */
export async function inviteUser(page: Page, email: string, role: "Manager" | "User") {
  const form = page.getByRole("region", { name: "Invite User" });
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByRole("button", { name: "Invite User" }).click();
  await expect(page.getByRole("heading", { name: "Invitation sent" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: email })).toBeVisible();
}

/** The members table's row for an address. */
export function memberRow(page: Page, email: string) {
  return page.getByRole("region", { name: "Users" }).getByRole("row").filter({ hasText: email });
}
