import { expect, test } from "@playwright/test";
import { fillTicketForm, newCustomerEmail, readLatestEmail } from "./support";

test("a guest submits a ticket with an attachment and reads the confirmation email", async ({
  page,
}) => {
  const email = newCustomerEmail("guest");
  await page.goto("/");
  await page
    .getByRole("main")
    .getByRole("link", { name: /Submit a Ticket/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Submit a Ticket" })).toBeVisible();

  await fillTicketForm(page, {
    name: "Jana Dvořáková",
    email: `  ${email.toUpperCase()} `,
    subject: "Export to PDF fails",
    description: "Clicking Export gives a blank page.\nשלום 👋🏽",
  });
  await page.getByLabel("Attachments (optional)").setInputFiles({
    name: 'snímek obrazovky "1".png',
    mimeType: "image/png",
    buffer: Buffer.from("89504e470d0a1a0a", "hex"),
  });
  await page.getByRole("button", { name: "Submit ticket" }).click();

  await expect(page.getByRole("heading", { name: /your ticket has been sent/ })).toBeFocused();
  const reference = (await page.getByTestId("ticket-reference").textContent()) ?? "";
  expect(reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  const text = await readLatestEmail(page, email);
  expect(text).toContain(reference);
  expect(text).toContain("Export to PDF fails");
  expect(text).toContain("/track");
});

test("errors are shown beside the fields and what was typed is kept", async ({ page }) => {
  await page.goto("/tickets/new");
  await page.getByLabel("Your name").fill("Piotr");
  await page.getByLabel("Email address").fill("piotr@@example.com");
  await page.getByLabel("Subject").fill("x".repeat(5000));
  await page.getByLabel("Attachments (optional)").setInputFiles({
    name: "tool.exe",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("MZ"),
  });
  await page.getByRole("button", { name: "Submit ticket" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "Your ticket was not sent yet" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter a valid email address");
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email address")).toHaveAccessibleDescription(
    /Enter a valid email address/,
  );
  // The field stops at the limit, so the server's own message for a longer subject (tested in
  // tests/unit/ticket-input.test.ts) is for clients that ignore maxlength.
  await expect(page.getByLabel("Subject")).toHaveValue("x".repeat(200));
  await expect(page.getByLabel("Subject")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Category")).toHaveAccessibleDescription(/Choose a category/);
  await expect(page.getByLabel("Description")).toHaveAccessibleDescription(/Enter a description/);
  await expect(page.getByLabel("Attachments (optional)")).toHaveAccessibleDescription(
    /“tool.exe” is not a type we accept./,
  );
  await expect(page.getByLabel("Your name")).toHaveValue("Piotr");
  await expect(page.getByLabel("Email address")).toHaveValue("piotr@@example.com");
});

test("a file over the size limit is refused before it is uploaded", async ({ page }) => {
  let actionPosts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST") actionPosts += 1;
  });
  await page.goto("/tickets/new");
  await fillTicketForm(page, {
    name: "Big File",
    email: newCustomerEmail("big"),
    subject: "A large log",
    description: "The log is big.",
  });
  const attachments = page.getByLabel("Attachments (optional)");
  await attachments.setInputFiles({
    name: "server.log",
    mimeType: "text/plain",
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, "a"),
  });
  await page.getByRole("button", { name: "Submit ticket" }).click();

  await expect(attachments).toBeFocused();
  await expect(attachments).toHaveAccessibleDescription(/“server.log” is larger than 10 MB./);
  expect(actionPosts).toBe(0);
});

test("a double click sends one ticket", async ({ page }) => {
  const email = newCustomerEmail("double");
  await page.goto("/tickets/new");
  await fillTicketForm(page, {
    name: "Double Clicker",
    email,
    subject: "Clicked twice",
    description: "I pressed the button twice.",
  });
  await page.getByRole("button", { name: "Submit ticket" }).dblclick();
  await expect(page.getByTestId("ticket-reference")).toBeVisible();

  await page.goto("/dev/mailbox");
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still submits, shows errors and the reference", async ({ page }) => {
    const email = newCustomerEmail("nojs");
    await page.goto("/tickets/new");
    await page.getByLabel("Your name").fill("No Script");
    await page.getByRole("button", { name: "Submit ticket" }).click();
    await expect(page.getByText("Enter your email address.").first()).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("No Script");

    await fillTicketForm(page, {
      name: "No Script",
      email,
      subject: "Works without scripts",
      description: "Submitted with JavaScript turned off.",
    });
    await page.getByRole("button", { name: "Submit ticket" }).click();
    const reference = (await page.getByTestId("ticket-reference").textContent()) ?? "";
    expect(reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    // Reloading the answer re-sends the same form; it must not make a second ticket.
    await page.reload();
    await page.goto("/dev/mailbox");
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(1);
  });
});
