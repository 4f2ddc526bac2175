import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails if
 * it never does: then the element is out of the tab order or hidden behind something else.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  direction: "forward" | "back" = "forward",
) {
  const key = direction === "forward" ? "Tab" : "Shift+Tab";
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target, `${key} never reached it`).toBeFocused();
}

/** Types into the focused field and moves on with Tab. */
export async function typeAndTab(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press("Tab");
}

/** A form's error summary (not Next.js's route announcer, also an alert) has taken focus. */
export async function expectFocusedAlert(page: Page, text: string) {
  await expect(page.getByRole("alert").filter({ hasText: text })).toBeFocused();
}
