import { expect, type Page, test } from "@playwright/test";
import { createAdmin, setUpAccount } from "./staff-support";
import { expectSafeDownload, fillTicketForm, newCustomerEmail, registerAccount } from "./support";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function nonceOf(policy: string | undefined) {
  return /script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "")?.[1] ?? "";
}

/** Records every Content-Security-Policy violation the page reports, from its first script. */
async function watchViolations(page: Page) {
  const consoleReports: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleReports.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    consoleReports,
    events: () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

test("every page comes with a fresh nonce on each of Next.js's scripts, and a request id", async ({
  request,
}) => {
  const first = await request.get("/tickets/new");
  const second = await request.get("/tickets/new");
  const nonce = nonceOf(first.headers()["content-security-policy"]);
  expect(nonce).not.toBe("");
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
  expect(first.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  // Served over plain http, as in these tests: no HSTS.
  expect(first.headers()["strict-transport-security"]).toBeUndefined();

  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(3);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  // The start page and the not-found page too: none is built ahead without a nonce.
  for (const path of ["/", "/no-such-page"]) {
    const page = await request.get(path);
    const pageNonce = nonceOf(page.headers()["content-security-policy"]);
    const pageScripts = (await page.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(pageScripts.length, path).toBeGreaterThan(3);
    for (const script of pageScripts) expect(script, path).toContain(`nonce="${pageNonce}"`);
  }

  const ids = [first, second].map((response) => response.headers()["x-request-id"]);
  for (const id of ids) expect(id).toMatch(uuid);
  expect(ids[0]).not.toBe(ids[1]);
});

test("submitting a ticket runs every script the portal needs and breaks no policy", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto("/tickets/new");
  await fillTicketForm(page, {
    name: "Policy Checker",
    email: newCustomerEmail("csp"),
    subject: "Nonce check",
    description: "Nothing here should be blocked.",
  });
  await page.getByRole("button", { name: "Submit ticket" }).click();
  // Focus moved by the page's own script: hydration ran under the policy.
  await expect(page.getByRole("heading", { name: /your ticket has been sent/ })).toBeFocused();
  expect(await violations.events()).toEqual([]);
  expect(violations.consoleReports).toEqual([]);

  // Markup a customer might smuggle into a page, with an inline handler: refused and reported.
  await page.evaluate(() => {
    const probe = document.createElement("div");
    probe.innerHTML = '<img src="/no-such-image.png" onerror="window.injectedScriptRan = true">';
    document.body.append(probe);
  });
  await expect.poll(violations.events).toEqual([expect.stringMatching(/^script-src-attr inline/)]);
  expect(await page.evaluate(() => "injectedScriptRan" in window)).toBe(false);
});

test("the session cookie is HttpOnly and SameSite=Lax (Secure needs an https APP_URL)", async ({
  page,
}) => {
  await registerAccount(page, {
    name: "Cookie Checker",
    email: newCustomerEmail("cookie"),
    password: "a long and private passphrase 7",
  });
  const cookies = await page.context().cookies();
  expect(cookies.map((cookie) => cookie.name)).toEqual(["podpora.session"]);
  expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
});

test("an attachment is downloaded so that it can never run on the portal's origin", async ({
  page,
}) => {
  await registerAccount(page, {
    name: "File Sender",
    email: newCustomerEmail("sandbox"),
    password: "a long and private passphrase 8",
  });
  await page.goto("/tickets/new");
  await page.getByLabel("Subject").fill("A page that runs a script");
  await page.getByLabel("Category").selectOption("Technical problem");
  await page.getByLabel("Description").fill("See the attached page.");
  await page.getByLabel("Attachments (optional)").setInputFiles({
    name: "page.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("<script>alert(1)</script>"),
  });
  await page.getByRole("button", { name: "Submit ticket" }).click();
  const reference = (await page.getByTestId("ticket-reference").textContent()) ?? "";

  await page.goto(`/my-tickets/${reference}`);
  const href = (await page.getByRole("link", { name: "page.txt" }).getAttribute("href")) ?? "";
  const file = await expectSafeDownload(page, href);
  expect(await file.text()).toBe("<script>alert(1)</script>");
});

test("a ticket missing from the staff console is not found inside the console", async ({
  page,
  baseURL,
}) => {
  const email = newCustomerEmail("admin404");
  expect(await createAdmin(baseURL ?? "", email)).toContain("is an admin");
  await setUpAccount(page, email);

  const response = await page.goto("/staff/tickets/ZZZZ-2222");
  expect(response?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { level: 1, name: "Not found in the staff console" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Back to the queue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();
});
