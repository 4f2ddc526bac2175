import { expect, test } from "@playwright/test";
import { linkFromEmail, logIn, newCustomerEmail, readLatestEmail, signOut } from "./support";

test.use({ javaScriptEnabled: false });

test("registering, confirming, signing out and logging in work without JavaScript", async ({
  page,
}) => {
  const email = newCustomerEmail("nojs-account");
  const password = "plain html forms";
  await page.goto("/register");
  await page.getByLabel("Your name").fill("No Script");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
    /at least 8/i,
  );
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Email address")).toHaveValue(email);

  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(linkFromEmail(await readLatestEmail(page, email)));
  // Whoever merely receives the email cannot confirm someone else's registration.
  await page.getByLabel("Password", { exact: true }).fill("a guess");
  await page.getByRole("button", { name: `Confirm ${email}` }).click();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
    /not the password chosen when registering/,
  );
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: `Confirm ${email}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My Tickets" })).toBeVisible();

  await signOut(page);
  await page.goto("/login?callbackUrl=%2Fprofile");
  await logIn(page, email, "wrong password");
  await expect(page.getByText("That email and password do not match.")).toBeVisible();
  await logIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
});
