import { expect, test } from "@playwright/test";
import {
  linkFromEmail,
  logIn,
  newCustomerEmail,
  readLatestEmail,
  registerAccount,
  signOut,
  submitGuestTicket,
} from "./support";

const password = "first long passphrase";
const newPassword = "second long passphrase";

test("a new name shows at once; a new password keeps this browser and ends the others", async ({
  page,
  browser,
}) => {
  const email = newCustomerEmail("profile");
  await registerAccount(page, { name: "Old Name", email, password });
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await otherPage.goto("/login");
  await logIn(otherPage, email, password);
  await expect(otherPage.getByRole("heading", { level: 1, name: "My Tickets" })).toBeVisible();

  const banner = page.getByRole("banner");
  await banner.locator("summary", { hasText: "Profile menu" }).click();
  await banner.getByRole("link", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
  await expect(page.getByTestId("profile-email")).toHaveText(email);
  await page.getByLabel("Your name").fill("New Name");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("heading", { name: "Your name has been saved" })).toBeFocused();
  await expect(banner.locator("summary")).toContainText("New Name");

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription(
    "That is not your current password.",
  );
  await page.getByLabel("Current password").fill(password);
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { name: "Your password has been changed" })).toBeFocused();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
  await otherPage.goto("/my-tickets");
  await expect(otherPage).toHaveURL(/\/login\?callbackUrl=%2Fmy-tickets$/);
  await logIn(otherPage, email, newPassword);
  await expect(otherPage.getByRole("heading", { level: 1, name: "My Tickets" })).toBeVisible();
  await elsewhere.close();
});

test("a customer who only used emailed links sets a first password", async ({ page }) => {
  const email = newCustomerEmail("links-only");
  await submitGuestTicket(page, email, "No password yet");
  await page.goto("/track");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a link to My Tickets" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(linkFromEmail(await readLatestEmail(page, email)));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My Tickets" })).toBeVisible();

  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 2, name: "Set a password" })).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveCount(0);
  await page.getByLabel("Choose a password").fill("password");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByLabel("Choose a password")).toHaveAccessibleDescription(
    /one of the most common ones/,
  );
  await page.getByLabel("Choose a password").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("heading", { name: "Your password has been changed" })).toBeVisible();
  await expect(page.getByLabel("Current password")).toBeVisible();

  await signOut(page);
  await page.goto("/login");
  await logIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "My Tickets" })).toBeVisible();
});

test("Forgot your password? emails a link that sets a new one", async ({ page }) => {
  const email = newCustomerEmail("forgot");
  await registerAccount(page, { name: "Forgetful", email, password });
  await signOut(page);

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Forgot your password?" }),
  ).toBeVisible();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByText("If an account exists for that address")).toBeVisible();

  const link = linkFromEmail(await readLatestEmail(page, email));
  await page.goto(link);
  await expect(
    page.getByRole("heading", { level: 1, name: "Choose a new password" }),
  ).toBeVisible();
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByLabel("New password")).toHaveAccessibleDescription(/at least 8/i);
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My Tickets" })).toBeVisible();

  await page.goto(link);
  await expect(
    page.getByRole("heading", { level: 1, name: "This link has already been used" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /new link to reset your password/ })).toBeVisible();
  await signOut(page);
  await page.goto("/login");
  await logIn(page, email, newPassword);
  await expect(page.getByRole("heading", { level: 1, name: "My Tickets" })).toBeVisible();
});
