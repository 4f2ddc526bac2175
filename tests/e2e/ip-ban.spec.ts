import { expect, type Page, test } from "@playwright/test";
import { e2eBanEnv, e2eSignInFailureLimit } from "./ban-settings";
import { runBesidePortal } from "./run-beside-portal";
import { logIn, newCustomerEmail } from "./support";

/** `npm run ban:lift -- 127.0.0.1` beside the running e2e portal, as an operator would. */
function liftBanOnThisMachine(baseURL: string) {
  return runBesidePortal("ban:lift", ["127.0.0.1"], baseURL);
}

/** A wrong password on the Log in page; done when the refusal is back and the field emptied. */
async function failLogIn(page: Page, email: string, password: string) {
  await logIn(page, email, password);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await expect(page.locator("[role=alert]:focus")).toContainText("do not match");
}

async function expectBanNotice(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(429);
  expect(Number(response?.headers()["retry-after"])).toBeGreaterThan(9 * 60);
  await expect(
    page.getByRole("heading", { level: 1, name: "Your IP address is temporarily banned" }),
  ).toBeVisible();
  await expect(page.getByText(/lifts by itself in about 10 minutes/)).toBeVisible();
  await expect(page.getByRole("link", { name: e2eBanEnv.SUPPORT_EMAIL })).toHaveAttribute(
    "href",
    `mailto:${e2eBanEnv.SUPPORT_EMAIL}`,
  );
}

// Every test comes from 127.0.0.1: start from no ban and no counts, and leave none behind.
test.beforeEach(async ({ baseURL }) => {
  await liftBanOnThisMachine(baseURL ?? "");
});
test.afterEach(async ({ baseURL }) => {
  await liftBanOnThisMachine(baseURL ?? "");
});

test("repeated wrong passwords ban the address on every page until the ban is lifted", async ({
  page,
  baseURL,
}) => {
  const email = newCustomerEmail("banned");
  await page.goto("/login");
  for (let attempt = 1; attempt <= e2eSignInFailureLimit; attempt++) {
    await failLogIn(page, email, `wrong password ${attempt}`);
  }
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/banned/);

  const openBefore = await page.context().newPage();
  await openBefore.goto("/login");
  await page.goto("/login");
  await failLogIn(page, email, "one wrong password too many");
  // Failing input: the failure that started the ban said only that the password did not match.
  await expect(page.locator("[role=alert]:focus")).toContainText("it is banned for 10 minutes");

  // A link followed inside the already open page is refused like a new visit.
  await page.getByRole("banner").getByRole("link", { name: "Submit a Ticket" }).click();
  await expect(
    page.getByRole("heading", { name: "Your IP address is temporarily banned" }),
  ).toBeVisible();
  // Failing input: a form sent from a page opened before the ban showed a generic error.
  await logIn(openBefore, email, "and one more");
  await expect(
    openBefore.getByRole("heading", { level: 1, name: "Your IP address is temporarily banned" }),
  ).toBeVisible();
  for (const path of ["/", "/login", "/tickets/new", "/track", "/my-tickets", "/register"]) {
    await expectBanNotice(page, path);
  }

  expect(await liftBanOnThisMachine(baseURL ?? "")).toContain("Lifted the ban on 127.0.0.1");
  const response = await page.goto("/tickets/new");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Submit a Ticket" })).toBeVisible();
});
