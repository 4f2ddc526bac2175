import { expect, test } from "@playwright/test";
import { logIn, newCustomerEmail, registerAccount, signOut } from "./support";

const password = "correct horse battery staple";

test("a cross-site POST to a sign-in action is refused and signs nobody in", async ({ page }) => {
  const email = newCustomerEmail("csrf");
  await registerAccount(page, { name: "Csrf Target", email, password });
  await signOut(page);
  await page.goto("/login");

  // Catch the browser's own sign-in POST, then send it again as another site's page would.
  let caught: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/login*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    caught = {
      url: request.url(),
      headers: request.headers(),
      body: request.postDataBuffer() ?? Buffer.from(""),
    };
    await route.abort();
  });
  await logIn(page, email, password);
  await expect.poll(() => caught).toBeDefined();
  await page.unroute("**/login*");

  const { url, headers, body } = caught ?? { url: "", headers: {}, body: Buffer.from("") };
  const crossSite = await page.request.post(url, {
    headers: { ...headers, origin: "https://evil.test" },
    data: body,
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBeGreaterThanOrEqual(400);
  expect(crossSite.headers()["set-cookie"] ?? "").not.toContain("podpora.session");

  await page.goto("/my-tickets");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmy-tickets/);

  // The same request from the portal's own page does sign in: the refusal was the origin's.
  const sameSite = await page.request.post(url, { headers, data: body, maxRedirects: 0 });
  expect(sameSite.headers()["set-cookie"] ?? "").toContain("podpora.session");
});
