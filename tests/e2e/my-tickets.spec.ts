import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectSafeDownload, newCustomerEmail, registerAccount } from "./support";

const password = "correct horse battery staple";

async function submitSignedIn(page: Page, subject: string) {
  await page.goto("/tickets/new");
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Category").selectOption("Billing");
  await page.getByLabel("Description").fill(`About: ${subject}`);
  await page.getByRole("button", { name: "Submit ticket" }).click();
  return (await page.getByTestId("ticket-reference").textContent()) ?? "";
}

async function newSignedInCustomer(browser: Browser, label: string) {
  const page = await (await browser.newContext()).newPage();
  await registerAccount(page, { name: label, email: newCustomerEmail(label), password });
  return page;
}

const rows = (page: Page) => page.getByRole("table").getByRole("row");

test("a customer filters, searches and pages through tickets, replies, downloads, closes and reopens", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await newSignedInCustomer(browser, "owner");
  for (let i = 1; i <= 20; i++) await submitSignedIn(page, `Printer jam number ${i}`);
  const reference = await submitSignedIn(page, "Invoice for November is missing");

  await page.getByRole("banner").getByRole("link", { name: "My Tickets" }).click();
  await expect(page.getByRole("status")).toHaveText("21 tickets");
  await expect(rows(page)).toHaveCount(21);
  await page.getByRole("link", { name: "Next page →" }).click();
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 2 of 2");
  await expect(rows(page)).toHaveCount(2);
  expect(new URL(page.url()).searchParams.get("page")).toBe("2");

  await page.getByLabel("Sort").selectOption("created:asc");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(rows(page).nth(1)).toContainText("Printer jam number 1");
  await page.getByLabel("Search").fill("%' -- invoice");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status")).toHaveText(/1 ticket match/);
  await page.goto(`/my-tickets?q=${reference.toLowerCase()}`);
  await expect(rows(page)).toHaveCount(2);

  await page.getByRole("link", { name: "Invoice for November is missing" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Invoice for November is missing",
  );
  await page.getByLabel("Your reply").fill("Here is the receipt: https://example.com/receipt");
  await page.getByLabel("Attachments (optional)").setInputFiles({
    name: "účtenka listopad.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4 receipt"),
  });
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Your reply was sent.")).toBeVisible();
  const conversation = page.getByRole("list", { name: "Conversation" });
  await expect(
    conversation.getByRole("link", { name: "https://example.com/receipt" }),
  ).toHaveAttribute("rel", "noopener noreferrer nofollow");

  const attachment = conversation.getByRole("link", { name: "účtenka listopad.pdf" });
  const download = page.waitForEvent("download");
  await attachment.click();
  expect((await download).suggestedFilename()).toBe("účtenka listopad.pdf");
  const attachmentUrl = new URL(
    (await attachment.getAttribute("href")) ?? "",
    page.url(),
  ).toString();
  await expectSafeDownload(page, attachmentUrl);

  await page.getByRole("button", { name: "Close ticket" }).click();
  await expect(page.getByText("Closed", { exact: true })).toBeVisible();
  await page.getByLabel("Your reply").fill("Sorry, one more thing.");
  await expect(page.getByRole("heading", { name: "Reply to reopen this ticket" })).toBeVisible();
  const replyPosted = page.waitForRequest((request) => request.method() === "POST");
  await page.getByRole("button", { name: "Send reply" }).click();
  const replyRequest = await replyPosted;
  await expect(page.getByText("Open", { exact: true })).toBeVisible();

  // Another customer reaches none of it: not by URL, not by download, not by replaying the reply.
  const stranger = await newSignedInCustomer(browser, "stranger");
  await stranger.goto(`/my-tickets/${reference}`);
  await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect((await stranger.request.get(attachmentUrl)).status()).toBe(404);
  const headers = { ...replyRequest.headers() };
  delete headers.cookie;
  const replayed = await stranger.request.post(replyRequest.url(), {
    headers,
    data: replyRequest.postDataBuffer() ?? "",
  });
  expect(replayed.status()).toBe(200);
  expect(await replayed.text()).toContain("This ticket was not found");
  await page.reload();
  await expect(page.getByRole("list", { name: "Conversation" }).getByRole("article")).toHaveCount(
    3,
  );
});
