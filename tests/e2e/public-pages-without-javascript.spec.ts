import { expect, test } from "@playwright/test";
import { fillTicketForm, newCustomerEmail } from "./support";

test.use({ javaScriptEnabled: false });

test("the home page leads to Submit a Ticket and Track my ticket without JavaScript", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("main")
    .getByRole("link", { name: /Submit a Ticket/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Submit a Ticket" })).toBeVisible();
  await page.goto("/");
  await page
    .getByRole("main")
    .getByRole("link", { name: /Track my ticket/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Track my ticket" })).toBeVisible();
});

test("a guest submits a ticket and asks for a tracking link without JavaScript", async ({
  page,
}) => {
  const email = newCustomerEmail("nojs-guest");
  await page.goto("/tickets/new");
  await page.getByLabel("Subject").fill("Sent from a plain browser");
  await page.getByRole("button", { name: "Submit ticket" }).click();
  await expect(page.getByRole("alert")).toContainText("Your ticket was not sent yet");
  await expect(page.getByLabel("Subject")).toHaveValue("Sent from a plain browser");
  await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");

  await fillTicketForm(page, {
    name: "Plain Browser",
    email,
    subject: "Sent from a plain browser",
    description: "No scripts here.",
  });
  await page.getByRole("button", { name: "Submit ticket" }).click();
  await expect(
    page.getByRole("heading", { name: "Thank you, your ticket has been sent" }),
  ).toBeVisible();
  await expect(page.getByTestId("ticket-reference")).toHaveText(/\w{4,}/);

  await page.goto("/track");
  await page.getByLabel("Email address").fill("not an address");
  await page.getByRole("button", { name: "Email me a link to My Tickets" }).click();
  await expect(page.getByRole("alert")).toContainText("We could not send a link");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a link to My Tickets" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
});
