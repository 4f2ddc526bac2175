import { expect, test } from "@playwright/test";
import { createAdmin, setUpAccount } from "./staff-support";
import { newCustomerEmail } from "./support";

test("an admin finds Email delivery in the staff console; nobody else does", async ({
  page,
  baseURL,
  request,
}) => {
  const adminEmail = newCustomerEmail("admin");
  expect(await createAdmin(baseURL ?? "", adminEmail)).toContain("is an admin");
  await setUpAccount(page, adminEmail);

  await page
    .getByRole("navigation", { name: "Staff console" })
    .getByRole("link", { name: "Email delivery" })
    .click();

  await expect(page.getByRole("heading", { level: 1, name: "Email delivery" })).toBeVisible();
  await expect(page.getByText("No email has failed.")).toBeVisible();
  await expect(page.getByText("No email is waiting for another attempt.")).toBeVisible();
  expect((await request.get("/staff/email")).status()).toBe(404);
});

test("the scheduled delivery route does not exist while CRON_SECRET is unset", async ({
  request,
}) => {
  const response = await request.get("/api/cron/deliver-email", {
    headers: { authorization: "Bearer guess-the-secret" },
  });
  expect(response.status()).toBe(404);
});
