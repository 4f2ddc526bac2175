import { expect, test } from "@playwright/test";
import { e2eUsesUploadThing } from "./e2e-paths";
import { fillTicketForm, newCustomerEmail } from "./support";

// Only a portal started with UploadThing configured (the hosted target, or UPLOADTHING_TOKEN in
// the environment the tests start the portal with) uploads from the browser.
if (e2eUsesUploadThing) {
  test("a guest's files upload from the browser, each with its progress, before the ticket is sent", async ({
    page,
  }) => {
    await page.goto("/tickets/new");
    await fillTicketForm(page, {
      name: "Uploading Guest",
      email: newCustomerEmail("upload"),
      subject: "Two logs",
      description: "Both logs are attached.",
    });
    await page.getByLabel("Attachments (optional)").setInputFiles([
      { name: "first.log", mimeType: "text/plain", buffer: Buffer.alloc(300_000, "a") },
      { name: "second.txt", mimeType: "text/plain", buffer: Buffer.from("second") },
    ]);
    await expect(page.getByRole("progressbar", { name: "Uploading first.log" })).toHaveAttribute(
      "value",
      "100",
    );
    await expect(page.getByText("second.txt: uploaded")).toBeVisible();

    await page.getByRole("button", { name: "Submit ticket" }).click();
    await expect(page.getByTestId("ticket-reference")).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  });

  test("a refused upload is reported on the field and nothing is sent", async ({ page }) => {
    await page.goto("/tickets/new");
    const attachments = page.getByLabel("Attachments (optional)");
    await attachments.setInputFiles(
      ["1", "2", "3", "4", "5", "6"].map((n) => ({
        name: `${n}.txt`,
        mimeType: "text/plain",
        buffer: Buffer.from(n),
      })),
    );
    await expect(attachments).toHaveAccessibleDescription(/Attach at most 5 files./);
    await expect(page.getByRole("progressbar")).toHaveCount(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the form says plainly that attaching files needs JavaScript", async ({ page }) => {
      await page.goto("/tickets/new");
      await expect(
        page.getByText("Attaching files needs JavaScript in this browser."),
      ).toBeVisible();
    });
  });
}
