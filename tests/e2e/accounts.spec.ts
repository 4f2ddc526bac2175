import { expect, type Page, test } from "@playwright/test";
import {
  linkFromEmail,
  logIn,
  newCustomerEmail,
  readLatestEmail,
  registerAccount,
  signOut,
  submitGuestTicket,
} from "./support";

const password = "correct horse battery staple";

async function expectOnMyTickets(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "My Tickets" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/my-tickets");
}

test("register, confirm, sign out, and sign in with the password and with an emailed link", async ({
  page,
}) => {
  const email = newCustomerEmail("register");
  await registerAccount(page, { name: "Jana Nováková", email, password });
  await expectOnMyTickets(page);
  await expect(page.getByText("You have no tickets yet")).toBeVisible();
  await expect(page.getByRole("banner").getByText("Jana Nováková")).toBeVisible();

  await signOut(page);
  await page.getByRole("banner").getByRole("link", { name: "Log in" }).click();
  const problem = page.getByRole("alert").filter({ hasText: "You are not signed in yet" });
  const noMatch =
    "That email and password do not match. If you just registered, open the link we emailed you first.";
  const refusals = [
    { address: email, wrong: "not my password" },
    { address: newCustomerEmail("nobody"), wrong: password },
  ];
  for (const { address, wrong } of refusals) {
    await logIn(page, address, wrong);
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
    await expect(problem).toBeFocused();
    await expect(problem).toContainText(noMatch);
  }
  await logIn(page, email, password);
  await expectOnMyTickets(page);

  await signOut(page);
  await page.goto("/login");
  const linkForm = page.getByRole("region", { name: "Email me a sign-in link" });
  await linkForm.getByLabel("Email address").fill(email);
  await linkForm.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(linkForm).toContainText(
    "If an account or tickets exist for that address, we have sent a link. It works for 15 minutes.",
  );
  await page.goto(linkFromEmail(await readLatestEmail(page, email)));
  await expect(page.getByRole("heading", { level: 1, name: `Sign in as ${email}` })).toBeVisible();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectOnMyTickets(page);
});

test("a guest who sent a ticket tracks it with an emailed link", async ({ page }) => {
  const email = newCustomerEmail("track");
  const reference = await submitGuestTicket(page, email, "Printer on fire");

  await page.getByRole("banner").getByRole("link", { name: "Track my ticket" }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a link to My Tickets" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeFocused();
  await expect(
    page.getByText("If we have tickets from that address, we have sent you a link to My Tickets."),
  ).toBeVisible();

  await page.goto(linkFromEmail(await readLatestEmail(page, email)));
  // A second click must not spend the link twice and end on "already used".
  await page.getByRole("button", { name: "Sign in", exact: true }).dblclick();
  await expectOnMyTickets(page);
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Printer on fire");
  await expect(row).toContainText("Open");
  await expect(row.locator("time")).toHaveAttribute("dateTime", /^\d{4}-\d\d-\d\dT/);
});

test("fetching an emailed link spends nothing; a used link says so", async ({ page }) => {
  const email = newCustomerEmail("prefetch");
  await submitGuestTicket(page, email, "Link scanners");
  await page.goto("/login");
  const linkForm = page.getByRole("region", { name: "Email me a sign-in link" });
  await linkForm.getByLabel("Email address").fill(email);
  await linkForm.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(linkForm.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = linkFromEmail(await readLatestEmail(page, email));

  const fetched = await page.request.get(link);
  expect(fetched.status()).toBe(200);
  expect(fetched.headers()["referrer-policy"]).toBe("same-origin");

  await page.goto(link);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "same-origin");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectOnMyTickets(page);

  await page.goto(link);
  await expect(
    page.getByRole("heading", { level: 1, name: "This link has already been used" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toHaveCount(0);
  await page.goto("/auth/link?token=not-a-real-token");
  await expect(
    page.getByRole("heading", { level: 1, name: "This link is not valid" }),
  ).toBeVisible();
});

test("an offsite callbackUrl ends on the portal; a same-site one is honoured", async ({
  page,
  baseURL,
}) => {
  const email = newCustomerEmail("callback");
  await registerAccount(page, { name: "Callback Tester", email, password });
  await signOut(page);

  for (const offsite of ["//evil.test", "https://evil.test", "/\\evil.test"]) {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(offsite)}`);
    await logIn(page, email, password);
    await expectOnMyTickets(page);
    expect(page.url()).toBe(`${baseURL}/my-tickets`);
    await signOut(page);
  }

  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fprofile$/);
  await logIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
  await page.goto("/login");
  await expectOnMyTickets(page);
});

test("tickets sent as a guest appear in the account registered with that address", async ({
  page,
}) => {
  const email = newCustomerEmail("guest-then-register");
  const reference = await submitGuestTicket(page, email, "Sent before registering");

  await registerAccount(page, { name: "Late Registrant", email, password });
  await expect(page.getByRole("row").filter({ hasText: reference })).toContainText(
    "Sent before registering",
  );

  await page.getByRole("banner").getByRole("link", { name: "Submit a Ticket" }).click();
  await expect(page.getByLabel("Your name")).toHaveValue("Late Registrant");
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await expect(page.getByLabel("Email address")).not.toBeEditable();
});
